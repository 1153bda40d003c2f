package dev.hearsay.core.time;

/**
 * Thrown when a text is not an EDTF value this library can read, either because it is not valid
 * EDTF or because it uses a feature that is not supported. The message reads like {@code Invalid
 * EDTF '2024-13-01' at index 5: month 13 is not between 1 and 12}.
 */
public final class EdtfSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_QUOTED = 80;

  private final String text;
  private final int index;
  private final String reason;

  EdtfSyntaxException(String text, int index, String reason) {
    super("Invalid EDTF '" + quote(text) + "' at index " + index + ": " + reason);
    this.text = text;
    this.index = index;
    this.reason = reason;
  }

  private static String quote(String text) {
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "...";
  }

  /**
   * The text that was refused.
   *
   * @return the text as given, cut short after 401 characters for a text refused as too long
   */
  public String text() {
    return text;
  }

  /**
   * Where in the text the problem is.
   *
   * @return a 0-based index of a character of {@link #text()}, or its length when the problem is
   *     that the text ends too early
   */
  public int index() {
    return index;
  }

  /**
   * What is wrong, in a short phrase such as {@code month 13 is not between 1 and 12}.
   *
   * @return the reason, without the text or the index
   */
  public String reason() {
    return reason;
  }
}
