package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.Decimals;
import java.math.BigDecimal;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;

/**
 * Reads an exact decimal from a string or a JSON number, never through a double, and refuses one
 * too long to write out plainly.
 */
final class DecimalReader {
  /** The digits of a decimal as this format writes it, and the exponent form as well. */
  private static final Pattern DECIMAL =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

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
        if (!DECIMAL.matcher(text).matches()) {
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
