package dev.hearsay.core.model;

/**
 * The identifier of an {@link Event} within a dataset.
 *
 * @param value the id text: 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a
 *     letter; letters are ASCII
 */
public record EventId(String value) implements Comparable<EventId> {
  /** Checks the id against the dataset's id pattern. */
  public EventId {
    Ids.check("EventId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws ValueCheckException when the text is null or does not follow the id pattern
   */
  public static EventId of(String value) {
    return new EventId(value);
  }

  @Override
  public int compareTo(EventId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
