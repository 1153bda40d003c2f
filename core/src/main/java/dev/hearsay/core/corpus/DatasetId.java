package dev.hearsay.core.corpus;

import dev.hearsay.core.model.ValueCheckException;
import java.io.Serializable;

/**
 * The id of a dataset in a {@link Corpus}, under which links name its actors, claims and events.
 *
 * @param value the id text: 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a
 *     letter; letters are ASCII (the rule of every id in a dataset)
 */
public record DatasetId(String value) implements Comparable<DatasetId>, Serializable {
  /** Checks the id against the id pattern. */
  public DatasetId {
    IdText.check("DatasetId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws ValueCheckException when the text is null or does not follow the id pattern
   */
  public static DatasetId of(String value) {
    return new DatasetId(value);
  }

  @Override
  public int compareTo(DatasetId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
