package dev.hearsay.core.model;

/**
 * The identifier of a {@link Source} within a dataset.
 *
 * @param value the id text: 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a
 *     letter; letters are ASCII
 */
public record SourceId(String value) implements Comparable<SourceId> {
  /** Checks the id against the dataset's id pattern. */
  public SourceId {
    Ids.check("SourceId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws ValueCheckException when the text is null or does not follow the id pattern
   */
  public static SourceId of(String value) {
    return new SourceId(value);
  }

  @Override
  public int compareTo(SourceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
