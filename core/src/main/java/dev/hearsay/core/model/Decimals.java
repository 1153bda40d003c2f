package dev.hearsay.core.model;

import java.math.BigDecimal;

/** The one form in which Hearsay holds exact decimals, so that equal numbers are equal values. */
final class Decimals {
  private Decimals() {}

  static BigDecimal normalize(BigDecimal value) {
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    return stripped.equals(value) ? value : stripped;
  }
}
