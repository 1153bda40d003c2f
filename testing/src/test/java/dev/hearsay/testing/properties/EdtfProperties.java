package dev.hearsay.testing.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.time.EdtfSyntaxException;
import dev.hearsay.core.time.ImpreciseTime;
import dev.hearsay.core.time.Precision;
import dev.hearsay.core.time.TemporalRelation;
import dev.hearsay.core.time.TimeAnswer;
import dev.hearsay.testing.random.RandomTimes;
import dev.hearsay.testing.random.Tries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** EDTF texts round-trip, and any other text is refused with an {@link EdtfSyntaxException}. */
class EdtfProperties {

  @Test
  void validTextsRoundTripToEqualValuesWithTheSameBounds() {
    Tries.forAll(10_000, RandomTimes::text, EdtfProperties::roundTrips);
  }

  private static void roundTrips(String text) {
    ImpreciseTime time = ImpreciseTime.parse(text);
    ImpreciseTime again = ImpreciseTime.parse(time.toEdtf());

    assertThat(again).isEqualTo(time).hasSameHashCodeAs(time);
    assertThat(again.toEdtf()).isEqualTo(time.toEdtf());
    assertThat(again.earliest()).isEqualTo(time.earliest());
    assertThat(again.latest()).isEqualTo(time.latest());
    assertThat(again.kind()).isEqualTo(time.kind());
    assertThat(again.precision()).isEqualTo(time.precision());
    assertThat(again.qualification()).isEqualTo(time.qualification());
    assertThat(again.members()).isEqualTo(time.members());
    assertThat(again.compareTo(time)).isZero();
    assertThat(time.relationTo(again)).isEqualTo(TemporalRelation.EQUAL);
    if (time.earliest().isPresent() && time.latest().isPresent()) {
      assertThat(time.earliest().get()).isBefore(time.latest().get());
    }
  }

  @Test
  void textsWithoutQualifiersAreWrittenBackAsRead() {
    Tries.forAll(
        1000,
        RandomTimes::unqualifiedText,
        text -> assertThat(ImpreciseTime.parse(text).toEdtf()).isEqualTo(text));
  }

  /**
   * An interval's bounds are its start's earliest and its end's latest; a set's are the least and
   * the greatest of its members' (a date with unspecified digits may reach beyond the interval it
   * starts or ends, which only bounds it on one side).
   */
  @Test
  void intervalAndSetBoundsComeFromTheirDates() {
    Tries.forAll(1000, RandomTimes::text, EdtfProperties::boundsComeFromDates);
  }

  private static void boundsComeFromDates(String text) {
    ImpreciseTime time = ImpreciseTime.parse(text);
    if (time.isInterval()) {
      assertThat(time.earliest()).isEqualTo(time.start().flatMap(ImpreciseTime::earliest));
      assertThat(time.latest()).isEqualTo(time.end().flatMap(ImpreciseTime::latest));
      assertThat(time.members()).isEmpty();
    } else if (!time.members().isEmpty()) {
      List<ImpreciseTime> members = time.members();
      Optional<Instant> least =
          members.stream()
              .map(ImpreciseTime::earliest)
              .reduce(
                  (a, b) ->
                      a.isEmpty() || b.isEmpty()
                          ? Optional.empty()
                          : a.get().isBefore(b.get()) ? a : b)
              .orElseThrow();
      Optional<Instant> greatest =
          members.stream()
              .map(ImpreciseTime::latest)
              .reduce(
                  (a, b) ->
                      a.isEmpty() || b.isEmpty()
                          ? Optional.empty()
                          : a.get().isAfter(b.get()) ? a : b)
              .orElseThrow();
      assertThat(time.earliest()).isEqualTo(least);
      assertThat(time.latest()).isEqualTo(greatest);
      members.forEach(m -> assertThat(ImpreciseTime.parse(m.toEdtf())).isEqualTo(m));
    } else {
      assertThat(time.start()).isEmpty();
      assertThat(time.end()).isEmpty();
    }
  }

  /** Plain dates and date-times have the bounds that java.time gives the same calendar values. */
  @Test
  void plainDatesHaveTheCalendarsBounds() {
    Tries.forAll(
        1000,
        EdtfProperties::plainDate,
        date -> {
          ImpreciseTime time = ImpreciseTime.parse(date.text());

          assertThat(time.earliest()).contains(date.earliest());
          assertThat(time.latest()).contains(date.latest());
          assertThat(time.precision()).isEqualTo(date.precision());
        });
  }

  @Test
  void anyStringParsesOrIsRefusedWithASyntaxError() {
    Tries.forAll(10_000, EdtfProperties::anyString, EdtfProperties::parsesOrIsRefused);
  }

  @Test
  void nearlyValidTextsParseOrAreRefusedWithASyntaxError() {
    Tries.forAll(20_000, EdtfProperties::nearlyValid, EdtfProperties::parsesOrIsRefused);
  }

  @Test
  void overlongTextsAreRefusedWithoutReadingThem() {
    Tries.forAll(
        200,
        RandomTimes::text,
        text -> {
          String longText = text.repeat(400 / text.length() + 1) + "/".repeat(10_000);
          assertThatThrownBy(() -> ImpreciseTime.parse(longText))
              .isInstanceOf(EdtfSyntaxException.class)
              .hasMessageContaining("longer than 400 characters");
        });
  }

  @Test
  void relationsAreConsistentWithTheirInverse() {
    Tries.forAll(
        5000,
        r -> List.of(RandomTimes.text(r), RandomTimes.text(r)),
        pair -> relationsAgree(pair.get(0), pair.get(1)));
  }

  private static void relationsAgree(String first, String second) {
    ImpreciseTime a = ImpreciseTime.parse(first);
    ImpreciseTime b = ImpreciseTime.parse(second);
    TemporalRelation relation = a.relationTo(b);

    assertThat(b.relationTo(a)).isEqualTo(relation.inverse());
    assertThat(relation.inverse().inverse()).isEqualTo(relation);
    assertThat(a.isBefore(b))
        .isEqualTo(
            switch (b.isBefore(a)) {
              case YES -> TimeAnswer.NO;
              case NO -> TimeAnswer.YES;
              case UNDETERMINED -> TimeAnswer.UNDETERMINED;
            });
    assertThat(a.relationTo(a)).isEqualTo(TemporalRelation.EQUAL);
    if (relation == TemporalRelation.BEFORE || relation == TemporalRelation.PROBABLY_BEFORE) {
      assertThat(a.latest().orElseThrow()).isBefore(b.earliest().orElseThrow());
    }
    if (relation == TemporalRelation.EQUAL) {
      assertThat(a.earliest()).isEqualTo(b.earliest());
      assertThat(a.latest()).isEqualTo(b.latest());
    }
    if (a.isBefore(b) == TimeAnswer.YES) {
      assertThat(a.compareTo(b)).isNegative();
    }
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
  }

  private static void parsesOrIsRefused(String text) {
    ImpreciseTime time;
    try {
      time = ImpreciseTime.parse(text);
    } catch (EdtfSyntaxException e) {
      assertThat(e.index()).isBetween(0, text.length());
      assertThat(e.getMessage()).contains(e.reason()).contains("at index " + e.index());
      assertThat(text).startsWith(e.text());
      return;
    }
    ImpreciseTime again = ImpreciseTime.parse(time.toEdtf());
    assertThat(again).isEqualTo(time);
    assertThat(again.earliest()).isEqualTo(time.earliest());
    assertThat(again.latest()).isEqualTo(time.latest());
  }

  /** Strings of up to 30 characters, mostly from EDTF's alphabet, some from anywhere. */
  private static String anyString(Random random) {
    String alphabet = "0123456789-/.?~%XYEST:Z+,[]{}";
    StringBuilder sb = new StringBuilder();
    for (int n = random.nextInt(31); n > 0; n--) {
      sb.append(
          random.nextInt(8) == 0
              ? (char) random.nextInt(0x3000)
              : alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** Valid texts with one to three characters inserted, deleted or replaced. */
  private static String nearlyValid(Random random) {
    {
      StringBuilder sb = new StringBuilder(RandomTimes.text(random));
      String alphabet = "0123456789-/.?~%XYESTZ+:,[]{} \u0661";
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(sb.length() + 1);
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0 -> sb.insert(at, c);
          case 1 -> {
            if (at < sb.length()) {
              sb.deleteCharAt(at);
            }
          }
          default -> {
            if (at < sb.length()) {
              sb.setCharAt(at, c);
            }
          }
        }
      }
      return sb.toString();
    }
  }

  /** A plain year, month, day or date-time, written and with the bounds java.time gives. */
  record PlainDate(String text, Instant earliest, Instant latest, Precision precision) {}

  private static PlainDate plainDate(Random random) {
    long first = LocalDate.of(-9999, 1, 1).toEpochDay();
    long last = LocalDate.of(9999, 12, 31).toEpochDay();
    LocalDate day = LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first)));
    Precision[] precisions = {Precision.YEAR, Precision.MONTH, Precision.DAY, Precision.SECOND};
    int offset = random.nextInt(36 * 60 + 1) - 18 * 60;
    return plain(day, precisions[random.nextInt(4)], random.nextInt(86_400), offset);
  }

  private static PlainDate plain(LocalDate day, Precision precision, int second, int offset) {
    int y = day.getYear();
    String year = (y < 0 ? "-" : "") + String.format("%04d", Math.abs(y));
    String month = String.format("%s-%02d", year, day.getMonthValue());
    String date = String.format("%s-%02d", month, day.getDayOfMonth());
    long end = 999_999_999;
    switch (precision) {
      case YEAR:
        return new PlainDate(
            year,
            start(LocalDate.of(y, 1, 1)),
            start(LocalDate.of(y, 12, 31).plusDays(1)).minusNanos(1),
            precision);
      case MONTH:
        LocalDate first = day.withDayOfMonth(1);
        return new PlainDate(
            month, start(first), start(first.plusMonths(1)).minusNanos(1), precision);
      case DAY:
        return new PlainDate(date, start(day), start(day.plusDays(1)).minusNanos(1), precision);
      default:
        ZoneOffset zone = ZoneOffset.ofTotalSeconds(offset / 60 * 3600 + offset % 60 * 60);
        String zoneText = offset == 0 ? "Z" : zone.getId();
        String text =
            String.format(
                "%sT%02d:%02d:%02d%s",
                date, second / 3600, second / 60 % 60, second % 60, zoneText);
        Instant at = day.atStartOfDay().plusSeconds(second).toInstant(zone);
        return new PlainDate(text, at, at.plusNanos(end), precision);
    }
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
