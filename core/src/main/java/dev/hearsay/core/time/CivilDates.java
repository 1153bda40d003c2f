package dev.hearsay.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Calendar helpers on the proleptic Gregorian calendar with astronomical year numbering (year 0
 * is 1 BCE), with every day taken in UTC. Years are within {@code java.time}'s range, nine digits.
 */
final class CivilDates {
  private static final long SECONDS_PER_DAY = 86_400;

  private CivilDates() {}

  static int lengthOfMonth(long year, int month) {
    return YearMonth.of(Math.toIntExact(year), month).lengthOfMonth();
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

  private static long epochDay(long year, int month, int day) {
    return LocalDate.of(Math.toIntExact(year), month, day).toEpochDay();
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
