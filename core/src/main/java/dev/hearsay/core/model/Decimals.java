package dev.hearsay.core.model;

import java.math.BigDecimal;

/**
 * The one form in which Hearsay holds exact decimals, so that equal numbers are equal values, and
 * the one rule on their length, which the model and the readers of its forms share.
 */
public final class Decimals {
  /**
   * The most characters a number may take written out plainly, as {@link
   * BigDecimal#toPlainString()} writes it without trailing zeros: sign, digits and point.
   */
  public static final int MAX_PLAIN_LENGTH = 1_000;

  private Decimals() {}

  /**
   * Returns the value without trailing zeros, refusing numbers too long to write out plainly.
   *
   * @throws ValueCheckException when the number takes more than {@link #MAX_PLAIN_LENGTH}
   *     characters written out plainly
   */
  static BigDecimal normalize(String field, BigDecimal value) {
    long length = plainLength(value);
    if (length > MAX_PLAIN_LENGTH) {
      throw new ValueCheckException(
          field,
          "has "
              + length
              + " characters written out plainly, more than the limit of "
              + MAX_PLAIN_LENGTH);
    }
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    return stripped.equals(value) ? value : stripped;
  }

  /**
   * The length of {@code value.stripTrailingZeros().toPlainString()}, counted without writing it,
   * so that a short text such as {@code "1e999999"} costs no megabyte, and without stripping a
   * whole number, whose stripped scale may lie beyond the range of an {@code int} ({@code
   * 100E+2147483647}).
   *
   * @param value the number
   * @return the number of characters, at least 1
   */
  public static long plainLength(BigDecimal value) {
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
