package dev.hearsay.core.model;

import java.math.BigDecimal;

/** The one form in which Hearsay holds exact decimals, so that equal numbers are equal values. */
final class Decimals {
  /** The most characters a number may take written out plainly: sign, digits and point. */
  static final int MAX_PLAIN_LENGTH = 1_000;

  private Decimals() {}

  /**
   * Returns the value without trailing zeros, refusing numbers too long to write out plainly.
   *
   * @throws ValueCheckException when the number takes more than {@link #MAX_PLAIN_LENGTH}
   *     characters written out plainly
   */
  static BigDecimal normalize(String field, BigDecimal value) {
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    if (plainLength(stripped) > MAX_PLAIN_LENGTH) {
      throw new ValueCheckException(
          field, stripped + " takes more than " + MAX_PLAIN_LENGTH
              + " characters written out plainly");
    }
    return stripped.equals(value) ? value : stripped;
  }

  /** The length of {@link BigDecimal#toPlainString()}, computed without building the string. */
  private static long plainLength(BigDecimal value) {
    long scale = value.scale();
    long integerDigits = Math.max(1, (long) value.precision() - scale);
    long fraction = scale > 0 ? 1 + scale : 0;
    return (value.signum() < 0 ? 1 : 0) + integerDigits + fraction;
  }
}
