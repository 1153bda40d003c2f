package dev.hearsay.core.model;

import java.util.List;

/** The value-level rules that several values share, each failing with the field and the rule. */
final class Checks {
  /** The most characters a name, title, cue or other short text may have. */
  static final int SHORT_TEXT = 1_000;

  /** The most characters a proposition, quote, description or note may have. */
  static final int LONG_TEXT = 20_000;

  private Checks() {}

  static void text(String field, String value, int maxLength) {
    if (value.isBlank()) {
      throw new ValueCheckException(field, "must not be blank");
    }
    if (value.length() > maxLength) {
      throw new ValueCheckException(
          field, "has " + value.length() + " characters, more than the limit of " + maxLength);
    }
  }

  static void texts(String field, List<String> values, int maxLength) {
    for (int i = 0; i < values.size(); i++) {
      text(field + "[" + i + "]", values.get(i), maxLength);
    }
  }

  /**
   * Returns the value, or fails as a null refused by the generated code does.
   *
   * @param field the field, as {@code Type.field}
   * @param value the value, which must not be null
   * @return the value
   */
  static <T> T present(String field, T value) {
    if (value == null) {
      throw new ValueCheckException(field, "must not be null");
    }
    return value;
  }

  static void nonEmpty(String field, List<?> values) {
    if (values.isEmpty()) {
      throw new ValueCheckException(field, "must have at least one element");
    }
  }
}
