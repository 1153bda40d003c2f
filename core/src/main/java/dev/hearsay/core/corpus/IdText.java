package dev.hearsay.core.corpus;

import dev.hearsay.core.model.ValueCheckException;

/** The checks of the texts that the corpus's values take: ids and notes. */
final class IdText {
  /** The most characters a note may have, as for a note in a dataset. */
  static final int MAX_NOTE = 20_000;

  private IdText() {}

  /**
   * Checks an id text: 1 to 128 ASCII letters, digits, '.', '_', ':' or '-', starting with a
   * letter, the pattern of every id in a dataset.
   */
  static String check(String field, String value) {
    if (value == null) {
      throw new ValueCheckException(field, "must not be null");
    }
    if (!follows(value)) {
      throw new ValueCheckException(
          field,
          "'"
              + value
              + "' is not a valid id (1 to 128 letters,"
              + " digits, '.', '_', ':' or '-', starting with a letter)");
    }
    return value;
  }

  private static boolean follows(String value) {
    int length = value.length();
    if (length == 0 || length > 128 || !letter(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!letter(c) && !(c >= '0' && c <= '9') && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** Checks a note: present, not blank, at most {@link #MAX_NOTE} characters. */
  static void note(String field, java.util.Optional<String> note) {
    if (note == null) {
      throw new ValueCheckException(field, "must not be null");
    }
    if (note.isPresent()) {
      String text = note.get();
      if (text.isBlank()) {
        throw new ValueCheckException(field, "must not be blank");
      }
      if (text.length() > MAX_NOTE) {
        throw new ValueCheckException(
            field, "has " + text.length() + " characters, more than the limit of " + MAX_NOTE);
      }
    }
  }

  /** Returns the value, or fails with the field's name when it is null. */
  static <T> T present(String field, T value) {
    if (value == null) {
      throw new ValueCheckException(field, "must not be null");
    }
    return value;
  }
}
