package dev.hearsay.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.query.KurskReport;
import dev.hearsay.core.time.ImpreciseTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private final Timeline timeline = Timeline.of(KurskReport.dataset());

  private static List<EventId> ids(Timeline timeline) {
    return timeline.entries().stream().map(e -> e.event().id()).toList();
  }

  private static ImpreciseTime day(String text) {
    return ImpreciseTime.parse(text);
  }

  @Test
  void entriesAreInTimeOrderWithUndatedEventsLast() {
    assertThat(ids(timeline)).containsExactly(
        KurskReport.ZELENSKY_STATEMENT, KurskReport.COMBAT, KurskReport.YERMAK_STATEMENT,
        KurskReport.TRUCKS_ARRIVE, KurskReport.ARRIVAL);
    assertThat(timeline.entries().get(4).time()).isEmpty();
  }

  @Test
  void eventsOnTheSameDayAreMarkedAsOfUndeterminedOrder() {
    TimelineEntry combat = timeline.entry(KurskReport.COMBAT).orElseThrow();
    TimelineEntry yermak = timeline.entry(KurskReport.YERMAK_STATEMENT).orElseThrow();

    assertThat(combat.overlaps()).containsExactly(KurskReport.YERMAK_STATEMENT);
    assertThat(yermak.overlaps()).containsExactly(KurskReport.COMBAT);
    assertThat(timeline.entries()).filteredOn(TimelineEntry::orderUndetermined)
        .extracting(e -> e.event().id())
        .containsExactly(KurskReport.COMBAT, KurskReport.YERMAK_STATEMENT);
  }

  @Test
  void adjacentDaysDoNotOverlapAndUndatedEventsOverlapNothing() {
    assertThat(timeline.entry(KurskReport.TRUCKS_ARRIVE).orElseThrow().overlaps()).isEmpty();
    assertThat(timeline.entry(KurskReport.ZELENSKY_STATEMENT).orElseThrow().overlaps()).isEmpty();
    assertThat(timeline.entry(KurskReport.ARRIVAL).orElseThrow().orderUndetermined()).isFalse();
  }

  @Test
  void entriesCarryTheirClaims() {
    assertThat(timeline.entry(KurskReport.COMBAT).orElseThrow().claims()).extracting(Claim::id)
        .containsExactly(KurskReport.NOT_IN_COMBAT, KurskReport.YERMAK);
  }

  @Test
  void betweenKeepsTheEntriesInTheRangeBothEndsIncluded() {
    Timeline range = timeline.between(day("2024-10-26"), day("2024-10-27"));

    assertThat(ids(range)).containsExactly(KurskReport.COMBAT, KurskReport.YERMAK_STATEMENT);
    assertThat(range.entries().get(0).overlaps()).containsExactly(KurskReport.YERMAK_STATEMENT);
    assertThat(ids(timeline.between(day("2024-10-28"), day("2024-10-28"))))
        .containsExactly(KurskReport.TRUCKS_ARRIVE);
    assertThat(ids(timeline.between(day("2024-11-01"), day("2024-11-30")))).isEmpty();
  }

  @Test
  void betweenRecomputesOverlapsAmongWhatItKeeps() {
    Timeline range = timeline.between(day("2024-10-24"), day("2024-10-25"));

    assertThat(ids(range)).containsExactly(KurskReport.ZELENSKY_STATEMENT);
    assertThat(range.entries().get(0).orderUndetermined()).isFalse();
  }

  @Test
  void aRangeThatEndsBeforeItBeginsIsRefused() {
    assertThatThrownBy(() -> timeline.between(day("2024-10-28"), day("2024-10-25")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024-10-28").hasMessageContaining("2024-10-25");
  }

  @Test
  void whatWasKnownOnOctober26() {
    Timeline known = timeline.asOf(day("2024-10-26"));

    assertThat(ids(known)).containsExactly(
        KurskReport.ZELENSKY_STATEMENT, KurskReport.COMBAT, KurskReport.ARRIVAL);
    TimelineEntry combat = known.entry(KurskReport.COMBAT).orElseThrow();
    assertThat(combat.claims()).extracting(Claim::id)
        .containsExactly(KurskReport.NOT_IN_COMBAT);
    assertThat(combat.overlaps()).isEmpty();
  }

  @Test
  void asOfAnInstantCutsWithinADay() {
    assertThat(ids(timeline.asOf(Instant.parse("2024-10-27T00:00:00Z"))))
        .contains(KurskReport.YERMAK_STATEMENT)
        .doesNotContain(KurskReport.TRUCKS_ARRIVE);
    assertThat(ids(timeline.asOf(Instant.parse("2024-10-26T23:59:59Z"))))
        .doesNotContain(KurskReport.YERMAK_STATEMENT);
    assertThat(ids(timeline.asOf(day("2024-10-28")))).isEqualTo(ids(timeline));
  }
}
