package dev.hearsay.core.time;

import java.time.Instant;

/**
 * How one {@link ImpreciseTime} relates in time to another, derived from the ranges of instants
 * the two allow, in the spirit of Allen's interval relations. See {@link
 * ImpreciseTime#relationTo(ImpreciseTime)}.
 *
 * <p>Each value stands for some time within its range, and the range is all that is known. Only
 * {@link #BEFORE} and {@link #AFTER} settle which of the two times comes first; they are the
 * {@linkplain #isDefinite() definite} relations. When the ranges share instants, the relation
 * says how the ranges lie ({@link #EQUAL}, {@link #CONTAINS}, {@link #DURING}, {@link
 * #OVERLAPS_START}, {@link #OVERLAPS_END}), but the order of the times themselves is open. When
 * the ranges are apart but a bound that decides the order comes from a date marked uncertain or
 * approximate, the order holds only if that date is right: {@link #PROBABLY_BEFORE} and {@link
 * #PROBABLY_AFTER}.
 *
 * <p>An unbounded end (open {@code ..} or unknown) counts as minus or plus infinity.
 */
public enum TemporalRelation {
  /**
   * Every instant this allows precedes every instant the other allows, and no qualified date
   * decides it. Touching ranges, such as {@code 2024-10-25} and {@code 2024-10-26}, are before.
   */
  BEFORE,
  /** As {@link #BEFORE}, but the deciding bound is from a date marked uncertain or approximate. */
  PROBABLY_BEFORE,
  /** The ranges overlap; this one starts first and ends first. */
  OVERLAPS_START,
  /** This range contains the other and is larger; they may share one bound. */
  CONTAINS,
  /** The two ranges are the same. */
  EQUAL,
  /** This range lies within the other and is smaller; they may share one bound. */
  DURING,
  /** The ranges overlap; this one starts last and ends last. */
  OVERLAPS_END,
  /** As {@link #AFTER}, but the deciding bound is from a date marked uncertain or approximate. */
  PROBABLY_AFTER,
  /**
   * Every instant this allows follows every instant the other allows, and no qualified date
   * decides it.
   */
  AFTER;

  /**
   * Whether this relation settles which of the two times comes first.
   *
   * @return true for {@link #BEFORE} and {@link #AFTER} only
   */
  public boolean isDefinite() {
    return this == BEFORE || this == AFTER;
  }

  /**
   * The relation seen from the other side: {@code a.relationTo(b).inverse()} equals {@code
   * b.relationTo(a)}.
   *
   * @return the inverse relation, such as {@link #AFTER} for {@link #BEFORE}
   */
  public TemporalRelation inverse() {
    return values()[values().length - 1 - ordinal()];
  }

  /**
   * Relates the range [s1, e1] to the range [s2, e2]; a null start is minus infinity and a null
   * end plus infinity. The flags say whether the bound deciding an order is qualified.
   */
  static TemporalRelation between(
      Instant s1,
      Instant e1,
      Instant s2,
      Instant e2,
      boolean beforeQualified,
      boolean afterQualified) {
    if (e1 != null && s2 != null && e1.isBefore(s2)) {
      return beforeQualified ? PROBABLY_BEFORE : BEFORE;
    }
    if (e2 != null && s1 != null && e2.isBefore(s1)) {
      return afterQualified ? PROBABLY_AFTER : AFTER;
    }
    int starts = compare(s1, s2, -1);
    int ends = compare(e1, e2, 1);
    if (starts == 0 && ends == 0) {
      return EQUAL;
    }
    if (starts <= 0 && ends >= 0) {
      return CONTAINS;
    }
    if (starts >= 0 && ends <= 0) {
      return DURING;
    }
    return starts < 0 ? OVERLAPS_START : OVERLAPS_END;
  }

  /** Compares two bounds, where null stands for infinity of the given sign. */
  private static int compare(Instant a, Instant b, int nullSign) {
    if (a == null || b == null) {
      return a == b ? 0 : a == null ? nullSign : -nullSign;
    }
    return a.compareTo(b);
  }
}
