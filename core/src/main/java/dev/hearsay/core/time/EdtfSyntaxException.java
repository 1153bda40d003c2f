package dev.hearsay.core.time;

import java.util.Objects;

/**
 * Thrown when a text is not an EDTF value this library can read. {@link #kind()} tells why: the
 * text is not valid EDTF, it uses a feature of EDTF that this library does not read, or it is
 * larger than this library reads. The message names the kind, the text, the index and the reason:
 * {@code Invalid EDTF '2024-13-01' at index 5: month 13 is not between 1 and 12}, {@code
 * Unsupported EDTF 'Y-17E7' at index 4: exponential years (E) are not supported}.
 */
public final class EdtfSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_QUOTED = 80;

  /** Why a text was refused. */
  public enum Kind {
    /** The text is not valid EDTF, such as {@code 2024-13-01} or {@code ?2024%}. */
    INVALID("Invalid EDTF"),
    /**
     * The text uses a feature of EDTF that this library does not read, such as an exponential
     * year ({@code Y-17E7}), or names a year beyond the range of {@link java.time.Instant}
     * ({@code Y1000000001}).
     */
    UNSUPPORTED("Unsupported EDTF"),
    /**
     * The text is longer than this library reads, or a set in it has more members; whether it is
     * valid EDTF was not decided.
     */
    TOO_LARGE("EDTF too large");

    private final String words;

    Kind(String words) {
      this.words = words;
    }
  }

  private final Kind kind;
  private final String text;
  private final int index;
  private final String reason;

  EdtfSyntaxException(Kind kind, String text, int index, String reason) {
    super(kind.words + " '" + quote(text) + "' at index " + index + ": " + reason);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.text = text;
    this.index = index;
    this.reason = reason;
  }

  private static String quote(String text) {
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "...";
  }

  /**
   * Why the text was refused: not EDTF, not supported, or too large.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether the text was refused for a feature or a value this library does not read, rather than
   * for not being EDTF.
   *
   * @return true when {@link #kind()} is {@link Kind#UNSUPPORTED}
   */
  public boolean isUnsupported() {
    return kind == Kind.UNSUPPORTED;
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
   * @return the reason, without the kind, the text or the index
   */
  public String reason() {
    return reason;
  }
}
