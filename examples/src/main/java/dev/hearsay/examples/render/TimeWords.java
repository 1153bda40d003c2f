package dev.hearsay.examples.render;

import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imprecise times as a person reads them: {@code 2024-08/..} is "since Aug 2024", {@code
 * ../2024-10-28} "by 28 Oct 2024", {@code 2024-10-27/2024-10-28} "27–28 Oct 2024", {@code
 * 2024-24} "winter 2024". Forms without words of their own (sets, times of day, unspecified
 * digits) are shown in EDTF.
 */
public final class TimeWords {
  /** A year, a year and month or season, or a full date, each with an optional qualifier. */
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?([?~%])?");

  /** A year written in digits. */
  private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");

  /** A month by name, or a day by number. */
  private static final Pattern MONTH_OR_DAY =
      Pattern.compile(
          "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b|\\b\\d{1,2}\\b");

  private static final String[] SEASONS = {"spring", "summer", "autumn", "winter"};

  private TimeWords() {}

  /**
   * The words for a time mention, its EDTF and what the curator inferred, such as {@code since Aug
   * 2024 [2024-08/..] (year inferred)}.
   */
  public static String of(TimeMention time) {
    String edtf = time.value().toEdtf();
    String words = of(time.value());
    StringBuilder text = new StringBuilder(words);
    if (!words.equals(edtf)) {
      text.append(" [").append(edtf).append(']');
    }
    return text.append(inferred(time)).toString();
  }

  /**
   * The words for a time mention and what the curator inferred, without its EDTF, for where a
   * time is one detail among others: {@code 25 Oct 2024 (year inferred)}.
   */
  static String brief(TimeMention time) {
    return of(time.value()) + inferred(time);
  }

  /** " (year inferred)", " (inferred)", or nothing when the time is the text's. */
  private static String inferred(TimeMention time) {
    if (!time.inferred()) {
      return "";
    }
    return yearInferred(time) ? " (year inferred)" : " (inferred)";
  }

  /**
   * Whether the words as written name a month or a day but no year, so that the year is what was
   * inferred; otherwise ("before the harsh winter") more of the value is the curator's.
   */
  private static boolean yearInferred(TimeMention time) {
    return time.asWritten()
        .filter(w -> !YEAR.matcher(w).find())
        .map(w -> MONTH_OR_DAY.matcher(w).find())
        .orElse(false);
  }

  /** The words for a time, or its EDTF when it has no simpler reading. */
  public static String of(ImpreciseTime time) {
    String edtf = time.toEdtf();
    int slash = edtf.indexOf('/');
    if (slash < 0) {
      String date = date(edtf);
      return date == null ? edtf : date;
    }
    String start = edtf.substring(0, slash);
    String end = edtf.substring(slash + 1);
    String words = interval(start, end);
    return words == null ? edtf : words;
  }

  private static String interval(String start, String end) {
    boolean openStart = start.equals("..") || start.isEmpty();
    boolean openEnd = end.equals("..") || end.isEmpty();
    if (openStart && openEnd) {
      return "any time";
    }
    if (openStart) {
      String date = date(end);
      return date == null ? null : start.isEmpty() ? "? – " + date : "by " + date;
    }
    if (openEnd) {
      String date = date(start);
      return date == null ? null : end.isEmpty() ? date + " – ?" : "since " + date;
    }
    String compact = sameMonth(start, end);
    if (compact != null) {
      return compact;
    }
    String from = date(start);
    String to = date(end);
    return from == null || to == null ? null : from + " – " + to;
  }

  /** "27–28 Oct 2024" for two days of one month. */
  private static String sameMonth(String start, String end) {
    Matcher a = DATE.matcher(start);
    Matcher b = DATE.matcher(end);
    if (!a.matches()
        || !b.matches()
        || a.group(3) == null
        || b.group(3) == null
        || a.group(4) != null
        || b.group(4) != null) {
      return null;
    }
    if (!a.group(1).equals(b.group(1)) || !a.group(2).equals(b.group(2))) {
      return null;
    }
    String month = month(Integer.parseInt(a.group(2)));
    if (month == null) {
      return null;
    }
    return Integer.parseInt(a.group(3))
        + "–"
        + Integer.parseInt(b.group(3))
        + " "
        + month
        + " "
        + year(a.group(1));
  }

  private static String date(String edtf) {
    Matcher m = DATE.matcher(edtf);
    if (!m.matches()) {
      return null;
    }
    String year = year(m.group(1));
    String words;
    if (m.group(2) == null) {
      words = year;
    } else {
      int part = Integer.parseInt(m.group(2));
      if (part >= 21 && part <= 24) {
        words = SEASONS[part - 21] + " " + year;
      } else {
        String month = month(part);
        if (month == null) {
          return null;
        }
        words =
            m.group(3) == null
                ? month + " " + year
                : Integer.parseInt(m.group(3)) + " " + month + " " + year;
      }
    }
    return qualify(words, m.group(4));
  }

  private static String qualify(String words, String qualifier) {
    if (qualifier == null) {
      return words;
    }
    switch (qualifier) {
      case "?":
        return words + "?";
      case "~":
        return "about " + words;
      default:
        return "about " + words + "?";
    }
  }

  private static String year(String year) {
    return String.valueOf(Integer.parseInt(year));
  }

  private static String month(int number) {
    if (number < 1 || number > 12) {
      return null;
    }
    return Month.of(number).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  /** A time in words and in EDTF, or in EDTF alone when it has no reading in words. */
  public static String when(ImpreciseTime time) {
    String words = of(time);
    return words.equals(time.toEdtf()) ? words : words + " [" + time.toEdtf() + "]";
  }
}
