package dev.hearsay.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The EDTF text of a {@code java.time} year, month, day or second: what {@link ImpreciseTime}'s
 * bridges parse. EDTF writes years beyond four digits with 'Y' and without a month or a day, so a
 * month, a day or a second must fall in the years -9999 to 9999.
 */
final class CalendarText {
  private static final int MAX_FOUR_DIGIT_YEAR = 9999;

  private static final Instant FIRST = Instant.parse("-9999-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private CalendarText() {}

  /** {@code 2024}, {@code -0005}, or {@code Y12345} beyond four digits. */
  static String year(int year) {
    return Math.abs(year) <= MAX_FOUR_DIGIT_YEAR ? fourDigits(year) : "Y" + year;
  }

  /** {@code 2024-10}. */
  static String month(YearMonth month) {
    return yearOfDate(month.getYear(), month) + "-" + twoDigits(month.getMonthValue());
  }

  /** {@code 2024-10-25}. */
  static String day(LocalDate date) {
    return yearOfDate(date.getYear(), date)
        + "-"
        + twoDigits(date.getMonthValue())
        + "-"
        + twoDigits(date.getDayOfMonth());
  }

  /** {@code 2024-10-25T12:00:00Z}: the second that holds the instant, in UTC. */
  static String second(Instant instant) {
    if (instant.isBefore(FIRST) || instant.isAfter(LAST)) {
      throw new IllegalArgumentException(
          instant
              + " lies outside the years -9999 to 9999, the only years in which EDTF writes"
              + " a time of day");
    }
    return second(LocalDateTime.ofInstant(instant, ZoneOffset.UTC), ZoneOffset.UTC);
  }

  /** {@code 2024-10-25T12:00:00+04:30}: the second that holds the date-time, at the offset. */
  static String second(LocalDateTime dateTime, ZoneOffset offset) {
    if (offset.getTotalSeconds() % 60 != 0) {
      throw new IllegalArgumentException(
          "the offset "
              + offset
              + " has seconds, which EDTF cannot write; convert the time to"
              + " an offset in whole minutes, such as UTC");
    }
    return day(dateTime.toLocalDate())
        + "T"
        + twoDigits(dateTime.getHour())
        + ":"
        + twoDigits(dateTime.getMinute())
        + ":"
        + twoDigits(dateTime.getSecond())
        + offset.getId();
  }

  private static String yearOfDate(int year, Object value) {
    if (Math.abs(year) > MAX_FOUR_DIGIT_YEAR) {
      throw new IllegalArgumentException(
          value
              + " is in a year of more than four digits, which EDTF writes without a month or"
              + " a day; use the year alone");
    }
    return fourDigits(year);
  }

  private static String fourDigits(int year) {
    String digits = String.format(Locale.ROOT, "%04d", Math.abs(year));
    return year < 0 ? "-" + digits : digits;
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
