package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.Decimals;
import java.math.BigDecimal;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;

/**
 * Reads an exact decimal from a string or a JSON number, never through a double, and refuses one
 * too long to write out plainly.
 */
final class DecimalReader {

  private DecimalReader() {}

  /**
   * Reads the current value. A string must be a JSON number in form and no longer than the
   * parser's number limit; the number, written plainly, must have at most {@link
   * Decimals#MAX_PLAIN_LENGTH} characters.
   */
  static BigDecimal decimal(JsonCursor in, DatasetPath at) {
    JsonParser p = in.parser();
    BigDecimal value;
    switch (in.token()) {
      case VALUE_STRING -> {
        String text = in.string(at);
        int limit = p.streamReadConstraints().getMaxNumberLength();
        if (text.length() > limit) {
          throw Problems.at(
              p,
              BigDecimal.class,
              at,
              "has "
                  + text.length()
                  + " characters, more than the number length limit of "
                  + limit);
        }
        if (!isDecimal(text)) {
          throw Problems.at(
              p,
              BigDecimal.class,
              at,
              "'" + text + "' is not a decimal number such as \"5000000000\" or \"0.25\"");
        }
        value = exact(p, at, () -> new BigDecimal(text));
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = exact(p, at, p::getDecimalValue);
      default ->
          throw Problems.wrongToken(
              p, BigDecimal.class, at, "a decimal as a string such as \"5000000000\"");
    }
    long length = Decimals.plainLength(value);
    if (length > Decimals.MAX_PLAIN_LENGTH) {
      throw Problems.at(
          p,
          BigDecimal.class,
          at,
          "is too long: written plainly it has "
              + length
              + " characters, more than "
              + Decimals.MAX_PLAIN_LENGTH);
    }
    return value;
  }

  /**
   * Whether a text is a decimal as this format writes it, or in the exponent form: {@code
   * -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, scanned once.
   */
  static boolean isDecimal(String text) {
    int n = text.length();
    int i = 0;
    if (i < n && text.charAt(i) == '-') {
      i++;
    }
    if (i == n) {
      return false;
    }
    if (text.charAt(i) == '0') {
      i++;
    } else {
      int start = i;
      i = digits(text, i);
      if (i == start || text.charAt(start) == '0') {
        return false;
      }
    }
    if (i < n && text.charAt(i) == '.') {
      int start = ++i;
      i = digits(text, i);
      if (i == start) {
        return false;
      }
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int start = i;
      i = digits(text, i);
      if (i == start) {
        return false;
      }
    }
    return i == n;
  }

  /** The index after the ASCII digits that start at {@code i}. */
  private static int digits(String text, int i) {
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** Converts a number, refusing one whose exponent is beyond what a decimal can hold. */
  private static BigDecimal exact(JsonParser p, DatasetPath at, Supplier<BigDecimal> convert) {
    try {
      return convert.get();
    } catch (NumberFormatException | ArithmeticException e) {
      throw Problems.at(
          p, BigDecimal.class, at, "is too long: its exponent is beyond what a decimal can hold");
    }
  }
}
