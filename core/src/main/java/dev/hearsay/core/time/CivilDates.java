package dev.hearsay.core.time;

import java.time.Instant;

/**
 * Proleptic Gregorian calendar arithmetic on years beyond the range of {@code java.time.LocalDate},
 * with astronomical year numbering (year 0 is 1 BCE). Every day is taken in UTC.
 */
final class CivilDates {
  private static final long SECONDS_PER_DAY = 86_400;

  private CivilDates() {}

  static boolean isLeap(long year) {
    return Math.floorMod(year, 4) == 0
        && (Math.floorMod(year, 100) != 0 || Math.floorMod(year, 400) == 0);
  }

  static int lengthOfMonth(long year, int month) {
    switch (month) {
      case 2:
        return isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Days from 1970-01-01 to the given date (after H. Hinnant's days_from_civil). */
  static long epochDay(long year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
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
