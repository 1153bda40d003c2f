package dev.hearsay.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.time.ImpreciseTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AsOfTest {
  private final Dataset dataset = ReportShapedFixture.dataset();
  private final ProvenanceIndex index = ProvenanceIndex.of(dataset);

  @Test
  void whatHadBeenSaidByTheEndOfOctober26() {
    Dataset known = index.asOf(ImpreciseTime.parse("2024-10-26"));

    assertThat(known.claims()).extracting(Claim::id).containsExactly(
        ReportShapedFixture.SET_TO_JOIN, ReportShapedFixture.THOUSANDS_ARRIVED, ReportShapedFixture.NOT_IN_COMBAT,
        ReportShapedFixture.ZELENSKY);
    assertThat(known.actors()).isEqualTo(dataset.actors());
    assertThat(known.sources()).isEqualTo(dataset.sources());
    assertThat(known.relations()).isEmpty();
    assertThat(known.events()).extracting(Event::id).containsExactly(
        ReportShapedFixture.ARRIVAL, ReportShapedFixture.ZELENSKY_STATEMENT, ReportShapedFixture.COMBAT);
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
    assertThat(index.saidBy(ReportShapedFixture.YERMAK, Instant.parse("2024-10-27T00:00:00Z"))).isTrue();
    assertThat(index.saidBy(ReportShapedFixture.YERMAK, Instant.parse("2024-10-26T23:59:59Z"))).isFalse();
  }

  @Test
  void anInstantIsACutOffToo() {
    Dataset known = index.asOf(Instant.parse("2024-10-27T12:00:00Z"));

    assertThat(known.claims()).extracting(Claim::id)
        .contains(ReportShapedFixture.YERMAK).doesNotContain(ReportShapedFixture.TRUCKS);
    assertThat(known.relations()).hasSize(1);
    assertThat(known.events()).extracting(Event::id).contains(ReportShapedFixture.YERMAK_STATEMENT);
  }

  @Test
  void undatedClaimsAreKeptAndEventsWithoutClaimsToo() {
    ProvenanceIndex synthetic = new Synthetic()
        .claim("undated", "r<-a")
        .claim("late", "r<-b#2024-10-30")
        .claim("published-early", "r@paper<-c")
        .published("paper", "2024-10-01")
        .event("unattested", "2024-10-29")
        .event("late-event", "2024-10-01", "late")
        .index();

    Dataset known = synthetic.asOf(ImpreciseTime.parse("2024-10-26"));

    assertThat(known.claims()).extracting(c -> c.id().value())
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
}
