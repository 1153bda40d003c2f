package dev.hearsay.claimreview;

/** Texts of the document as messages quote them. */
final class Texts {
  private static final int QUOTED = 60;

  private Texts() {}

  /** The text, cut to a length a message can quote, with its control characters shown. */
  static String shorten(String text) {
    String cut = text.length() > QUOTED ? text.substring(0, QUOTED) + "..." : text;
    StringBuilder shown = new StringBuilder(cut.length());
    cut.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
              } else {
                shown.appendCodePoint(c);
              }
            });
    return shown.toString();
  }
}
