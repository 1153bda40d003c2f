package dev.hearsay.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.query.ReportShapedFixture;
import dev.hearsay.core.time.ImpreciseTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private final Timeline timeline = Timeline.of(ReportShapedFixture.dataset());

  private static List<EventId> ids(Timeline timeline) {
    return timeline.entries().stream().map(e -> e.event().id()).toList();
  }

  private static ImpreciseTime day(String text) {
    return ImpreciseTime.parse(text);
  }

  @Test
  void entriesAreInTimeOrderWithUndatedEventsLast() {
    assertThat(ids(timeline))
        .containsExactly(
            ReportShapedFixture.ZELENSKY_STATEMENT,
            ReportShapedFixture.COMBAT,
            ReportShapedFixture.YERMAK_STATEMENT,
            ReportShapedFixture.TRUCKS_ARRIVE,
            ReportShapedFixture.ARRIVAL);
    assertThat(timeline.entries().get(4).time()).isEmpty();
  }

  @Test
  void eventsOnTheSameDayAreMarkedAsOfUndeterminedOrder() {
    TimelineEntry combat = timeline.entry(ReportShapedFixture.COMBAT).orElseThrow();
    TimelineEntry yermak = timeline.entry(ReportShapedFixture.YERMAK_STATEMENT).orElseThrow();

    assertThat(combat.overlaps()).containsExactly(ReportShapedFixture.YERMAK_STATEMENT);
    assertThat(yermak.overlaps()).containsExactly(ReportShapedFixture.COMBAT);
    assertThat(timeline.entries())
        .filteredOn(TimelineEntry::orderUndetermined)
        .extracting(e -> e.event().id())
        .containsExactly(ReportShapedFixture.COMBAT, ReportShapedFixture.YERMAK_STATEMENT);
  }

  @Test
  void adjacentDaysDoNotOverlapAndUndatedEventsOverlapNothing() {
    assertThat(timeline.entry(ReportShapedFixture.TRUCKS_ARRIVE).orElseThrow().overlaps())
        .isEmpty();
    assertThat(timeline.entry(ReportShapedFixture.ZELENSKY_STATEMENT).orElseThrow().overlaps())
        .isEmpty();
    assertThat(timeline.entry(ReportShapedFixture.ARRIVAL).orElseThrow().orderUndetermined())
        .isFalse();
  }

  @Test
  void entriesCarryTheirClaims() {
    assertThat(timeline.entry(ReportShapedFixture.COMBAT).orElseThrow().claims())
        .extracting(Claim::id)
        .containsExactly(ReportShapedFixture.NOT_IN_COMBAT, ReportShapedFixture.YERMAK);
  }

  @Test
  void betweenKeepsTheEntriesInTheRangeBothEndsIncluded() {
    Timeline range = timeline.between(day("2024-10-26"), day("2024-10-27"));

    assertThat(ids(range))
        .containsExactly(ReportShapedFixture.COMBAT, ReportShapedFixture.YERMAK_STATEMENT);
    assertThat(range.entries().get(0).overlaps())
        .containsExactly(ReportShapedFixture.YERMAK_STATEMENT);
    assertThat(ids(timeline.between(day("2024-10-28"), day("2024-10-28"))))
        .containsExactly(ReportShapedFixture.TRUCKS_ARRIVE);
    assertThat(ids(timeline.between(day("2024-11-01"), day("2024-11-30")))).isEmpty();
  }

  @Test
  void betweenRecomputesOverlapsAmongWhatItKeeps() {
    Timeline range = timeline.between(day("2024-10-24"), day("2024-10-25"));

    assertThat(ids(range)).containsExactly(ReportShapedFixture.ZELENSKY_STATEMENT);
    assertThat(range.entries().get(0).orderUndetermined()).isFalse();
  }

  @Test
  void aRangeThatEndsBeforeItBeginsIsRefused() {
    assertThatThrownBy(() -> timeline.between(day("2024-10-28"), day("2024-10-25")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024-10-28")
        .hasMessageContaining("2024-10-25");
  }

  @Test
  void whatWasKnownOnOctober26() {
    Timeline known = timeline.asOf(day("2024-10-26"));

    assertThat(ids(known))
        .containsExactly(
            ReportShapedFixture.ZELENSKY_STATEMENT,
            ReportShapedFixture.COMBAT,
            ReportShapedFixture.ARRIVAL);
    TimelineEntry combat = known.entry(ReportShapedFixture.COMBAT).orElseThrow();
    assertThat(combat.claims())
        .extracting(Claim::id)
        .containsExactly(ReportShapedFixture.NOT_IN_COMBAT);
    assertThat(combat.overlaps()).isEmpty();
  }

  @Test
  void asOfAnInstantCutsWithinADay() {
    assertThat(ids(timeline.asOf(Instant.parse("2024-10-27T00:00:00Z"))))
        .contains(ReportShapedFixture.YERMAK_STATEMENT)
        .doesNotContain(ReportShapedFixture.TRUCKS_ARRIVE);
    assertThat(ids(timeline.asOf(Instant.parse("2024-10-26T23:59:59Z"))))
        .doesNotContain(ReportShapedFixture.YERMAK_STATEMENT);
    assertThat(ids(timeline.asOf(day("2024-10-28")))).isEqualTo(ids(timeline));
  }

  @Test
  void entriesAreEqualWhenTheirEventsClaimsAndOverlapsAre() {
    Timeline again = timeline.between(day("1900"), day("2100"));
    TimelineEntry combat = timeline.entry(ReportShapedFixture.COMBAT).orElseThrow();
    TimelineEntry alone =
        timeline
            .asOf(Instant.parse("2024-10-26T23:59:59Z"))
            .entry(ReportShapedFixture.COMBAT)
            .orElseThrow();

    assertThat(again.entries())
        .isEqualTo(timeline.entries().stream().filter(e -> e.time().isPresent()).toList());
    assertThat(again.entry(ReportShapedFixture.COMBAT)).contains(combat);
    assertThat(again.entry(ReportShapedFixture.COMBAT).orElseThrow().hashCode())
        .isEqualTo(combat.hashCode());
    assertThat(combat.hashCode())
        .isNotEqualTo(timeline.entry(ReportShapedFixture.ARRIVAL).orElseThrow().hashCode());
    assertThat(alone.overlaps()).isEmpty();
    assertThat(alone).isNotEqualTo(combat).isNotEqualTo(combat.event());
  }

  @Test
  void anEntryCannotBeChangedAndNamesItsEvent() {
    TimelineEntry combat = timeline.entry(ReportShapedFixture.COMBAT).orElseThrow();

    assertThatThrownBy(() -> combat.claims().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> combat.overlaps().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(combat.toString()).startsWith("TimelineEntry[e-combat at ");
    assertThatThrownBy(() -> timeline.entry(null)).isInstanceOf(NullPointerException.class);
  }
}
