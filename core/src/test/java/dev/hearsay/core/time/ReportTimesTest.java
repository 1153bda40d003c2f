package dev.hearsay.core.time;

import static dev.hearsay.core.time.ImpreciseTime.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The times a report of October 2024 gives, as a curator would write them. */
class ReportTimesTest {

  @Test
  void sinceAugust() {
    ImpreciseTime since = parse("2024-08/..");
    assertThat(since.earliest()).contains(Instant.parse("2024-08-01T00:00:00Z"));
    assertThat(since.latest()).isEmpty();
    assertThat(since.isInterval()).isTrue();
    assertThat(since.startKind()).isEqualTo(IntervalEnd.DATE);
    assertThat(since.endKind()).isEqualTo(IntervalEnd.OPEN);
    assertThat(since.start()).contains(parse("2024-08"));
    assertThat(since.end()).isEmpty();
    assertThat(since.precision()).isEqualTo(Precision.MONTH);
  }

  @Test
  void byOctober28() {
    ImpreciseTime by = parse("../2024-10-28");
    assertThat(by.earliest()).isEmpty();
    assertThat(by.latest()).contains(Instant.parse("2024-10-28T23:59:59.999999999Z"));
    assertThat(by.startKind()).isEqualTo(IntervalEnd.OPEN);
    assertThat(by.endKind()).isEqualTo(IntervalEnd.DATE);
  }

  @Test
  void fromOctober27To28() {
    ImpreciseTime days = parse("2024-10-27/2024-10-28");
    assertThat(days.earliest()).contains(Instant.parse("2024-10-27T00:00:00Z"));
    assertThat(days.latest()).contains(Instant.parse("2024-10-28T23:59:59.999999999Z"));
    assertThat(days.precision()).isEqualTo(Precision.DAY);
  }

  @Test
  void october25() {
    ImpreciseTime day = parse("2024-10-25");
    assertThat(day.earliest()).contains(Instant.parse("2024-10-25T00:00:00Z"));
    assertThat(day.latest()).contains(Instant.parse("2024-10-25T23:59:59.999999999Z"));
    assertThat(day.isBefore(parse("2024-10-27/2024-10-28"))).isEqualTo(TimeAnswer.YES);
    assertThat(day.relationTo(parse("2024-08/.."))).isEqualTo(TemporalRelation.DURING);
    assertThat(day.relationTo(parse("../2024-10-28"))).isEqualTo(TemporalRelation.DURING);
  }

  @Test
  void winter2024RunsFromDecemberToFebruary() {
    ImpreciseTime winter = parse("2024-24");
    assertThat(winter.earliest()).contains(Instant.parse("2024-12-01T00:00:00Z"));
    assertThat(winter.latest()).contains(Instant.parse("2025-02-28T23:59:59.999999999Z"));
    assertThat(winter.precision()).isEqualTo(Precision.SEASON);
    assertThat(winter.relationTo(parse("2024-10-25"))).isEqualTo(TemporalRelation.AFTER);
  }

  @Test
  void inferredYear() {
    ImpreciseTime year = parse("2024?");
    assertThat(year.earliest()).contains(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(year.latest()).contains(Instant.parse("2024-12-31T23:59:59.999999999Z"));
    assertThat(year.qualification()).isEqualTo(Qualification.UNCERTAIN);
    assertThat(year.qualification().isUncertain()).isTrue();
    assertThat(year.qualification().isApproximate()).isFalse();

    ImpreciseTime day = parse("2024?-10-25");
    assertThat(day.toEdtf()).isEqualTo("2024?-10-25");
    assertThat(day.earliest()).contains(Instant.parse("2024-10-25T00:00:00Z"));
    assertThat(day.latest()).contains(Instant.parse("2024-10-25T23:59:59.999999999Z"));
    assertThat(day.qualification(Precision.YEAR)).isEqualTo(Qualification.UNCERTAIN);
    assertThat(day.qualification(Precision.MONTH)).isEqualTo(Qualification.NONE);
    assertThat(day.qualification(Precision.DAY)).isEqualTo(Qualification.NONE);
    assertThat(day.isBefore(parse("2024-10-27/2024-10-28"))).isEqualTo(TimeAnswer.UNDETERMINED);
    assertThat(day.relationTo(parse("2024-10-27/2024-10-28")))
        .isEqualTo(TemporalRelation.PROBABLY_BEFORE);
  }
}
