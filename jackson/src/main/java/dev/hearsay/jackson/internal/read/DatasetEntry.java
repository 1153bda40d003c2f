package dev.hearsay.jackson.internal.read;

/**
 * The name of an entry of a corpus manifest's {@code datasets} in messages ({@code 'fil' is not
 * a field of DatasetEntry; did you mean 'file'?}): a dataset's id and its file, or the dataset
 * inline.
 */
final class DatasetEntry {
  private DatasetEntry() {}
}
