package dev.hearsay.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A time known only as precisely as a source states it, read from and written as the Extended
 * Date/Time Format (EDTF) of the Library of Congress, the profile of ISO 8601-1 and ISO 8601-2.
 *
 * <p>A value is a date (a year, a season, a month or a day), a date with a time of day, an
 * interval between two such dates, or a set of dates. Whatever its form, it allows a range of
 * instants, from {@link #earliest()} to {@link #latest()}, both inclusive:
 *
 * <pre>{@code
 * ImpreciseTime day = ImpreciseTime.parse("2024-10-25");
 * day.earliest();  // Optional[2024-10-25T00:00:00Z]
 * day.latest();    // Optional[2024-10-25T23:59:59.999999999Z]
 *
 * ImpreciseTime since = ImpreciseTime.parse("2024-08/..");  // since August 2024
 * since.latest();  // Optional.empty(): no bound
 *
 * ImpreciseTime inferred = ImpreciseTime.parse("2024?-10-25");  // the year is a guess
 * inferred.qualification(Precision.YEAR);  // UNCERTAIN
 *
 * day.isBefore(ImpreciseTime.parse("2024-10-27/2024-10-28"));  // YES
 *
 * ImpreciseTime.of(LocalDate.of(2024, 10, 25));  // 2024-10-25, as parse("2024-10-25")
 * ImpreciseTime.of(YearMonth.of(2024, 10));       // 2024-10
 * }</pre>
 *
 * <p>The {@code of} methods take a {@link Year}, {@link YearMonth}, {@link LocalDate}, {@link
 * Instant}, {@link OffsetDateTime} or {@link ZonedDateTime} as the year, month, day or second that
 * it names.
 *
 * <h2>Calendar and time zone</h2>
 *
 * <p>Dates are in the proleptic Gregorian calendar with astronomical year numbering: year
 * {@code 0000} is 1 BCE and {@code -1985} is 1986 BCE. A date, and a date-time without an
 * offset, is taken as UTC; a date-time with {@code Z} or an offset such as {@code +04:30} is
 * taken at that offset.
 *
 * <h2>What is supported</h2>
 *
 * <ul>
 *   <li>Level 0: dates ({@code 1985}, {@code 1985-04}, {@code 1985-04-12}), date-times to the
 *       second ({@code 1985-04-12T23:20:30}, with {@code Z}, {@code -04} or {@code +04:30}), and
 *       intervals of dates ({@code 2004-02-01/2005}).
 *   <li>Level 1: years of more than four digits ({@code Y170000002}, {@code Y-170000002}), as
 *       far as {@link Instant} reaches: from {@code Y-1000000000} to {@code Y1000000000};
 *       seasons; the qualifiers {@code ?} (uncertain), {@code ~} (approximate) and {@code %}
 *       (both) after a date; unspecified digits ({@code 201X}, {@code 1985-XX-XX}); negative
 *       years ({@code -1985}); intervals with an open ({@code 1985/..}) or unknown ({@code 1985/})
 *       end.
 *   <li>Level 2: qualification of single components, after a component (it and the components
 *       before it: {@code 2004-06~-11}) or before it (it alone: {@code 2004-?06-11}), one
 *       qualifier on each side of a component at most ({@code ?2004%} is refused); unspecified
 *       digits anywhere in a four-digit year, month or day ({@code 156X-12-25}); seasons 25 to 41;
 *       sets of which one date holds ({@code [1667,1668,1670..1672]}, {@code [..1760-12-03]}) or
 *       all dates hold ({@code {1667,1668}}).
 * </ul>
 *
 * <p>Not supported, and refused with an {@link EdtfSyntaxException} of {@linkplain
 * EdtfSyntaxException.Kind#UNSUPPORTED kind UNSUPPORTED}: exponential years ({@code Y-17E7}),
 * significant digits ({@code 1950S2}), unspecified digits in a year written with 'Y' ({@code
 * Y12345X}), fractional seconds, and years after 1,000,000,000 or before -1,000,000,000 ({@code
 * Y1000000001}), whose instants lie beyond the range of {@link Instant} that {@link #earliest()}
 * and {@link #latest()} return. Texts longer than 400 characters and sets of more than 64 members
 * are refused as {@linkplain EdtfSyntaxException.Kind#TOO_LARGE too large}. Times of day inside
 * intervals and sets, which EDTF allows in neither, are {@linkplain
 * EdtfSyntaxException.Kind#INVALID invalid}, as is a component with a qualifier on both sides.
 *
 * <h2>Seasons</h2>
 *
 * <p>A season covers whole months, and one that crosses a new year starts in the year written.
 * Codes 21 to 24 (spring, summer, autumn, winter) and 25 to 28 (the same in the Northern
 * Hemisphere) are the meteorological seasons of the Northern Hemisphere: March to May, June to
 * August, September to November, December to February of the next year (so {@code 2024-24} runs
 * from 2024-12-01 to 2025-02-28). Codes 29 to 32 are the Southern Hemisphere's spring (September
 * to November), summer (December to February), autumn (March to May) and winter (June to August).
 * Codes 33 to 36 are quarters, 37 to 39 quadrimesters (four months) and 40 and 41 semesters.
 *
 * <h2>Canonical text, equality and order</h2>
 *
 * <p>{@link #toEdtf()} writes the canonical text: the text as read, except that component
 * qualification is written in one preferred way ({@code ?2004-06-11} becomes {@code
 * 2004?-06-11}). Offsets are kept as written, so {@code +04} and {@code +04:00} differ. Two values
 * are equal when their canonical texts are equal.
 *
 * <p>The natural order ({@link #compareTo}, {@link #DISPLAY_ORDER}) is a total order for sorting
 * and display: each value sorts at the first instant known of it, its earliest or, when it has no
 * lower bound ("by October 28"), its latest. It never puts a value after one it is certainly
 * before, but it is not a statement about time: two values whose ranges overlap get an order
 * although nobody knows which came first. Use {@link #relationTo} and {@link #isBefore} to reason
 * about time.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ImpreciseTime implements Comparable<ImpreciseTime> {

  /** The structural form of a value. */
  public enum Kind {
    /** A single date or date-time. */
    DATE,
    /** An interval, written with {@code /}. */
    INTERVAL,
    /** A set of which one member holds, written in square brackets. */
    ONE_OF_SET,
    /** A set of which every member holds, written in curly braces. */
    ALL_OF_SET
  }

  /**
   * The order of {@link #compareTo}, for sorting and display only. Each value sorts at the first
   * instant that is known of it:
   *
   * <ol>
   *   <li>by its <b>anchor</b>: its earliest instant, or, for a value with no bound below, its
   *       latest instant. "Since August" ({@code 2024-08/..}) sorts at the start of August; "by
   *       October 28" ({@code ../2024-10-28}) at the end of October 28, after "October 27-28" and
   *       "October 28" and before October 29, not before everything. A value with neither bound
   *       (such as {@code {..1984,1990..}}) comes after every value that has one;
   *   <li>then by latest instant, an unbounded one last: a day before the month that starts on it;
   *   <li>then by canonical text, so that the order is consistent with {@link #equals}.
   * </ol>
   *
   * <p>The order never contradicts time: a value that is certainly before another ({@link
   * #isBefore} is {@link TimeAnswer#YES}) sorts before it, since its anchor is at or before its
   * latest instant, which is before the other's earliest. Values whose ranges overlap get an order
   * although nobody knows which came first; use {@link #relationTo} to reason about time.
   */
  public static final Comparator<ImpreciseTime> DISPLAY_ORDER =
      Comparator.comparing(ImpreciseTime::anchor, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(t -> t.latest, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(t -> t.text);

  private final Shape shape;
  private final String text;
  private final Instant earliest;
  private final Instant latest;

  private ImpreciseTime(Shape shape) {
    this.shape = shape;
    this.text = shape.text();
    this.earliest = shape.earliest();
    this.latest = shape.latest();
  }

  /** Where the value sorts: its earliest instant, else its latest, else null. */
  private Instant anchor() {
    return earliest != null ? earliest : latest;
  }

  /**
   * Reads an EDTF text.
   *
   * <pre>{@code
   * ImpreciseTime.parse("2024-24");         // winter 2024
   * ImpreciseTime.parse("../2024-10-28");   // by October 28, 2024
   * ImpreciseTime.parse("[1667,1668,1670..1672]");
   * }</pre>
   *
   * @param edtf the text, without surrounding spaces
   * @return the value
   * @throws EdtfSyntaxException if the text is not EDTF, uses an unsupported feature, or is too
   *     long; the exception tells where and why
   * @throws NullPointerException if {@code edtf} is null
   */
  public static ImpreciseTime parse(CharSequence edtf) {
    Objects.requireNonNull(edtf, "edtf");
    String text =
        edtf.length() > EdtfParser.MAX_LENGTH + 1
            ? edtf.subSequence(0, EdtfParser.MAX_LENGTH + 1).toString()
            : edtf.toString();
    return new ImpreciseTime(EdtfParser.parse(text));
  }

  /**
   * The year as a time: {@code 2024}, or {@code Y12345} for a year of more than four digits.
   *
   * @param year the year
   * @return the time, of {@link Precision#YEAR} precision
   */
  public static ImpreciseTime of(Year year) {
    return parse(CalendarText.year(Objects.requireNonNull(year, "year").getValue()));
  }

  /**
   * The month as a time, such as {@code 2024-10}.
   *
   * @param month the month
   * @return the time, of {@link Precision#MONTH} precision
   * @throws IllegalArgumentException when the year has more than four digits, since EDTF writes
   *     such years without a month
   */
  public static ImpreciseTime of(YearMonth month) {
    return parse(CalendarText.month(Objects.requireNonNull(month, "month")));
  }

  /**
   * The day as a time, such as {@code 2024-10-25}: from its first instant to its last, in UTC.
   *
   * @param date the day
   * @return the time, of {@link Precision#DAY} precision
   * @throws IllegalArgumentException when the year has more than four digits, since EDTF writes
   *     such years without a day
   */
  public static ImpreciseTime of(LocalDate date) {
    return parse(CalendarText.day(Objects.requireNonNull(date, "date")));
  }

  /**
   * The second that holds the instant, in UTC, such as {@code 2024-10-25T12:00:00Z}; EDTF has no
   * fractions of a second.
   *
   * @param instant the instant
   * @return the time, of {@link Precision#SECOND} precision
   * @throws IllegalArgumentException when the instant lies outside the years -9999 to 9999
   */
  public static ImpreciseTime of(Instant instant) {
    return parse(CalendarText.second(Objects.requireNonNull(instant, "instant")));
  }

  /**
   * The second that holds the date-time, at its offset, such as {@code 2024-10-25T12:00:00+03:00};
   * EDTF has no fractions of a second.
   *
   * @param dateTime the date-time
   * @return the time, of {@link Precision#SECOND} precision
   * @throws IllegalArgumentException when the year has more than four digits, or the offset has
   *     seconds
   */
  public static ImpreciseTime of(OffsetDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    return parse(CalendarText.second(dateTime.toLocalDateTime(), dateTime.getOffset()));
  }

  /**
   * The second that holds the date-time, at the offset in force in its zone then; EDTF keeps the
   * offset, not the zone.
   *
   * @param dateTime the date-time
   * @return the time, of {@link Precision#SECOND} precision
   * @throws IllegalArgumentException when the year has more than four digits, or the offset has
   *     seconds
   */
  public static ImpreciseTime of(ZonedDateTime dateTime) {
    return of(Objects.requireNonNull(dateTime, "dateTime").toOffsetDateTime());
  }

  /**
   * The earliest instant this value allows, inclusive. A date starts at midnight UTC, so the
   * earliest instant of {@code 2024-10} is 2024-10-01T00:00:00Z.
   *
   * @return the earliest instant, or empty when there is no bound below (an open or unknown start
   *     of an interval, or a set member such as {@code ..1760-12-03})
   */
  public Optional<Instant> earliest() {
    return Optional.ofNullable(earliest);
  }

  /**
   * The latest instant this value allows, inclusive: the last nanosecond of the last second it
   * allows. The latest instant of {@code 2024-10-25} is 2024-10-25T23:59:59.999999999Z.
   *
   * @return the latest instant, or empty when there is no bound above (an open or unknown end of
   *     an interval, or a set member such as {@code 1760-12..})
   */
  public Optional<Instant> latest() {
    return Optional.ofNullable(latest);
  }

  /**
   * How finely this value is written. For an interval or a set, the coarsest precision among its
   * dates: {@code 2004-02-01/2005} has {@link Precision#YEAR} precision.
   *
   * @return the precision
   */
  public Precision precision() {
    return shape.precision();
  }

  /**
   * Whether anything in this value is marked uncertain or approximate: any component of a date,
   * either end of an interval, any member of a set.
   *
   * @return the combined qualification; {@link Qualification#NONE} when nothing is marked
   */
  public Qualification qualification() {
    return qualification(Precision.YEAR)
        .and(qualification(Precision.MONTH))
        .and(qualification(Precision.DAY));
  }

  /**
   * The qualification of one component: the year, the month or season, or the day. In {@code
   * 2004?-06-11} only the year is uncertain; in {@code 2004-06~} the year and the month are
   * approximate. For an interval or a set, the component is qualified when it is in any of its
   * dates; look at {@link #start()} and {@link #end()} for each end.
   *
   * @param component {@link Precision#YEAR}, {@link Precision#MONTH} or {@link Precision#SEASON}
   *     (the same component), or {@link Precision#DAY}
   * @return the qualification; {@link Qualification#NONE} for a component that is not written,
   *     and for {@link Precision#SECOND}, since times of day cannot be qualified
   */
  public Qualification qualification(Precision component) {
    return shape.qualification(Objects.requireNonNull(component, "component"));
  }

  /**
   * The structural form of this value.
   *
   * @return the kind
   */
  public Kind kind() {
    if (shape instanceof IntervalValue) {
      return Kind.INTERVAL;
    }
    if (shape instanceof SetValue set) {
      return set.oneOf() ? Kind.ONE_OF_SET : Kind.ALL_OF_SET;
    }
    return Kind.DATE;
  }

  /**
   * Whether this value is an interval, such as {@code 1964/2008} or {@code 2024-08/..}.
   *
   * @return true for an interval
   */
  public boolean isInterval() {
    return shape instanceof IntervalValue;
  }

  /**
   * The date at the start of an interval.
   *
   * @return the start date, or empty when this is not an interval or its start is open or unknown
   */
  public Optional<ImpreciseTime> start() {
    return shape instanceof IntervalValue interval && interval.start() != null
        ? Optional.of(new ImpreciseTime(interval.start()))
        : Optional.empty();
  }

  /**
   * The date at the end of an interval.
   *
   * @return the end date, or empty when this is not an interval or its end is open or unknown
   */
  public Optional<ImpreciseTime> end() {
    return shape instanceof IntervalValue interval && interval.end() != null
        ? Optional.of(new ImpreciseTime(interval.end()))
        : Optional.empty();
  }

  /**
   * What stands at the start of this interval: a date, an open end or an unknown end.
   *
   * @return the kind of the start
   * @throws IllegalStateException if this is not an interval
   */
  public IntervalEnd startKind() {
    return interval().startKind();
  }

  /**
   * What stands at the end of this interval: a date, an open end or an unknown end.
   *
   * @return the kind of the end
   * @throws IllegalStateException if this is not an interval
   */
  public IntervalEnd endKind() {
    return interval().endKind();
  }

  private IntervalValue interval() {
    if (shape instanceof IntervalValue interval) {
      return interval;
    }
    throw new IllegalStateException(text + " is not an interval");
  }

  /**
   * The members of a set, in the order written. A range member is given as the interval it spans:
   * {@code 1670..1672} as {@code 1670/1672}, {@code ..1760-12-03} as {@code ../1760-12-03}.
   *
   * @return the members, or an empty list when this is not a set
   */
  public List<ImpreciseTime> members() {
    if (!(shape instanceof SetValue set)) {
      return List.of();
    }
    List<ImpreciseTime> members = new ArrayList<>();
    for (SetValue.Member m : set.members()) {
      Shape member =
          !m.range()
              ? m.first()
              : new IntervalValue(kindOf(m.first()), m.first(), kindOf(m.last()), m.last());
      members.add(new ImpreciseTime(member));
    }
    return List.copyOf(members);
  }

  private static IntervalEnd kindOf(DateValue date) {
    return date == null ? IntervalEnd.OPEN : IntervalEnd.DATE;
  }

  /**
   * How this value relates in time to another, from the ranges of instants the two allow. An
   * unbounded end counts as minus or plus infinity.
   *
   * <pre>{@code
   * parse("2024-10-25").relationTo(parse("2024-10-26"));   // BEFORE
   * parse("2024?").relationTo(parse("2025"));              // PROBABLY_BEFORE
   * parse("2024").relationTo(parse("2024-10"));            // CONTAINS
   * parse("../2024-10-28").relationTo(parse("2024-08/..")); // OVERLAPS_START
   * }</pre>
   *
   * @param other the other value
   * @return the relation of this value to the other
   */
  public TemporalRelation relationTo(ImpreciseTime other) {
    Objects.requireNonNull(other, "other");
    boolean beforeQualified =
        shape.upperQualification() != Qualification.NONE
            || other.shape.lowerQualification() != Qualification.NONE;
    boolean afterQualified =
        shape.lowerQualification() != Qualification.NONE
            || other.shape.upperQualification() != Qualification.NONE;
    return TemporalRelation.between(
        earliest, latest, other.earliest, other.latest, beforeQualified, afterQualified);
  }

  /**
   * Whether this value is certainly before another.
   *
   * <ul>
   *   <li>{@link TimeAnswer#YES} when {@link #relationTo} is {@link TemporalRelation#BEFORE}: every
   *       instant this allows precedes every instant the other allows, and no uncertain or
   *       approximate date decides it.
   *   <li>{@link TimeAnswer#NO} when {@link #relationTo} is {@link TemporalRelation#AFTER}: this
   *       earliest bound is after the other's latest bound, so no instant this allows precedes any
   *       instant the other allows, and no uncertain or approximate date decides it. (Every range
   *       starts on a whole second and ends on the last nanosecond of one, so "earliest after
   *       latest" and "earliest at or after latest" are the same here.)
   *   <li>{@link TimeAnswer#UNDETERMINED} otherwise: the ranges share instants, or the order rests
   *       on a qualified date.
   * </ul>
   *
   * @param other the other value
   * @return the answer
   */
  public TimeAnswer isBefore(ImpreciseTime other) {
    TemporalRelation relation = relationTo(other);
    if (relation == TemporalRelation.BEFORE) {
      return TimeAnswer.YES;
    }
    return relation == TemporalRelation.AFTER ? TimeAnswer.NO : TimeAnswer.UNDETERMINED;
  }

  /**
   * The canonical EDTF text of this value; see the class description.
   *
   * @return the text, which {@link #parse} reads back to an equal value
   */
  public String toEdtf() {
    return text;
  }

  /**
   * Compares in {@link #DISPLAY_ORDER}, a total order for sorting and display that says nothing
   * about which time came first.
   *
   * @param other the value to compare with
   * @return negative, zero or positive as this value sorts before, with or after the other
   */
  @Override
  public int compareTo(ImpreciseTime other) {
    return DISPLAY_ORDER.compare(this, other);
  }

  /**
   * Whether the other object is an {@code ImpreciseTime} with the same canonical text.
   *
   * @param o the object to compare with
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ImpreciseTime other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * The canonical EDTF text, as {@link #toEdtf()}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return text;
  }
}
