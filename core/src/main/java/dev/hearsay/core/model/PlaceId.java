package dev.hearsay.core.model;

/**
 * The identifier of a {@link Place} within a dataset.
 *
 * @param value the id text: 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a
 *     letter; letters are ASCII
 */
public record PlaceId(String value) implements Comparable<PlaceId> {
  /** Checks the id against the dataset's id pattern. */
  public PlaceId {
    Ids.check("PlaceId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws ValueCheckException when the text is null or does not follow the id pattern
   */
  public static PlaceId of(String value) {
    return new PlaceId(value);
  }

  @Override
  public int compareTo(PlaceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
