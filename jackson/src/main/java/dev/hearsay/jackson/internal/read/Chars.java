package dev.hearsay.jackson.internal.read;

/** Texts compared with the characters a parser holds, without making a string of them. */
final class Chars {
  private Chars() {}

  /**
   * Whether a text is the characters {@code chars[start]} to {@code chars[start + length - 1]}.
   */
  static boolean same(String text, char[] chars, int start, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) != chars[start + i]) {
        return false;
      }
    }
    return true;
  }
}
