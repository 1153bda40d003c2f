package dev.hearsay.testing.random;

import dev.hearsay.core.time.ImpreciseTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Valid EDTF texts of every form that {@link ImpreciseTime} reads, for tests that need times of
 * any shape: years of four digits (negative too) and of more (written with 'Y'), seasons, months,
 * days, date-times with and without offsets, unspecified digits, a qualifier before or after a
 * component, intervals with dated, open and unknown ends, and both kinds of set with single dates
 * and ranges.
 *
 * <p>The texts come from the caller's seeded {@link Random}, so the same seed gives the same
 * texts and a failing try is replayed by its seed.
 *
 * <pre>{@code
 * ImpreciseTime time = RandomTimes.time(new Random(42));
 * }</pre>
 */
public final class RandomTimes {
  private static final String QUALIFIERS = "?~%";

  private final Random random;
  private final boolean qualified;

  private RandomTimes(Random random, boolean qualified) {
    this.random = random;
    this.qualified = qualified;
  }

  /**
   * A valid EDTF text of any form, qualifiers included.
   *
   * @param random the source of randomness
   * @return a text that {@link ImpreciseTime#parse(String)} accepts
   */
  public static String text(Random random) {
    return new RandomTimes(random, true).text();
  }

  /**
   * A valid EDTF text with no qualifier, which is its own canonical text.
   *
   * @param random the source of randomness
   * @return a text that {@link ImpreciseTime#parse(String)} accepts and gives back unchanged
   */
  public static String unqualifiedText(Random random) {
    return new RandomTimes(random, false).text();
  }

  /**
   * A time of any form, qualifiers included.
   *
   * @param random the source of randomness
   * @return the time that {@link #text(Random)} would spell
   */
  public static ImpreciseTime time(Random random) {
    return ImpreciseTime.parse(text(random));
  }

  private String text() {
    int form = random.nextInt(10);
    if (form < 5) {
      return date(true);
    }
    if (form < 8) {
      return interval();
    }
    return set();
  }

  // ---------------------------------------------------------------------------------------------
  // Dates

  private String date(boolean allowTime) {
    if (random.nextInt(20) == 0) {
      return longYear();
    }
    LocalDate date = someDate();
    int precision = random.nextInt(allowTime ? 5 : 4); // year, season, month, day, second
    String year = (date.getYear() < 0 ? "-" : "") + pad(Math.abs(date.getYear()), 4);
    if (precision == 4) {
      return year
          + "-"
          + pad(date.getMonthValue(), 2)
          + "-"
          + pad(date.getDayOfMonth(), 2)
          + time();
    }
    boolean unspecified = random.nextInt(5) == 0;
    String[] parts = new String[precision == 3 ? 3 : precision == 0 ? 1 : 2];
    parts[0] = year;
    if (precision == 1) {
      parts[1] = Integer.toString(21 + random.nextInt(21));
    } else if (precision >= 2) {
      parts[1] = pad(date.getMonthValue(), 2);
    }
    if (precision == 3) {
      parts[2] = pad(date.getDayOfMonth(), 2);
    }
    if (unspecified) {
      parts[0] = mask(parts[0]);
      if (precision >= 2) {
        parts[1] = mask(parts[1]);
      }
      if (precision == 3) {
        parts[2] = mask(parts[2]);
      }
    }
    StringBuilder sb = new StringBuilder();
    boolean qualify = qualified && random.nextInt(3) == 0;
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sb.append('-');
      }
      // At most one qualifier per component: before it, after it, or none.
      int side = qualify ? random.nextInt(8) : 0;
      if (side == 1) {
        sb.append(qualifier());
      }
      sb.append(parts[i]);
      if (side == 2) {
        sb.append(qualifier());
      }
    }
    return sb.toString();
  }

  /** A date in years 1900 to 2100 mostly, otherwise anywhere from -9999 to 9999. */
  private LocalDate someDate() {
    int year = random.nextInt(4) == 0 ? random.nextInt(19_999) - 9_999 : 1900 + random.nextInt(201);
    LocalDate first = LocalDate.of(year, 1, 1);
    return first.plusDays(random.nextInt(first.lengthOfYear()));
  }

  /** A year of five to nine digits, or one of the two ten-digit years at Instant's ends. */
  private String longYear() {
    int digits = 5 + random.nextInt(6);
    int side = qualified ? random.nextInt(8) : 0;
    StringBuilder sb = new StringBuilder();
    if (side == 1) {
      sb.append(qualifier());
    }
    sb.append('Y');
    if (random.nextBoolean()) {
      sb.append('-');
    }
    if (digits == 10) {
      sb.append("1000000000");
    } else {
      sb.append((char) ('1' + random.nextInt(9)));
      for (int i = 1; i < digits; i++) {
        sb.append((char) ('0' + random.nextInt(10)));
      }
    }
    if (side == 2) {
      sb.append(qualifier());
    }
    return sb.toString();
  }

  private String time() {
    String time =
        "T"
            + pad(random.nextInt(24), 2)
            + ":"
            + pad(random.nextInt(60), 2)
            + ":"
            + pad(random.nextInt(60), 2);
    switch (random.nextInt(4)) {
      case 0:
        return time;
      case 1:
        return time + "Z";
      case 2:
        return time + (random.nextBoolean() ? "+" : "-") + pad(random.nextInt(19), 2);
      default:
        int hours = random.nextInt(18);
        return time
            + (random.nextBoolean() ? "+" : "-")
            + pad(hours, 2)
            + ":"
            + pad(random.nextInt(60), 2);
    }
  }

  /** Replaces some digits by X; the value written still matches the result. */
  private String mask(String digits) {
    StringBuilder sb = new StringBuilder(digits);
    for (int i = 0; i < sb.length(); i++) {
      if (Character.isDigit(sb.charAt(i)) && random.nextInt(3) == 0) {
        sb.setCharAt(i, 'X');
      }
    }
    return sb.toString();
  }

  private char qualifier() {
    return QUALIFIERS.charAt(random.nextInt(QUALIFIERS.length()));
  }

  // ---------------------------------------------------------------------------------------------
  // Intervals and sets

  private String interval() {
    int startKind = random.nextInt(10); // 0: open, 1: unknown, else a date
    int endKind = startKind < 2 ? 2 + random.nextInt(8) : random.nextInt(10);
    if (startKind >= 2 && endKind >= 2) {
      String[] ends = ordered(date(false), date(false));
      return ends[0] + "/" + ends[1];
    }
    String start = startKind == 0 ? ".." : startKind == 1 ? "" : date(false);
    String end = endKind == 0 ? ".." : endKind == 1 ? "" : date(false);
    return start + "/" + end;
  }

  private String set() {
    boolean oneOf = random.nextBoolean();
    int count = 1 + random.nextInt(6);
    List<String> members = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (i == 0 && random.nextInt(8) == 0) {
        members.add(".." + date(false));
      } else if (i == count - 1 && random.nextInt(8) == 0) {
        members.add(date(false) + "..");
      } else if (random.nextInt(4) == 0) {
        String[] ends = ordered(date(false), date(false));
        members.add(ends[0] + ".." + ends[1]);
      } else {
        members.add(date(false));
      }
    }
    String body = String.join(",", members);
    return oneOf ? "[" + body + "]" : "{" + body + "}";
  }

  /** The two dates so that the first does not start after the second ends. */
  private static String[] ordered(String a, String b) {
    ImpreciseTime first = ImpreciseTime.parse(a);
    ImpreciseTime second = ImpreciseTime.parse(b);
    boolean swap = first.earliest().orElseThrow().isAfter(second.latest().orElseThrow());
    return swap ? new String[] {b, a} : new String[] {a, b};
  }

  private static String pad(int value, int width) {
    StringBuilder sb = new StringBuilder(Integer.toString(value));
    while (sb.length() < width) {
      sb.insert(0, '0');
    }
    return sb.toString();
  }
}
