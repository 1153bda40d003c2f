package dev.hearsay.jackson.internal.read;

/**
 * Values that one read shares, each found by the characters of its text as the parser holds them,
 * so that a text seen before is neither made into a string nor converted again.
 *
 * @param <T> the type of the values
 */
interface SharedValues<T> {
  /** The value kept for the characters, or null when none is kept for them. */
  T find(char[] chars, int start, int length);

  /**
   * Converts a text the caller did not find, and keeps the value when there is room.
   *
   * @throws IllegalArgumentException when the text is not a value of this kind
   */
  T make(String text);

  /** The longest text looked up: a longer one is made each time it is read. */
  int longest();
}
