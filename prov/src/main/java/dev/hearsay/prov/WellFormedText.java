package dev.hearsay.prov;

import java.util.Locale;

/**
 * Texts that PROV's serializations can carry: well-formed Unicode. A Java string may hold a half
 * of a surrogate pair alone, which neither UTF-8 (PROV-N) nor ProvToolbox's JSON writer can
 * write; ProvToolbox replaces it, so that the text would come back changed.
 */
final class WellFormedText {
  private WellFormedText() {}

  /** The index of the first unpaired surrogate of the text, or -1 if it has none. */
  static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Why the text cannot be in a PROV document, or null when it can. */
  static String problem(String text) {
    int at = unpairedSurrogate(text);
    return at < 0
        ? null
        : String.format(
            Locale.ROOT,
            "has an unpaired surrogate (\\u%04X at index %d), which is not Unicode text and which"
                + " PROV-N and PROV-JSON-LD cannot carry",
            (int) text.charAt(at),
            at);
  }
}
