package dev.hearsay.core.model;

/**
 * How firmly one hop of an attribution commits to its proposition, in FactBank's factuality values
 * (Saurí and Pustejovsky): a degree of certainty and a polarity.
 *
 * <p>"Reports that X is set to happen" is {@link #PROBABLE}; "could be valued at" is {@link
 * #POSSIBLE}; "have not yet engaged" is {@link #CERTAIN_NOT}.
 */
public enum Commitment {
  /** CT+: the speaker holds the proposition to be true. */
  CERTAIN("CT+"),
  /** PR+: the speaker holds it probably true. */
  PROBABLE("PR+"),
  /** PS+: the speaker holds it possibly true. */
  POSSIBLE("PS+"),
  /** CT-: the speaker holds it to be false. */
  CERTAIN_NOT("CT-"),
  /** PR-: the speaker holds it probably false. */
  PROBABLE_NOT("PR-"),
  /** PS-: the speaker holds it possibly false. */
  POSSIBLE_NOT("PS-"),
  /** CTu: the speaker knows whether it holds but does not say which. */
  CERTAIN_UNKNOWN_POLARITY("CTu"),
  /** Uu: the speaker does not commit, or the text leaves the commitment open. */
  UNCOMMITTED("Uu");

  private final String factBankCode;

  Commitment(String factBankCode) {
    this.factBankCode = factBankCode;
  }

  /**
   * The value as FactBank writes it: {@code CT+}, {@code PR-}, {@code Uu} and so on.
   *
   * @return the code
   */
  public String factBankCode() {
    return factBankCode;
  }

  /**
   * The polarity: +1 for a positive commitment, -1 for a negative one, 0 when it has none.
   *
   * @return the sign
   */
  public int polarity() {
    return switch (this) {
      case CERTAIN, PROBABLE, POSSIBLE -> 1;
      case CERTAIN_NOT, PROBABLE_NOT, POSSIBLE_NOT -> -1;
      case CERTAIN_UNKNOWN_POLARITY, UNCOMMITTED -> 0;
    };
  }

  /**
   * Where this commitment stands on the proposition.
   *
   * @return {@link Stance#FOR} for a positive polarity, {@link Stance#AGAINST} for a negative one,
   *     {@link Stance#NEITHER} for none
   */
  public Stance stance() {
    int polarity = polarity();
    return polarity > 0 ? Stance.FOR : polarity < 0 ? Stance.AGAINST : Stance.NEITHER;
  }

  /**
   * Whether this commitment and the other assert opposite polarities, as "X happened" and "X did
   * not happen" do.
   *
   * @param other the other commitment
   * @return true when one is positive and the other negative
   */
  public boolean opposes(Commitment other) {
    return polarity() * other.polarity() < 0;
  }
}
