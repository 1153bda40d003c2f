package dev.hearsay.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.time.ImpreciseTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsOfTest {
  private final Dataset dataset = ReportShapedFixture.dataset();
  private final ProvenanceIndex index = ProvenanceIndex.of(dataset);

  @Test
  void whatHadBeenSaidByTheEndOfOctober26() {
    Dataset known = index.asOf(ImpreciseTime.parse("2024-10-26"));

    assertThat(known.claims())
        .extracting(Claim::id)
        .containsExactly(
            ReportShapedFixture.SET_TO_JOIN,
            ReportShapedFixture.THOUSANDS_ARRIVED,
            ReportShapedFixture.NOT_IN_COMBAT,
            ReportShapedFixture.ZELENSKY);
    assertThat(known.actors()).isEqualTo(dataset.actors());
    assertThat(known.sources()).isEqualTo(dataset.sources());
    assertThat(known.relations()).isEmpty();
    assertThat(known.events())
        .extracting(Event::id)
        .containsExactly(
            ReportShapedFixture.ARRIVAL,
            ReportShapedFixture.ZELENSKY_STATEMENT,
            ReportShapedFixture.COMBAT);
    assertThat(known.event(ReportShapedFixture.COMBAT).orElseThrow().claims())
        .containsExactly(ReportShapedFixture.NOT_IN_COMBAT);
  }

  @Test
  void theEarliestUtteranceOrPublicationDecides() {
    assertThat(index.earliestSaid(ReportShapedFixture.SET_TO_JOIN))
        .contains(Instant.parse("2024-10-25T00:00:00Z"));
    assertThat(index.earliestSaid(ReportShapedFixture.YERMAK))
        .contains(Instant.parse("2024-10-27T00:00:00Z"));
    assertThat(index.earliestSaid(ReportShapedFixture.ARMS_VALUE))
        .contains(Instant.parse("2024-10-28T00:00:00Z"));
    assertThat(index.saidBy(ReportShapedFixture.YERMAK, Instant.parse("2024-10-27T00:00:00Z")))
        .isTrue();
    assertThat(index.saidBy(ReportShapedFixture.YERMAK, Instant.parse("2024-10-26T23:59:59Z")))
        .isFalse();
  }

  @Test
  void anInstantIsACutOffToo() {
    Dataset known = index.asOf(Instant.parse("2024-10-27T12:00:00Z"));

    assertThat(known.claims())
        .extracting(Claim::id)
        .contains(ReportShapedFixture.YERMAK)
        .doesNotContain(ReportShapedFixture.TRUCKS);
    assertThat(known.relations()).hasSize(1);
    assertThat(known.events()).extracting(Event::id).contains(ReportShapedFixture.YERMAK_STATEMENT);
  }

  @Test
  void undatedClaimsAreKeptAndEventsWithoutClaimsToo() {
    ProvenanceIndex synthetic =
        new Synthetic()
            .claim("undated", "r<-a")
            .claim("late", "r<-b#2024-10-30")
            .claim("published-early", "r@paper<-c")
            .published("paper", "2024-10-01")
            .event("unattested", "2024-10-29")
            .event("late-event", "2024-10-01", "late")
            .index();

    Dataset known = synthetic.asOf(ImpreciseTime.parse("2024-10-26"));

    assertThat(known.claims())
        .extracting(c -> c.id().value())
        .containsExactly("undated", "published-early");
    assertThat(synthetic.dated(ClaimId.of("undated"))).isFalse();
    assertThat(synthetic.earliestSaid(ClaimId.of("undated"))).isEmpty();
    assertThat(synthetic.dated(ClaimId.of("published-early"))).isTrue();
    assertThat(known.events()).extracting(Event::id).containsExactly(EventId.of("unattested"));
  }

  @Test
  void theSubsetIsAValidDatasetThatIndexesAgain() {
    Dataset known = index.asOf(ImpreciseTime.parse("2024-10-20"));

    assertThat(known.claims()).isEmpty();
    assertThat(ProvenanceIndex.of(known).conflicts()).isEmpty();
    assertThat(index.asOf(ImpreciseTime.parse("2024-12-31"))).isEqualTo(dataset);
  }

  /** Claims said at the report's vaguer times, as EDTF writes them. */
  private final ProvenanceIndex vague =
      new Synthetic()
          .claim("since-august", "r<-a#2024-08/..")
          .claim("by-october-28", "r<-b#../2024-10-28")
          .claim("october-27-28", "r<-c#2024-10-27/2024-10-28")
          .claim("winter", "r<-d#2024-24")
          .claim("october-25-perhaps", "r<-e#2024-10-25?")
          .claim("march", "r<-f#2025-03-01")
          .index();

  private List<String> known(Dataset dataset) {
    return dataset.claims().stream().map(c -> c.id().value()).toList();
  }

  @Test
  void theEarliestInstantOfAVagueTimeIsWhenItMayHaveBeenSaid() {
    assertThat(vague.earliestSaid(ClaimId.of("since-august")))
        .contains(Instant.parse("2024-08-01T00:00:00Z"));
    assertThat(vague.earliestSaid(ClaimId.of("by-october-28"))).isEmpty();
    assertThat(vague.dated(ClaimId.of("by-october-28"))).isTrue();
    assertThat(vague.earliestSaid(ClaimId.of("october-27-28")))
        .contains(Instant.parse("2024-10-27T00:00:00Z"));
    assertThat(vague.earliestSaid(ClaimId.of("winter")))
        .contains(Instant.parse("2024-12-01T00:00:00Z"));
    assertThat(vague.earliestSaid(ClaimId.of("october-25-perhaps")))
        .contains(Instant.parse("2024-10-25T00:00:00Z"));
  }

  @Test
  void saidByIncludesTheEarliestInstantItself() {
    Instant august = Instant.parse("2024-08-01T00:00:00Z");
    Instant winter = Instant.parse("2024-12-01T00:00:00Z");

    assertThat(vague.saidBy(ClaimId.of("since-august"), august)).isTrue();
    assertThat(vague.saidBy(ClaimId.of("since-august"), august.minusNanos(1))).isFalse();
    assertThat(vague.saidBy(ClaimId.of("winter"), winter)).isTrue();
    assertThat(vague.saidBy(ClaimId.of("winter"), winter.minusNanos(1))).isFalse();
    assertThat(vague.saidBy(ClaimId.of("by-october-28"), Instant.parse("1900-01-01T00:00:00Z")))
        .as("open towards the past: nothing shows it was not said")
        .isTrue();
  }

  @Test
  void asOfAVagueTimeCutsAtItsLatestInstantIncluded() {
    List<String> byOctober25 = List.of("since-august", "by-october-28", "october-25-perhaps");
    List<String> byOctober28 =
        List.of("since-august", "by-october-28", "october-27-28", "october-25-perhaps");
    List<String> byFebruary =
        List.of("since-august", "by-october-28", "october-27-28", "winter", "october-25-perhaps");
    List<String> all = known(vague.dataset());

    assertThat(known(vague.asOf(ImpreciseTime.parse("2024-10-25?")))).isEqualTo(byOctober25);
    assertThat(known(vague.asOf(ImpreciseTime.parse("../2024-10-28")))).isEqualTo(byOctober28);
    assertThat(known(vague.asOf(ImpreciseTime.parse("2024-10-27/2024-10-28"))))
        .isEqualTo(byOctober28);
    assertThat(known(vague.asOf(Instant.parse("2024-10-28T23:59:59.999999999Z"))))
        .isEqualTo(byOctober28);
    assertThat(known(vague.asOf(ImpreciseTime.parse("2024-24")))).isEqualTo(byFebruary);
    assertThat(known(vague.asOf(Instant.parse("2025-02-28T23:59:59.999999999Z"))))
        .isEqualTo(byFebruary);
    assertThat(known(vague.asOf(Instant.parse("2025-03-01T00:00:00Z")))).isEqualTo(all);
    assertThat(known(vague.asOf(ImpreciseTime.parse("2024-08/..")))).isEqualTo(all);
  }
}
