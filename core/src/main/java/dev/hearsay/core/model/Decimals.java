package dev.hearsay.core.model;

import java.math.BigDecimal;

/** The one form in which Hearsay holds exact decimals, so that equal numbers are equal values. */
final class Decimals {
  /** The most digits a number may have before or after its decimal point, written out plainly. */
  static final int MAX_DIGITS = 1_000;

  private Decimals() {}

  /**
   * Returns the value without trailing zeros, refusing numbers too long to write out plainly.
   *
   * @throws IllegalArgumentException when the number has more than {@link #MAX_DIGITS} digits
   *     before or after its point
   */
  static BigDecimal normalize(String field, BigDecimal value) {
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    long fraction = Math.max(0, stripped.scale());
    long integer = Math.max(0, (long) stripped.precision() - stripped.scale());
    if (fraction > MAX_DIGITS || integer > MAX_DIGITS) {
      throw new IllegalArgumentException(
          field + ": " + stripped + " has more than " + MAX_DIGITS
              + " digits before or after its point");
    }
    return stripped.equals(value) ? value : stripped;
  }
}
