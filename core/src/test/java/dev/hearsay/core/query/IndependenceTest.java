package dev.hearsay.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.Source;
import org.junit.jupiter.api.Test;

class IndependenceTest {
  @Test
  void theWorkedReportsTwoChainsMeetAtTheTimesAndCountOnce() {
    Independence independence =
        ProvenanceIndex.of(ReportShapedFixture.dataset()).independence(ReportShapedFixture.SET_TO_JOIN);

    assertThat(independence.count()).isEqualTo(1);
    Independence.Group group = independence.groups().get(0);
    assertThat(group.chains()).hasSize(2);
    assertThat(group.sharedActors()).extracting(Actor::name)
        .containsExactly("The New York Times");
    assertThat(group.sharedSources()).extracting(s -> s.id().value())
        .containsExactly("nyt-article");
  }

  @Test
  void twoOutletsCitingTheSameOfficialsCountOnce() {
    ProvenanceIndex index = new Synthetic()
        .claim("x", "nyt<-officials")
        .claim("y", "bild<-officials")
        .relation("y", RelationKind.SUPPORTS, "x")
        .index();

    Independence independence = index.independence(ClaimId.of("x"));

    assertThat(independence.backing()).extracting(c -> c.id().value()).containsExactly("y");
    assertThat(independence.count()).isEqualTo(1);
    assertThat(independence.groups().get(0).sharedActors()).extracting(Actor::name)
        .containsExactly("officials");
    assertThat(independence.groups().get(0).chains()).extracting(TracedChain::path)
        .containsExactly("claims[x].attribution[0]", "claims[y].attribution[0]");
  }

  @Test
  void distinctOriginsBehindOneReporterStayApart() {
    ProvenanceIndex index = new Synthetic().claim("x", "report<-ua", "report<-us").index();

    Independence independence = index.independence(ClaimId.of("x"));

    assertThat(independence.count()).isEqualTo(2);
    assertThat(independence.groups()).allSatisfy(g -> {
      assertThat(g.chains()).hasSize(1);
      assertThat(g.sharedActors()).isEmpty();
      assertThat(g.sharedSources()).isEmpty();
    });
  }

  @Test
  void aSharedSourceBelowTheReporterMerges() {
    ProvenanceIndex index = new Synthetic()
        .claim("x", "report<-a@wire", "report<-b@wire", "report<-c@own")
        .index();

    Independence independence = index.independence(ClaimId.of("x"));

    assertThat(independence.count()).isEqualTo(2);
    assertThat(independence.groups().get(0).sharedSources()).extracting(Source::id)
        .extracting(Object::toString).containsExactly("wire");
    assertThat(independence.groups().get(0).sharedActors()).isEmpty();
  }

  @Test
  void aChainThatRelaysAnotherChainsReporterDependsOnIt() {
    ProvenanceIndex index = new Synthetic()
        .claim("x", "nyt")
        .claim("y", "bild<-nyt<-officials")
        .relation("x", RelationKind.DUPLICATES, "y")
        .index();

    assertThat(index.independence(ClaimId.of("x")).count()).isEqualTo(1);
    assertThat(index.independence(ClaimId.of("y")).count()).isEqualTo(1);
    assertThat(index.independence(ClaimId.of("y")).backing()).extracting(Claim::id)
        .extracting(Object::toString).containsExactly("x");
  }

  @Test
  void mergingIsTransitiveAndNamesEveryMeetingPoint() {
    ProvenanceIndex index = new Synthetic()
        .claim("x", "r<-a<-m", "r<-b<-m", "r<-b<-n", "r<-z")
        .index();

    Independence independence = index.independence(ClaimId.of("x"));

    assertThat(independence.count()).isEqualTo(2);
    assertThat(independence.groups().get(0).chains()).hasSize(3);
    assertThat(independence.groups().get(0).sharedActors()).extracting(Actor::name)
        .containsExactly("m", "b");
    assertThat(independence.groups().get(1).chains()).extracting(TracedChain::line)
        .containsExactly("r <- z");
  }

  @Test
  void supportOnlyBacksTheClaimItPointsTo() {
    ProvenanceIndex index = new Synthetic()
        .claim("x", "r<-a")
        .claim("y", "r<-b")
        .relation("y", RelationKind.SUPPORTS, "x")
        .relation("y", RelationKind.ELABORATES, "x")
        .index();

    assertThat(index.independence(ClaimId.of("x")).count()).isEqualTo(2);
    assertThat(index.independence(ClaimId.of("y")).count()).isEqualTo(1);
    assertThat(index.independence(ClaimId.of("y")).backing()).isEmpty();
  }
}
