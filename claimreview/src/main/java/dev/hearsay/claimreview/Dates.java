package dev.hearsay.claimreview;

import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as fact-checkers publish them: ISO 8601 dates and date-times, read as EDTF, which takes
 * them all but fractions of a second; a fraction is dropped and the text kept as written.
 */
final class Dates {
  private static final Pattern FRACTION =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})\\.\\d{1,9}(Z|[+-]\\d{2}:\\d{2})?");
  private static final int MAX_LENGTH = 100;

  private Dates() {}

  /** The date at this node, with the text as written when it is not the EDTF text. */
  static TimeMention mention(Node node) {
    String text = node.text();
    ImpreciseTime time = time(node, text);
    TimeMention.Builder mention = new TimeMention.Builder().value(time);
    if (!time.toEdtf().equals(text)) {
      mention.asWritten(text);
    }
    return mention.build();
  }

  /** The date at this node. */
  static ImpreciseTime time(Node node) {
    return time(node, node.text());
  }

  private static ImpreciseTime time(Node node, String text) {
    if (text.length() > MAX_LENGTH) {
      throw node.refused("is " + text.length() + " characters long, too long for a date");
    }
    Matcher fraction = FRACTION.matcher(text);
    String edtf =
        fraction.matches()
            ? fraction.group(1) + (fraction.group(2) == null ? "" : fraction.group(2))
            : text;
    try {
      return ImpreciseTime.parse(edtf);
    } catch (IllegalArgumentException e) {
      throw node.refused(
          "'"
              + Texts.shorten(text)
              + "' is not a date such as 2024-10-25 or"
              + " 2024-10-25T14:30:00Z ("
              + e.getMessage()
              + ")",
          e);
    }
  }
}
