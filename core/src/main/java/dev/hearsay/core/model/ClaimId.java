package dev.hearsay.core.model;

/**
 * The identifier of a {@link Claim} within a dataset.
 *
 * @param value the id text: 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a
 *     letter; letters are ASCII
 */
public record ClaimId(String value) implements Comparable<ClaimId> {
  /** Checks the id against the dataset's id pattern. */
  public ClaimId {
    Ids.check("ClaimId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws ValueCheckException when the text is null or does not follow the id pattern
   */
  public static ClaimId of(String value) {
    return new ClaimId(value);
  }

  @Override
  public int compareTo(ClaimId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
