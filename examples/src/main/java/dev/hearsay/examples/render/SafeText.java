package dev.hearsay.examples.render;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from a file or the command line made safe to print on a terminal.
 *
 * <p>Characters that a terminal obeys or that hide or reorder text are written as escapes: C0
 * controls, DEL and C1 controls; format characters (Unicode's {@code Cf}: the bidirectional
 * embeddings, overrides, isolates and marks, zero-width characters, the byte order mark, tags);
 * line and paragraph separators; and surrogates that are not part of a pair. Tab, line feed and
 * carriage return read <code>&#92;t</code>, <code>&#92;n</code> and <code>&#92;r</code>; others
 * read <code>&#92;u001b</code>, or <code>&#92;u{e0041}</code> beyond U+FFFF. Everything else,
 * backslashes included, is printed as it is, so escaping text twice changes nothing.
 *
 * <p>An echoed value, such as a file name, an id, a field name or an enum value, is also cut to
 * {@value #VALUE_LENGTH} characters, with a marker that says how many were left out.
 */
public final class SafeText {
  /** The most characters printed of one echoed value, escapes included. */
  static final int VALUE_LENGTH = 200;

  /** The most characters printed of one message, escapes included. */
  public static final int MESSAGE_LENGTH = 1_000;

  /** A value in single quotes within a message, as the library and Jackson quote them. */
  private static final Pattern QUOTED = Pattern.compile("'([^'\\n]{" + (VALUE_LENGTH + 1) + ",})'");

  /** The marker at the end of a value that was cut already. */
  private static final Pattern CUT = Pattern.compile("… \\([\\d,]+ more characters?\\)$");

  private SafeText() {}

  /** The text with every unsafe character escaped, at full length. */
  public static String escape(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> append(out, c));
    return out.toString();
  }

  /** An echoed value: escaped, and cut to {@value #VALUE_LENGTH} characters. */
  public static String value(CharSequence text) {
    return cut(text, VALUE_LENGTH);
  }

  /**
   * A message that may quote values, such as one from the library: each quoted value cut as
   * {@link #value} cuts it, the whole escaped and cut to {@value #MESSAGE_LENGTH} characters.
   */
  public static String message(String text) {
    Matcher quoted = QUOTED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (quoted.find()) {
      String value = quoted.group(1);
      String shown = CUT.matcher(value).find() ? value : value(value);
      quoted.appendReplacement(out, Matcher.quoteReplacement("'" + shown + "'"));
    }
    quoted.appendTail(out);
    return cut(out, MESSAGE_LENGTH);
  }

  /**
   * Whether a terminal could act on the character or hide it: controls, format characters, line
   * and paragraph separators, and surrogates.
   */
  public static boolean unsafe(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SURROGATE:
        return true;
      default:
        return false;
    }
  }

  /** The escape of one character, such as <code>&#92;u001b</code>. */
  static String escapeOf(int codePoint) {
    switch (codePoint) {
      case '\t':
        return "\\t";
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      default:
        return codePoint <= 0xFFFF
            ? String.format(Locale.ROOT, "\\u%04x", codePoint)
            : String.format(Locale.ROOT, "\\u{%x}", codePoint);
    }
  }

  private static void append(StringBuilder out, int codePoint) {
    if (unsafe(codePoint)) {
      out.append(escapeOf(codePoint));
    } else {
      out.appendCodePoint(codePoint);
    }
  }

  /**
   * The text escaped, with as many whole characters as fit in {@code limit} and then a marker of
   * how many of the text's characters were left out.
   */
  private static String cut(CharSequence text, int limit) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), limit) + 32);
    for (int i = 0; i < text.length(); ) {
      int codePoint = Character.codePointAt(text, i);
      String escaped = unsafe(codePoint) ? escapeOf(codePoint) : null;
      int width = escaped == null ? Character.charCount(codePoint) : escaped.length();
      if (out.length() + width > limit) {
        int left = Character.codePointCount(text, i, text.length());
        return out.append(
                String.format(
                    Locale.ROOT, "… (%,d more %s)", left, left == 1 ? "character" : "characters"))
            .toString();
      }
      if (escaped == null) {
        out.appendCodePoint(codePoint);
      } else {
        out.append(escaped);
      }
      i += Character.charCount(codePoint);
    }
    return out.toString();
  }
}
