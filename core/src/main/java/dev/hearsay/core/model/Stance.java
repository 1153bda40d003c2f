package dev.hearsay.core.model;

/**
 * Where a speaker stands on a proposition: for it, against it, or neither. It is the polarity of
 * a {@link Commitment}, without its degree: "officials say" (PR+) and "the ministry confirmed"
 * (CT+) are both for; "the Kremlin called it fake" (CT-) is against; "the Pentagon could not
 * confirm" (Uu) is neither.
 */
public enum Stance {
  /** The speaker holds the proposition true, probably true or possibly true (CT+, PR+, PS+). */
  FOR,
  /** The speaker holds it false, probably false or possibly false (CT-, PR-, PS-). */
  AGAINST,
  /** The speaker takes no side (Uu), or knows but does not say which (CTu). */
  NEITHER;

  /**
   * The stance opposite to this one.
   *
   * @return {@link #AGAINST} for {@link #FOR}, {@link #FOR} for {@link #AGAINST}, and {@link
   *     #NEITHER} for {@link #NEITHER}
   */
  public Stance opposite() {
    return switch (this) {
      case FOR -> AGAINST;
      case AGAINST -> FOR;
      case NEITHER -> NEITHER;
    };
  }
}
