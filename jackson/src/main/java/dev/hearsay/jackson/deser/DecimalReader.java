package dev.hearsay.jackson.deser;

import dev.hearsay.core.model.DatasetPath;
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

  /**
   * The most characters a decimal may have when written plainly, as {@link
   * BigDecimal#toPlainString()} writes it without trailing zeros: sign, digits and point.
   */
  static final int MAX_PLAIN_LENGTH = 1_000;

  private DecimalReader() {}

  /**
   * Reads the current value. A string must be a JSON number in form and no longer than the
   * parser's number limit; the number, written plainly, must have at most {@link
   * #MAX_PLAIN_LENGTH} characters.
   */
  static BigDecimal decimal(Input in, DatasetPath at) {
    JsonParser p = in.parser();
    BigDecimal value;
    switch (in.token()) {
      case VALUE_STRING -> {
        String text = in.string(at);
        int limit = p.streamReadConstraints().getMaxNumberLength();
        if (text.length() > limit) {
          throw Problems.at(p, BigDecimal.class, at,
              "has " + text.length() + " characters, more than the number length limit of "
                  + limit);
        }
        if (!DECIMAL.matcher(text).matches()) {
          throw Problems.at(p, BigDecimal.class, at,
              "'" + text + "' is not a decimal number such as \"5000000000\" or \"0.25\"");
        }
        value = exact(p, at, () -> new BigDecimal(text));
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = exact(p, at, p::getDecimalValue);
      default -> throw Problems.wrongToken(p, BigDecimal.class, at,
          "a decimal as a string such as \"5000000000\"");
    }
    long length = plainLength(value);
    if (length > MAX_PLAIN_LENGTH) {
      throw Problems.at(p, BigDecimal.class, at,
          "is too long: written plainly it has " + length + " characters, more than "
              + MAX_PLAIN_LENGTH);
    }
    return value;
  }

  /** Converts a number, refusing one whose exponent is beyond what a decimal can hold. */
  private static BigDecimal exact(JsonParser p, DatasetPath at, Supplier<BigDecimal> convert) {
    try {
      return convert.get();
    } catch (NumberFormatException | ArithmeticException e) {
      throw Problems.at(p, BigDecimal.class, at,
          "is too long: its exponent is beyond what a decimal can hold");
    }
  }

  /**
   * The length of {@code value.stripTrailingZeros().toPlainString()}, counted without writing it,
   * so that a short text such as {@code "1e999999"} costs no megabyte, and without stripping a
   * whole number, whose stripped exponent may lie beyond the range of an {@code int} ({@code
   * "100e2147483647"}).
   */
  static long plainLength(BigDecimal value) {
    if (value.signum() == 0) {
      return 1;
    }
    long sign = value.signum() < 0 ? 1 : 0;
    if (value.scale() <= 0) {
      // A whole number: its zeros are all written, stripped or not.
      return sign + value.precision() - (long) value.scale();
    }
    // A positive scale: stripping lowers it by fewer than the number of digits, without overflow.
    BigDecimal stripped = value.stripTrailingZeros();
    long digits = stripped.precision();
    long scale = stripped.scale();
    if (scale <= 0) {
      return sign + digits - scale;
    }
    return scale >= digits ? sign + 2 + scale : sign + digits + 1;
  }
}
