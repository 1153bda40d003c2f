package dev.hearsay.core.model;

/**
 * The identifier of an {@link Actor} within a dataset.
 *
 * @param value the id text: 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a
 *     letter; letters are ASCII
 */
public record ActorId(String value) implements Comparable<ActorId> {
  /** Checks the id against the dataset's id pattern. */
  public ActorId {
    Ids.check("ActorId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws ValueCheckException when the text is null or does not follow the id pattern
   */
  public static ActorId of(String value) {
    return new ActorId(value);
  }

  @Override
  public int compareTo(ActorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
