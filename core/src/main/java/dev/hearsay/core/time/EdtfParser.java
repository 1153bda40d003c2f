package dev.hearsay.core.time;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A recursive-descent reader of EDTF text. It reads each character at most a bounded number of
 * times; the only search, for the bounds of dates with unspecified digits, is limited to the ten
 * thousand four-digit years.
 */
final class EdtfParser {
  /** Longer texts are refused before they are read. */
  static final int MAX_LENGTH = 400;

  /** Sets with more members are refused. */
  static final int MAX_SET_MEMBERS = 64;

  /** The largest year, and the smallest negated, whose instants {@link Instant} can hold. */
  private static final String YEAR_LIMIT = Long.toString(CivilDates.MAX_YEAR);

  private static final int MAX_OFFSET_SECONDS = 18 * 3600;
  private static final int[] ALL_MONTHS = range(1, 12);
  private static final int[] ALL_DAYS = range(1, 31);

  private final String text;
  private int pos;

  private EdtfParser(String text) {
    this.text = text;
  }

  static Shape parse(String text) {
    return new EdtfParser(text).parseWhole();
  }

  private Shape parseWhole() {
    if (text.isEmpty()) {
      throw error(0, "the text is empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw tooLarge(MAX_LENGTH, "the text is longer than " + MAX_LENGTH + " characters");
    }
    Shape shape = peek() == '[' || peek() == '{' ? parseSet() : parseDateOrInterval();
    if (pos < text.length()) {
      throw error(pos, "unexpected " + describe(pos));
    }
    return shape;
  }

  // ---------------------------------------------------------------------------------------------
  // Intervals and sets

  private Shape parseDateOrInterval() {
    if (text.indexOf('/') < 0) {
      if (lookingAt("..")) {
        throw error(0, "'..' is allowed only at the end of an interval or in a set");
      }
      return parseDate(true);
    }
    IntervalEnd startKind = endKind();
    DateValue start = startKind == IntervalEnd.DATE ? parseDate(false) : null;
    if (peek() != '/') {
      throw error(pos, "unexpected " + describe(pos));
    }
    pos++;
    int endIndex = pos;
    IntervalEnd endKind = endKind();
    DateValue end = endKind == IntervalEnd.DATE ? parseDate(false) : null;
    if (start == null && end == null) {
      throw error(0, "an interval needs a date at one end at least");
    }
    if (start != null && end != null && start.earliest().isAfter(end.latest())) {
      throw error(endIndex, "the start " + start.text() + " is after the end " + end.text());
    }
    return new IntervalValue(startKind, start, endKind, end);
  }

  /** Reads ".." or nothing before an interval end that is not a date. */
  private IntervalEnd endKind() {
    if (atEnd() || peek() == '/') {
      return IntervalEnd.UNKNOWN;
    }
    if (lookingAt("..")) {
      pos += 2;
      return IntervalEnd.OPEN;
    }
    return IntervalEnd.DATE;
  }

  private SetValue parseSet() {
    boolean oneOf = peek() == '[';
    char close = oneOf ? ']' : '}';
    pos++;
    List<SetValue.Member> members = new ArrayList<>();
    while (true) {
      int memberIndex = pos;
      if (members.size() == MAX_SET_MEMBERS) {
        throw tooLarge(memberIndex, "a set may have at most " + MAX_SET_MEMBERS + " members");
      }
      if (peek() == close) {
        throw error(pos, members.isEmpty() ? "a set needs a member" : "expected a date");
      }
      SetValue.Member member;
      if (lookingAt("..")) {
        if (!members.isEmpty()) {
          throw error(pos, "'..' before a date must be in the first member");
        }
        pos += 2;
        member = new SetValue.Member(null, parseDate(false), true);
      } else {
        DateValue first = parseDate(false);
        if (lookingAt("..")) {
          pos += 2;
          if (peek() == close || peek() == ',') {
            if (peek() == ',') {
              throw error(pos, "'..' after a date must be in the last member");
            }
            member = new SetValue.Member(first, null, true);
          } else {
            int lastIndex = pos;
            DateValue last = parseDate(false);
            if (first.earliest().isAfter(last.latest())) {
              throw error(
                  lastIndex, "the range starts at " + first.text() + ", after " + last.text());
            }
            member = new SetValue.Member(first, last, true);
          }
        } else {
          member = new SetValue.Member(first, first, false);
        }
      }
      members.add(member);
      if (peek() == ',') {
        pos++;
      } else if (peek() == close) {
        pos++;
        return new SetValue(oneOf, members);
      } else {
        throw error(
            pos,
            atEnd()
                ? "the set is not closed with '" + close + "'"
                : "expected ',' or '" + close + "' but found " + describe(pos));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Dates

  private DateValue parseDate(boolean allowTime) {
    int begin = pos;
    Qualification yearLeft = qualifier();
    boolean longYear = take('Y');
    boolean negative = take('-');
    String year = longYear ? longYearDigits(negative) : fourYearDigits(negative);
    Qualification yearRight = rightQualifier(yearLeft, "year");
    String month = null;
    String day = null;
    Qualification monthLeft = Qualification.NONE;
    Qualification monthRight = Qualification.NONE;
    Qualification dayLeft = Qualification.NONE;
    Qualification dayRight = Qualification.NONE;
    int monthIndex = -1;
    int dayIndex = -1;
    if (peek() == '-') {
      if (longYear) {
        throw error(pos, "a year written with 'Y' cannot have a month or a day");
      }
      pos++;
      monthLeft = qualifier();
      monthIndex = pos;
      month = twoDigitsOrX("month");
      monthRight =
          rightQualifier(
              monthLeft, !hasX(month) && Integer.parseInt(month) > 12 ? "season" : "month");
      if (peek() == '-') {
        pos++;
        dayLeft = qualifier();
        dayIndex = pos;
        day = twoDigitsOrX("day");
        dayRight = rightQualifier(dayLeft, "day");
      }
    }
    // A qualifier after a component applies to it and to those before it; a qualifier before a
    // component applies to it alone.
    Qualification yearQ = yearLeft.and(yearRight).and(monthRight).and(dayRight);
    Qualification monthQ = monthLeft.and(monthRight).and(dayRight);
    Qualification dayQ = dayLeft.and(dayRight);

    int monthValue = month == null || hasX(month) ? -1 : Integer.parseInt(month);
    boolean season = monthValue > 0 && day == null && Seasons.isSeason(monthValue);
    int[] months = month == null ? ALL_MONTHS : season ? new int[0] : candidates(month, 1, 12);
    if (month != null && !season && months.length == 0) {
      throw error(monthIndex, monthError(month, day != null));
    }
    int[] days = day == null ? ALL_DAYS : candidates(day, 1, 31);
    if (day != null && days.length == 0) {
      throw error(
          dayIndex,
          hasX(day)
              ? "no day matches " + day
              : "day " + Integer.parseInt(day) + " is not between 1 and 31");
    }
    if (day != null && !hasX(year) && monthValue > 0 && !hasX(day)) {
      int length = CivilDates.lengthOfMonth(Long.parseLong(year), monthValue);
      if (days[0] > length) {
        String yearMonth = (negative ? "-" : "") + year + "-" + month;
        throw error(
            dayIndex,
            "day "
                + days[0]
                + " is past the end of "
                + yearMonth
                + ", which has "
                + length
                + " days");
      }
    }

    if (peek() == 'T') {
      boolean plain =
          day != null
              && !hasX(year)
              && !hasX(month)
              && !hasX(day)
              && yearQ == Qualification.NONE
              && monthQ == Qualification.NONE
              && dayQ == Qualification.NONE;
      return dateTime(allowTime, plain, negative, year, month, day);
    }

    Precision precision =
        day != null
            ? Precision.DAY
            : season ? Precision.SEASON : month != null ? Precision.MONTH : Precision.YEAR;
    Instant earliest;
    Instant latest;
    if (season) {
      long first = extremeYear(negative, year, true);
      long last = extremeYear(negative, year, false);
      earliest = CivilDates.startOf(first, Seasons.firstMonth(monthValue), 1);
      int lastMonth = Seasons.lastMonth(monthValue);
      long lastYear = last + (lastMonth - 1) / 12;
      int m = (lastMonth - 1) % 12 + 1;
      latest = CivilDates.endOf(lastYear, m, CivilDates.lengthOfMonth(lastYear, m));
    } else {
      long[] first = extremeDate(negative, year, months, days, true);
      long[] last = extremeDate(negative, year, months, days, false);
      if (first == null || last == null) {
        throw error(begin, "no calendar date matches " + text.substring(begin, pos));
      }
      earliest = CivilDates.startOf(first[0], (int) first[1], (int) first[2]);
      latest = CivilDates.endOf(last[0], (int) last[1], (int) last[2]);
    }
    return new DateValue(
        negative, longYear, year, month, day, null, yearQ, monthQ, dayQ, precision, earliest,
        latest);
  }

  private static String monthError(String month, boolean withDay) {
    if (hasX(month)) {
      return "no month matches " + month;
    }
    int value = Integer.parseInt(month);
    return withDay
        ? "month " + value + " is not between 1 and 12"
        : value + " is neither a month (1 to 12) nor a season (21 to 41)";
  }

  private DateValue dateTime(
      boolean allowTime, boolean plain, boolean negative, String year, String month, String day) {
    if (!allowTime) {
      throw error(pos, "a time of day is not allowed in an interval or a set");
    }
    if (!plain) {
      throw error(pos, "a time of day needs a complete date with no qualifier or X");
    }
    pos++;
    int hour = number("hour", 23);
    expect(':');
    int minute = number("minute", 59);
    expect(':');
    int second = number("second", 59);
    if (peek() == '.' || peek() == ',') {
      throw unsupported(pos, "fractional seconds are not supported");
    }
    int offsetIndex = pos;
    int offsetSeconds = 0;
    if (take('Z')) {
      offsetSeconds = 0;
    } else if (peek() == '+' || peek() == '-') {
      int sign = text.charAt(pos) == '-' ? -1 : 1;
      pos++;
      int offsetHours = number("offset hour", 23);
      if (isDigit(peek())) {
        throw error(pos, "expected ':' between the hours and minutes of the offset");
      }
      int offsetMinutes = take(':') ? number("offset minute", 59) : 0;
      offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
      if (Math.abs(offsetSeconds) > MAX_OFFSET_SECONDS) {
        throw error(
            offsetIndex,
            "the offset " + text.substring(offsetIndex, pos) + " is not between -18:00 and +18:00");
      }
    }
    DateValue.Time time =
        new DateValue.Time(hour, minute, second, text.substring(offsetIndex, pos));
    long y = Long.parseLong(year) * (negative ? -1 : 1);
    long seconds =
        CivilDates.startOf(y, Integer.parseInt(month), Integer.parseInt(day)).getEpochSecond()
            + hour * 3600L
            + minute * 60L
            + second
            - offsetSeconds;
    Qualification none = Qualification.NONE;
    return new DateValue(
        negative,
        false,
        year,
        month,
        day,
        time,
        none,
        none,
        none,
        Precision.SECOND,
        Instant.ofEpochSecond(seconds),
        Instant.ofEpochSecond(seconds, 999_999_999));
  }

  // ---------------------------------------------------------------------------------------------
  // Years

  /** Reads the digits after "Y" or "Y-". */
  private String longYearDigits(boolean negative) {
    int index = pos;
    String digits = run(false);
    if (peek() == 'E') {
      throw unsupported(pos, "exponential years (E) are not supported");
    }
    if (peek() == 'S') {
      throw unsupported(pos, "significant digits (S) are not supported");
    }
    if (peek() == 'X') {
      throw unsupported(pos, "X is not supported in a year written with 'Y'");
    }
    if (digits.isEmpty()) {
      throw error(index, "expected the digits of a year");
    }
    if (digits.charAt(0) == '0') {
      throw error(index, "a year written with 'Y' cannot start with 0");
    }
    if (digits.length() <= 4) {
      throw error(index, "'Y' is only for years with more than four digits");
    }
    if (digits.length() > YEAR_LIMIT.length()
        || digits.length() == YEAR_LIMIT.length() && digits.compareTo(YEAR_LIMIT) > 0) {
      throw unsupported(
          index,
          (negative ? "years before -" : "years after ")
              + YEAR_LIMIT
              + " are not supported: java.time.Instant ends there");
    }
    return digits;
  }

  /** Reads the four digits (or X) of a year written without 'Y'. */
  private String fourYearDigits(boolean negative) {
    int index = pos;
    String digits = run(true);
    if (digits.isEmpty()) {
      throw error(
          index, atEnd() ? "expected a year" : "expected a year but found " + describe(index));
    }
    if (digits.length() < 4) {
      throw error(index, "a year needs four digits");
    }
    if (digits.length() > 4) {
      throw error(index, "a year with more than four digits must be written with 'Y'");
    }
    if (peek() == 'S') {
      throw unsupported(pos, "significant digits (S) are not supported");
    }
    if (negative && digits.equals("0000")) {
      throw error(index - 1, "year 0 cannot be negative");
    }
    return digits;
  }

  /**
   * The first (or last) date, as {year, month, day}, that the year pattern, the months and the
   * days allow, or null when there is none.
   */
  private static long[] extremeDate(
      boolean negative, String year, int[] months, int[] days, boolean first) {
    if (!hasX(year)) {
      long y = Long.parseLong(year) * (negative ? -1 : 1);
      return extremeDateIn(y, months, days, first);
    }
    // Scan from the smallest (or largest) year the digits allow, which matches at once unless
    // that year lacks the month and day asked for, as 29 February does in most years.
    int low = (int) extremeYear(false, year, true);
    int high = (int) extremeYear(false, year, false);
    boolean ascending = first != negative;
    for (int digits = ascending ? low : high;
        digits >= low && digits <= high;
        digits += ascending ? 1 : -1) {
      if (CivilDates.matches(year, digits)) {
        long[] date = extremeDateIn(negative ? -digits : digits, months, days, first);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  private static long[] extremeDateIn(long year, int[] months, int[] days, boolean first) {
    for (int i = 0; i < months.length; i++) {
      int month = months[first ? i : months.length - 1 - i];
      int length = CivilDates.lengthOfMonth(year, month);
      for (int j = 0; j < days.length; j++) {
        int day = days[first ? j : days.length - 1 - j];
        if (day <= length) {
          return new long[] {year, month, day};
        }
      }
    }
    return null;
  }

  /** The first or last year the pattern allows (a pattern always allows some year). */
  private static long extremeYear(boolean negative, String year, boolean first) {
    boolean smallDigits = first != negative;
    StringBuilder digits = new StringBuilder(year.length());
    for (int i = 0; i < year.length(); i++) {
      char c = year.charAt(i);
      digits.append(c != 'X' ? c : smallDigits ? '0' : '9');
    }
    return Long.parseLong(digits.toString()) * (negative ? -1 : 1);
  }

  // ---------------------------------------------------------------------------------------------
  // Characters

  private static boolean hasX(String s) {
    return s.indexOf('X') >= 0;
  }

  /** The values from min to max that a two-digit pattern, perhaps with X digits, matches. */
  private static int[] candidates(String pattern, int min, int max) {
    if (!hasX(pattern)) {
      int value = Integer.parseInt(pattern);
      return value >= min && value <= max ? new int[] {value} : new int[0];
    }
    int[] found = new int[max - min + 1];
    int count = 0;
    for (int v = min; v <= max; v++) {
      if (CivilDates.matches(pattern, v)) {
        found[count++] = v;
      }
    }
    return Arrays.copyOf(found, count);
  }

  private static int[] range(int min, int max) {
    return IntStream.rangeClosed(min, max).toArray();
  }

  private Qualification qualifier() {
    Qualification q = atEnd() ? Qualification.NONE : Qualification.ofSymbol(text.charAt(pos));
    if (q != Qualification.NONE) {
      pos++;
    }
    return q;
  }

  /**
   * Reads the qualifier after a component, refusing one when a qualifier stands before it too:
   * EDTF gives a component one qualifier, and {@code %} says both uncertain and approximate.
   */
  private Qualification rightQualifier(Qualification left, String component) {
    int index = pos;
    Qualification right = qualifier();
    if (left != Qualification.NONE && right != Qualification.NONE) {
      throw error(
          index,
          "the "
              + component
              + " has a qualifier before it and another after it;"
              + " give it one ('%' for uncertain and approximate)");
    }
    return right;
  }

  /** Reads a run of ASCII digits, and X too when allowed. */
  private String run(boolean allowX) {
    int start = pos;
    while (!atEnd() && (isDigit(text.charAt(pos)) || allowX && text.charAt(pos) == 'X')) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private String twoDigitsOrX(String what) {
    int start = pos;
    String s = run(true);
    if (s.length() != 2) {
      throw error(start, "expected a two-digit " + what);
    }
    return s;
  }

  private int number(String what, int max) {
    int start = pos;
    if (pos + 2 > text.length() || !isDigit(text.charAt(pos)) || !isDigit(text.charAt(pos + 1))) {
      throw error(start, "expected a two-digit " + what);
    }
    pos += 2;
    int value = Integer.parseInt(text, start, pos, 10);
    if (value > max) {
      throw error(start, what + " " + value + " is not between 0 and " + max);
    }
    return value;
  }

  private void expect(char c) {
    if (!take(c)) {
      throw error(pos, "expected '" + c + "'");
    }
  }

  private boolean take(char c) {
    if (peek() == c && !atEnd()) {
      pos++;
      return true;
    }
    return false;
  }

  private boolean lookingAt(String s) {
    return text.startsWith(s, pos);
  }

  private char peek() {
    return atEnd() ? '\0' : text.charAt(pos);
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private String describe(int index) {
    char c = text.charAt(index);
    return c > ' ' && c < 0x7f
        ? "character '" + c + "'"
        : String.format("character U+%04X", (int) c);
  }

  /** The text is not EDTF. */
  private EdtfSyntaxException error(int index, String reason) {
    return new EdtfSyntaxException(EdtfSyntaxException.Kind.INVALID, text, index, reason);
  }

  /** The text uses what EDTF has and this reader does not. */
  private EdtfSyntaxException unsupported(int index, String reason) {
    return new EdtfSyntaxException(EdtfSyntaxException.Kind.UNSUPPORTED, text, index, reason);
  }

  private EdtfSyntaxException tooLarge(int index, String reason) {
    return new EdtfSyntaxException(EdtfSyntaxException.Kind.TOO_LARGE, text, index, reason);
  }
}
