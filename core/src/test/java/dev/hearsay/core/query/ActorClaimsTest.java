package dev.hearsay.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Claim;
import org.junit.jupiter.api.Test;

class ActorClaimsTest {
  private final ProvenanceIndex index = ProvenanceIndex.of(ReportShapedFixture.dataset());

  @Test
  void theTimesRelaysTheOfficialsAndOriginatesItsOwnWords() {
    ActorClaims nyt = index.claimsOf(ActorId.of("nyt"));

    assertThat(nyt.actor().name()).isEqualTo("The New York Times");
    assertThat(nyt.relayed())
        .extracting(Claim::id)
        .containsExactly(ReportShapedFixture.SET_TO_JOIN);
    assertThat(nyt.asserted())
        .extracting(Claim::id)
        .containsExactly(ReportShapedFixture.THOUSANDS_ARRIVED);
    assertThat(nyt.denied())
        .extracting(Claim::id)
        .containsExactly(ReportShapedFixture.NOT_IN_COMBAT);
    assertThat(nyt.withheld()).isEmpty();
    assertThat(nyt.about()).isEmpty();
  }

  @Test
  void aSubjectIsNeitherOriginNorRelay() {
    ActorClaims northKorea = index.claimsOf(ActorId.of("north-korea"));

    assertThat(northKorea.about()).hasSize(7);
    assertThat(northKorea.asserted()).isEmpty();
    assertThat(northKorea.denied()).isEmpty();
    assertThat(northKorea.relayed()).isEmpty();
  }

  @Test
  void eachClaimIsListedOnceEvenWhenTheActorIsOnSeveralChains() {
    ActorClaims officials = index.claimsOf(ActorId.of("ua-officials"));
    ActorClaims report = index.claimsOf(ActorId.of("report-outlet"));

    assertThat(officials.asserted())
        .extracting(Claim::id)
        .containsExactly(ReportShapedFixture.SET_TO_JOIN);
    assertThat(report.relayed()).hasSize(7).doesNotHaveDuplicates();
  }

  @Test
  void anActorCanOriginateAndRelayTheSameClaim() {
    ProvenanceIndex synthetic =
        new Synthetic().claim("x", "r<-a<-b", "r<-a").about("x", "b").index();

    ActorClaims a = synthetic.claimsOf(ActorId.of("a"));
    ActorClaims b = synthetic.claimsOf(ActorId.of("b"));

    assertThat(a.asserted()).hasSize(1);
    assertThat(a.relayed()).hasSize(1);
    assertThat(b.asserted()).hasSize(1);
    assertThat(b.about()).hasSize(1);
  }

  @Test
  void aDenialIsNotAnAssertionAndNeitherIsDecliningToConfirm() {
    ProvenanceIndex index =
        new Synthetic()
            .claim(
                "x", "reuters<-ua-intelligence:CT+", "reuters<-kremlin:CT-", "reuters<-pentagon:Uu")
            .claim("y", "kremlin:PR+<-tass:Uu")
            .index();

    ActorClaims kremlin = index.claimsOf(ActorId.of("kremlin"));
    ActorClaims pentagon = index.claimsOf(ActorId.of("pentagon"));
    ActorClaims reuters = index.claimsOf(ActorId.of("reuters"));

    assertThat(kremlin.denied()).extracting(c -> c.id().value()).containsExactly("x");
    assertThat(kremlin.asserted()).extracting(c -> c.id().value()).containsExactly("y");
    assertThat(kremlin.relayed()).extracting(c -> c.id().value()).containsExactly("y");
    assertThat(pentagon.withheld()).extracting(c -> c.id().value()).containsExactly("x");
    assertThat(pentagon.asserted()).isEmpty();
    assertThat(reuters.asserted()).isEmpty();
    assertThat(reuters.relayed()).hasSize(1);
    assertThat(index.claimsOf(ActorId.of("tass")).withheld()).hasSize(1);
  }

  @Test
  void anUnknownActorIsRefusedByName() {
    assertThatThrownBy(() -> index.claimsOf(ActorId.of("nobody")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nobody'");
  }
}
