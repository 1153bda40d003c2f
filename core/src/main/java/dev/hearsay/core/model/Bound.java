package dev.hearsay.core.model;

import java.math.BigDecimal;

/**
 * One end of a quantity's range: "at least 1,000" is an inclusive lower bound, "below one billion"
 * an exclusive upper bound.
 *
 * <p>The value is held without trailing zeros, so that {@code 5E+9} and {@code 5000000000} are the
 * same bound. Written out plainly, it may take at most 1,000 characters.
 *
 * @param value the number, exact
 * @param inclusive whether the number itself lies in the range
 */
public record Bound(BigDecimal value, boolean inclusive) {
  /**
   * Checks the value and drops its trailing zeros.
   *
   * @throws ValueCheckException when the value takes more than 1,000 characters written out
   *     plainly
   */
  public Bound {
    Checks.present("Bound.value", value);
    value = Decimals.normalize("Bound.value", value);
  }

  /**
   * An inclusive bound: "at least", "no more than", "up to".
   *
   * @param value the number
   * @return the bound
   */
  public static Bound inclusive(BigDecimal value) {
    return new Bound(value, true);
  }

  /**
   * An exclusive bound: "more than", "fewer than", "below".
   *
   * @param value the number
   * @return the bound
   */
  public static Bound exclusive(BigDecimal value) {
    return new Bound(value, false);
  }
}
