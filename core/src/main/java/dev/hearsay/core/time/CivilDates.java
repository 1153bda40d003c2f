package dev.hearsay.core.time;

import java.time.Instant;

/**
 * Calendar helpers on the proleptic Gregorian calendar with astronomical year numbering (year 0
 * is 1 BCE), with every day taken in UTC. Years run from {@link #MIN_YEAR} to {@link #MAX_YEAR},
 * the years whose every instant {@link Instant} can hold.
 */
final class CivilDates {
  /** The last year whose every instant {@link Instant} holds: its maximum is in it. */
  static final long MAX_YEAR = 1_000_000_000L;

  /** The first year whose every instant {@link Instant} holds: its minimum starts it. */
  static final long MIN_YEAR = -1_000_000_000L;

  private static final long SECONDS_PER_DAY = 86_400;
  private static final int DAYS_PER_400_YEARS = 146_097;

  /** Days from 0000-03-01, where the cycles of the arithmetic below start, to 1970-01-01. */
  private static final long DAYS_TO_EPOCH = 719_468;

  private CivilDates() {}

  static boolean isLeap(long year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  static int lengthOfMonth(long year, int month) {
    return switch (month) {
      case 2 -> isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** The first instant of the day. */
  static Instant startOf(long year, int month, int day) {
    return Instant.ofEpochSecond(epochDay(year, month, day) * SECONDS_PER_DAY);
  }

  /** The last instant of the day. */
  static Instant endOf(long year, int month, int day) {
    return Instant.ofEpochSecond(
        epochDay(year, month, day) * SECONDS_PER_DAY + SECONDS_PER_DAY - 1, 999_999_999);
  }

  /**
   * Days since 1970-01-01, counted in cycles of 400 years that start on 1 March, so that a leap
   * day ends its year.
   */
  static long epochDay(long year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    int shiftedMonth = month > 2 ? month - 3 : month + 9;
    long dayOfYear = (153L * shiftedMonth + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * DAYS_PER_400_YEARS + dayOfEra - DAYS_TO_EPOCH;
  }

  /** Whether the value, written with as many digits as the pattern, matches it; X is any digit. */
  static boolean matches(String pattern, int value) {
    int v = value;
    for (int i = pattern.length() - 1; i >= 0; i--) {
      char c = pattern.charAt(i);
      if (c != 'X' && c - '0' != v % 10) {
        return false;
      }
      v /= 10;
    }
    return v == 0;
  }
}
