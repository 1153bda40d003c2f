package dev.hearsay.core.model;

import java.math.BigDecimal;

/**
 * A calibrated probability word from US Intelligence Community Directive 203, with the range of
 * probabilities it stands for. "Unlikely to dispatch more than 20,000 troops" is {@link #UNLIKELY}:
 * a 20 to 45 percent chance that more will be sent.
 */
public enum Likelihood {
  /** "Almost no chance", "remote": 1 to 5 percent. */
  ALMOST_NO_CHANCE("0.01", "0.05"),
  /** "Very unlikely", "highly improbable": 5 to 20 percent. */
  VERY_UNLIKELY("0.05", "0.20"),
  /** "Unlikely", "improbable": 20 to 45 percent. */
  UNLIKELY("0.20", "0.45"),
  /** "Roughly even chance", "roughly even odds": 45 to 55 percent. */
  ROUGHLY_EVEN_CHANCE("0.45", "0.55"),
  /** "Likely", "probable": 55 to 80 percent. */
  LIKELY("0.55", "0.80"),
  /** "Very likely", "highly probable": 80 to 95 percent. */
  VERY_LIKELY("0.80", "0.95"),
  /** "Almost certain", "nearly certain": 95 to 99 percent. */
  ALMOST_CERTAIN("0.95", "0.99");

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private final BigDecimal lowest;
  private final BigDecimal highest;

  Likelihood(String lowest, String highest) {
    this.lowest = new BigDecimal(lowest);
    this.highest = new BigDecimal(highest);
  }

  /**
   * The lowest probability the word stands for, as a fraction of 1.
   *
   * @return the probability
   */
  public BigDecimal lowest() {
    return lowest;
  }

  /**
   * Which way the word leans: -1 when it puts the chance below even (up to 45 percent), +1 when
   * above (from 55 percent), 0 for a roughly even chance.
   *
   * @return the sign
   */
  public int polarity() {
    return highest.compareTo(HALF) < 0 ? -1 : lowest.compareTo(HALF) > 0 ? 1 : 0;
  }

  /**
   * The highest probability the word stands for, as a fraction of 1.
   *
   * @return the probability
   */
  public BigDecimal highest() {
    return highest;
  }
}
