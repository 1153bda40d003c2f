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

  static String check(String kind, String value) {
    if (value == null) {
      throw new NullPointerException(kind + ": must not be null");
    }
    if (!PATTERN.matcher(value).matches()) {
      throw new ValueCheckException(
          kind, "'" + value + "' is not a valid id (" + DESCRIPTION + ")");
    }
    return value;
  }
}
