package dev.hearsay.core.model;

import java.util.regex.Pattern;

/** The one pattern that every identifier in a dataset follows. */
final class Ids {
  /** Letters, digits, '.', '_', ':' and '-', starting with a letter, 1 to 128 characters. */
  static final Pattern PATTERN = Pattern.compile("[A-Za-z][A-Za-z0-9._:-]{0,127}");

  /** The pattern as a person reads it, for error messages. */
  static final String DESCRIPTION =
      "1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter";

  private Ids() {}

  /** Whether the text follows {@link #PATTERN}, tested without the regular expression engine. */
  static boolean follows(String value) {
    int length = value.length();
    if (length == 0 || length > 128 || !isAsciiLetter(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isAsciiLetter(c)
          && !(c >= '0' && c <= '9')
          && c != '.'
          && c != '_'
          && c != ':'
          && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static String check(String kind, String value) {
    Checks.present(kind, value);
    if (!follows(value)) {
      throw new ValueCheckException(
          kind, "'" + value + "' is not a valid id (" + DESCRIPTION + ")");
    }
    return value;
  }
}
