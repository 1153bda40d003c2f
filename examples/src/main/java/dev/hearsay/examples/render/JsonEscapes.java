package dev.hearsay.examples.render;

import java.util.Locale;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * JSON written safe for a terminal: besides the escapes JSON requires, DEL, C1 controls, format
 * characters, line and paragraph separators and surrogates are written as <code>&#92;u</code>
 * escapes, so that a character outside the Basic Multilingual Plane is written as an escaped pair.
 * The JSON means the same.
 */
public final class JsonEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  private final int[] ascii;

  public JsonEscapes() {
    ascii = standardAsciiEscapesForJSON();
    ascii[0x7F] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    if (!SafeText.unsafe(ch)) {
      return null;
    }
    return new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch));
  }
}
