package dev.hearsay.core.time;

/**
 * Whether a date, or a component of it, is marked uncertain ({@code ?}), approximate ({@code ~})
 * or both ({@code %}).
 *
 * <p>Uncertain means the source is not sure the value is right; approximate means the value is
 * close to the true one but not exact. Neither widens {@link ImpreciseTime#earliest()} or {@link
 * ImpreciseTime#latest()}: the bounds are those of the value as written.
 */
public enum Qualification {
  /** Not marked: the value is stated as is. */
  NONE(""),
  /** Marked {@code ?}: the value may be wrong. */
  UNCERTAIN("?"),
  /** Marked {@code ~}: the value is approximate. */
  APPROXIMATE("~"),
  /** Marked {@code %}: the value is both uncertain and approximate. */
  UNCERTAIN_AND_APPROXIMATE("%");

  private final String symbol;

  Qualification(String symbol) {
    this.symbol = symbol;
  }

  /**
   * Whether this qualification says the value is uncertain.
   *
   * @return true for {@link #UNCERTAIN} and {@link #UNCERTAIN_AND_APPROXIMATE}
   */
  public boolean isUncertain() {
    return this == UNCERTAIN || this == UNCERTAIN_AND_APPROXIMATE;
  }

  /**
   * Whether this qualification says the value is approximate.
   *
   * @return true for {@link #APPROXIMATE} and {@link #UNCERTAIN_AND_APPROXIMATE}
   */
  public boolean isApproximate() {
    return this == APPROXIMATE || this == UNCERTAIN_AND_APPROXIMATE;
  }

  /** The EDTF character for this qualification, or the empty string for {@link #NONE}. */
  String symbol() {
    return symbol;
  }

  /** The qualification that is uncertain or approximate when either of the two is. */
  Qualification and(Qualification other) {
    return of(isUncertain() || other.isUncertain(), isApproximate() || other.isApproximate());
  }

  static Qualification of(boolean uncertain, boolean approximate) {
    if (uncertain) {
      return approximate ? UNCERTAIN_AND_APPROXIMATE : UNCERTAIN;
    }
    return approximate ? APPROXIMATE : NONE;
  }

  static Qualification ofSymbol(char c) {
    switch (c) {
      case '?':
        return UNCERTAIN;
      case '~':
        return APPROXIMATE;
      case '%':
        return UNCERTAIN_AND_APPROXIMATE;
      default:
        return NONE;
    }
  }
}
