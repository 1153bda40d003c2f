package dev.hearsay.benchmarks.workload;

import dev.hearsay.core.time.ImpreciseTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * EDTF texts around a day, drawn from every level of the format the way reporting uses them: days
 * and months mostly, then intervals, open ends, seasons, uncertain and approximate values,
 * unspecified digits and one-of sets.
 */
final class VagueTimes {
  private VagueTimes() {}

  /** A time about {@code day}, of any EDTF level. */
  static String around(LocalDate day, SplittableRandom random) {
    int roll = random.nextInt(100);
    if (roll < 34) {
      return day.toString(); // level 0: a day
    } else if (roll < 46) {
      return month(day); // level 0: a month
    } else if (roll < 52) {
      return year(day); // level 0: a year
    } else if (roll < 60) {
      return day + "/" + day.plusDays(1 + random.nextInt(6)); // level 0: an interval
    } else if (roll < 63) {
      return day
          + "T"
          + twoDigits(random.nextInt(24))
          + ":"
          + twoDigits(random.nextInt(60))
          + ":00Z"; // level 0: a date-time
    } else if (roll < 67) {
      return month(day) + "/.."; // level 1: open end ("since August")
    } else if (roll < 72) {
      return "../" + day; // level 1: open start ("by October 28")
    } else if (roll < 76) {
      return season(day); // level 1: a season
    } else if (roll < 81) {
      return year(day) + "?"; // level 1: uncertain
    } else if (roll < 85) {
      return month(day) + "~"; // level 1: approximate
    } else if (roll < 88) {
      return year(day).substring(0, 3) + "X"; // level 1: unspecified digit ("202X")
    } else if (roll < 91) {
      return year(day) + "-XX"; // level 1: unspecified month
    } else if (roll < 97) {
      return "[" + day + "," + day.plusDays(1) + "]"; // level 2: one of a set
    } else {
      return day + "%"; // level 2: uncertain and approximate
    }
  }

  /**
   * A time of an utterance about {@code day} whose earliest instant is not after {@code ceiling}
   * (null for none), so that no hop is said after the hop or source that relays it.
   */
  static ImpreciseTime saidAround(LocalDate day, Instant ceiling, SplittableRandom random) {
    ImpreciseTime time = ImpreciseTime.parse(around(day, random));
    if (ceiling == null || time.earliest().map(e -> !e.isAfter(ceiling)).orElse(true)) {
      return time;
    }
    LocalDate latestDay = LocalDate.ofInstant(ceiling, ZoneOffset.UTC);
    return ImpreciseTime.parse(random.nextBoolean() ? latestDay.toString() : "../" + latestDay);
  }

  /** The season holding the day: 21 spring to 24 winter, which runs from December to February. */
  private static String season(LocalDate day) {
    int month = day.getMonthValue();
    if (month <= 2) {
      return day.getYear() - 1 + "-24";
    }
    return year(day) + "-" + (month == 12 ? 24 : 21 + (month - 3) / 3);
  }

  private static String month(LocalDate day) {
    return year(day) + "-" + twoDigits(day.getMonthValue());
  }

  /** The year, which the workloads keep between 1000 and 9999. */
  private static String year(LocalDate day) {
    return Integer.toString(day.getYear());
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
