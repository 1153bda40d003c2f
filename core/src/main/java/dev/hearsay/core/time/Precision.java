package dev.hearsay.core.time;

/**
 * How finely an {@link ImpreciseTime} is written, from the coarsest to the finest.
 *
 * <p>The precision is the finest component the text writes, whether or not its digits are
 * specified: {@code 1985-XX-XX} has {@link #DAY} precision although it stands for any day of
 * 1985. For an interval or a set it is the coarsest precision among its dates, so that it never
 * claims more than every date in it provides.
 */
public enum Precision {
  /** A year, such as {@code 1985}, {@code 201X} or {@code Y170000002}. */
  YEAR,
  /** A season, quarter, quadrimester or semester of a year, such as {@code 2001-21}. */
  SEASON,
  /** A month of a year, such as {@code 1985-04}. */
  MONTH,
  /** A calendar day, such as {@code 1985-04-12}. */
  DAY,
  /** A date and a time of day to the second, such as {@code 1985-04-12T23:20:30Z}. */
  SECOND
}
