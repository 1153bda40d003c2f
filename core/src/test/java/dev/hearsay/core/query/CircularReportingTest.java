package dev.hearsay.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.query.CircularReporting.ChainLoop;
import dev.hearsay.core.query.CircularReporting.CitationLoop;
import dev.hearsay.core.query.CircularReporting.DerivationLoop;
import org.junit.jupiter.api.Test;

class CircularReportingTest {
  @Test
  void theWorkedReportHasNoLoop() {
    assertThat(ProvenanceIndex.of(KurskReport.dataset()).circularReporting()).isEmpty();
  }

  @Test
  void anActorComingBackToItsChainIsALoop() {
    ProvenanceIndex index = new Synthetic().claim("x", "report<-a<-b<-a").index();

    assertThat(index.circularReporting()).singleElement()
        .isInstanceOfSatisfying(ChainLoop.class, loop -> {
          assertThat(loop.first()).isEqualTo(1);
          assertThat(loop.again()).isEqualTo(3);
          assertThat(loop.actor()).contains(ActorId.of("a"));
          assertThat(loop.source()).isEmpty();
          assertThat(loop.description())
              .isEqualTo("claims[x].attribution[0] comes back to 'a' at hops 1 and 3:"
                  + " report <- a <- b <- a");
        });
  }

  @Test
  void aSourceComingBackAfterAnotherIsALoopButARunOfOneSourceIsNot() {
    ProvenanceIndex index = new Synthetic()
        .claim("x", "r@s1<-a@s1<-b@s1")
        .claim("y", "r@s1<-a@s2<-b@s1")
        .index();

    assertThat(index.circularReporting()).singleElement()
        .isInstanceOfSatisfying(ChainLoop.class, loop -> {
          assertThat(loop.chain().claim()).isEqualTo(ClaimId.of("y"));
          assertThat(loop.source()).contains(SourceId.of("s1"));
          assertThat(loop.actor()).isEmpty();
          assertThat(loop.first()).isEqualTo(0);
          assertThat(loop.again()).isEqualTo(2);
        });
  }

  @Test
  void aClaimDerivedFromWhatItsRelayerOriginatedIsALoop() {
    ProvenanceIndex index = new Synthetic()
        .claim("x", "wiki<-paper")
        .claim("y", "paper<-blog")
        .claim("z", "blog<-wiki")
        .relation("x", RelationKind.DERIVED_FROM, "y")
        .relation("y", RelationKind.DERIVED_FROM, "z")
        .index();

    assertThat(index.circularReporting()).singleElement()
        .isInstanceOfSatisfying(DerivationLoop.class, loop -> {
          assertThat(loop.path()).extracting(Object::toString).containsExactly("x", "y", "z");
          assertThat(loop.actor().name()).isEqualTo("wiki");
        });
  }

  @Test
  void aDerivationFromTheSameOriginIsNotALoop() {
    ProvenanceIndex index = new Synthetic()
        .claim("x", "report<-officials")
        .claim("y", "report<-officials")
        .relation("x", RelationKind.DERIVED_FROM, "y")
        .index();

    assertThat(index.circularReporting()).isEmpty();
  }

  @Test
  void sourcesCitingThemselvesThroughOthersAreALoop() {
    ProvenanceIndex index = new Synthetic()
        .source("a", "b")
        .source("b", "c", "d")
        .source("c", "a")
        .source("d")
        .source("e", "a")
        .index();

    assertThat(index.circularReporting()).singleElement()
        .isInstanceOfSatisfying(CitationLoop.class, loop -> {
          assertThat(loop.sources()).extracting(SourceId::value).containsExactly("a", "b", "c");
          assertThat(loop.route()).extracting(SourceId::value)
              .containsExactly("a", "b", "c", "a");
          assertThat(loop.description()).isEqualTo("sources cite themselves: a cites b cites c"
              + " cites a");
        });
  }

  @Test
  void twoSeparateCirclesAreTwoLoopsInTheOrderOfTheirFirstSource() {
    ProvenanceIndex index = new Synthetic()
        .source("p", "q")
        .source("a", "b")
        .source("b", "a")
        .source("q", "p")
        .index();

    assertThat(index.circularReporting())
        .extracting(l -> ((CitationLoop) l).route().get(0).value())
        .containsExactly("p", "a");
  }
}
