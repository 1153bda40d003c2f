package dev.hearsay.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ClaimId;
import org.junit.jupiter.api.Test;

class TraceTest {
  private final ProvenanceIndex index = ProvenanceIndex.of(ReportShapedFixture.dataset());

  @Test
  void readsEachChainOfTheWorkedReportAsALineOfActorNames() {
    Trace trace = index.trace(ReportShapedFixture.SET_TO_JOIN);

    assertThat(trace.lines())
        .containsExactly(
            "report <- The New York Times <- Ukrainian officials",
            "report <- The New York Times <- American officials");
    assertThat(trace.chains())
        .extracting(TracedChain::path)
        .containsExactly(
            "claims[c-set-to-join].attribution[0]", "claims[c-set-to-join].attribution[1]");
  }

  @Test
  void originsAreTheInnermostActorsAndRelayersTheOthers() {
    Trace trace = index.trace(ReportShapedFixture.SET_TO_JOIN);

    assertThat(trace.origins())
        .extracting(Actor::name)
        .containsExactly("Ukrainian officials", "American officials");
    assertThat(trace.relayers())
        .extracting(Actor::name)
        .containsExactly("report", "The New York Times");
    assertThat(trace.chains().get(0).origin().cue()).contains("citing");
  }

  @Test
  void threeHopsThroughResearch() {
    Trace trace = index.trace(ReportShapedFixture.ARMS_VALUE);

    assertThat(trace.lines()).containsExactly("report <- BILD <- Elena Guseinova");
    assertThat(trace.chains().get(0).origin().source().map(Object::toString))
        .contains("guseinova-research");
    assertThat(trace.relayers()).extracting(Actor::name).containsExactly("report", "BILD");
  }

  @Test
  void anActorThatIsAnOriginInOneChainIsNotARelayer() {
    ProvenanceIndex synthetic = new Synthetic().claim("x", "r<-a<-b", "r<-b").index();

    Trace trace = synthetic.trace(ClaimId.of("x"));

    assertThat(trace.origins()).extracting(Actor::name).containsExactly("b");
    assertThat(trace.relayers()).extracting(Actor::name).containsExactly("r", "a");
  }

  @Test
  void anUnknownClaimIsRefusedByName() {
    assertThatThrownBy(() -> index.trace(ClaimId.of("c-nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'c-nope'");
  }
}
