package dev.hearsay.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parties for and against a claim, and the channels their words came by. */
class EvidenceTest {
  private static final ClaimId X = ClaimId.of("x");

  @Test
  void twoGroupsQuotedByOneNewspaperAreTwoPartiesAndOneChannel() {
    Evidence evidence =
        new Synthetic()
            .claim(
                "x",
                "report<-nyt@nyt-article:PR+<-ua-officials:PR+",
                "report<-nyt@nyt-article:PR+<-us-officials:PR+")
            .index()
            .evidence(X);

    assertThat(names(evidence.partiesFor())).containsExactly("ua-officials", "us-officials");
    assertThat(evidence.partiesAgainst()).isEmpty();
    assertThat(evidence.partiesNeither()).isEmpty();
    assertThat(evidence.channels())
        .singleElement()
        .satisfies(
            channel -> {
              assertThat(channel.chains()).hasSize(2);
              assertThat(channel.parties()).hasSize(2);
              assertThat(channel.sharedActors()).extracting(Actor::name).containsExactly("nyt");
              assertThat(channel.sharedSources())
                  .extracting(s -> s.id().value())
                  .containsExactly("nyt-article");
            });
    assertThat(evidence.summary())
        .isEqualTo(
            "parties: 2 for (ua-officials, us-officials), 0 against; channels: 1 (through nyt)");
  }

  @Test
  void aRepublisherOnTopMakesOneChannelAndLeavesThePartiesAlone() {
    String[] throughReuters = {
      "reuters<-us-officials:PR+", "reuters<-nato:PR+", "reuters<-pentagon:Uu"
    };
    String[] relayedBySite = new String[throughReuters.length];
    for (int i = 0; i < throughReuters.length; i++) {
      relayedBySite[i] = "site<-" + throughReuters[i];
    }

    Evidence relayed = new Synthetic().claim("x", relayedBySite).index().evidence(X);
    Evidence direct = new Synthetic().claim("x", throughReuters).index().evidence(X);

    for (Evidence evidence : List.of(relayed, direct)) {
      assertThat(names(evidence.partiesFor())).containsExactly("us-officials", "nato");
      assertThat(evidence.partiesAgainst()).isEmpty();
      assertThat(names(evidence.partiesNeither())).containsExactly("pentagon");
    }
    assertThat(relayed.channels())
        .singleElement()
        .satisfies(channel -> assertThat(channel.meetingPoint()).isEqualTo("reuters"));
    assertThat(relayed.summary())
        .isEqualTo(
            "parties: 2 for (us-officials, nato), 0 against,"
                + " 1 neither (pentagon); channels: 1 (through reuters)");
    assertThat(direct.channels())
        .hasSize(3)
        .allSatisfy(c -> assertThat(c.sharedActors()).isEmpty());
    assertThat(direct.summary()).endsWith("; channels: 3");
  }

  @Test
  void anOutletThatRelaysAClaimWhileCallingItFalseIsAPartyAgainst() {
    Evidence oneChain =
        new Synthetic().claim("x", "outlet:CT-<-ua-intelligence:CT+").index().evidence(X);
    Evidence twoChains =
        new Synthetic().claim("x", "outlet:CT-", "outlet<-ua-intelligence:CT+").index().evidence(X);

    for (Evidence evidence : List.of(oneChain, twoChains)) {
      assertThat(names(evidence.partiesFor())).containsExactly("ua-intelligence");
      assertThat(names(evidence.partiesAgainst())).containsExactly("outlet");
      assertThat(evidence.parties()).hasSize(2);
    }
    Voice outlet = oneChain.partiesAgainst().get(0).voices().get(0);
    assertThat(outlet.isOrigin()).isFalse();
    assertThat(outlet.hopIndex()).isZero();
    assertThat(oneChain.channels()).hasSize(1);
    assertThat(twoChains.channels()).hasSize(2);
  }

  @Test
  void aDenialIsNeverCountedForTheClaim() {
    Evidence evidence =
        new Synthetic()
            .claim(
                "x",
                "reuters<-ua-intelligence:CT+",
                "reuters<-kremlin:CT-",
                "reuters<-us-official:Uu")
            .index()
            .evidence(X);

    assertThat(names(evidence.partiesFor())).containsExactly("ua-intelligence");
    assertThat(names(evidence.partiesAgainst())).containsExactly("kremlin");
    assertThat(names(evidence.partiesNeither())).containsExactly("us-official");
    assertThat(evidence.channels()).hasSize(3);
  }

  @Test
  void aClaimWithOnlyOpposingChainsHasNoPartyFor() {
    Evidence evidence =
        new Synthetic()
            .claim("x", "report<-kremlin:CT-", "report<-ministry:PR-")
            .index()
            .evidence(X);

    assertThat(evidence.partiesFor()).isEmpty();
    assertThat(names(evidence.partiesAgainst())).containsExactly("kremlin", "ministry");
    assertThat(evidence.summary())
        .isEqualTo("parties: 0 for, 2 against (kremlin, ministry); channels: 2");
  }

  @Test
  void aPartyWithBothStancesCountsUnderEachAndOnce() {
    Evidence evidence =
        new Synthetic()
            .claim("x", "tass<-ministry:CT+", "ria<-ministry:CT-", "ria<-observer:PS+")
            .index()
            .evidence(X);

    assertThat(evidence.parties()).hasSize(2);
    assertThat(names(evidence.partiesFor())).containsExactly("ministry", "observer");
    assertThat(names(evidence.partiesAgainst())).containsExactly("ministry");
    assertThat(evidence.parties().get(0).stances()).containsExactly(Stance.FOR, Stance.AGAINST);
  }

  @Test
  void chainsAreOnePartyWhenTheirOriginsShareAnActorOrTheOriginsOwnSource() {
    Evidence evidence =
        new Synthetic()
            .claim("x", "r<-a@briefing", "r<-b@briefing", "r<-nyt@article<-c", "r<-nyt@article<-d")
            .index()
            .evidence(X);

    assertThat(names(evidence.parties())).containsExactly("a / b", "c", "d");
    assertThat(evidence.channels()).hasSize(2);
    assertThat(evidence.channels().get(0).sharedActors()).isEmpty();
    assertThat(evidence.channels().get(0).sharedSources())
        .extracting(Source::id)
        .extracting(Object::toString)
        .containsExactly("briefing");
  }

  @Test
  void aSharedSourceBelowTheReporterJoinsChannels() {
    Evidence evidence =
        new Synthetic()
            .claim("x", "report<-a@wire", "report<-b@wire", "report<-c@own")
            .index()
            .evidence(X);

    assertThat(evidence.channels()).hasSize(2);
    assertThat(evidence.channels().get(0).sharedSources())
        .extracting(Source::id)
        .extracting(Object::toString)
        .containsExactly("wire");
  }

  @Test
  void joiningIsTransitiveAndNamesEveryMeetingPoint() {
    Evidence evidence =
        new Synthetic().claim("x", "r<-a<-m", "r<-b<-m", "r<-b<-n", "r<-z").index().evidence(X);

    assertThat(evidence.parties()).hasSize(3);
    assertThat(evidence.channels()).hasSize(2);
    assertThat(evidence.channels().get(0).chains()).hasSize(3);
    assertThat(evidence.channels().get(0).sharedActors())
        .extracting(Actor::name)
        .containsExactly("m", "b");
    assertThat(evidence.channels().get(1).chains())
        .extracting(TracedChain::line)
        .containsExactly("r <- z");
  }

  @Test
  void oneSpeakerOnTwoOneHopChainsIsOneChannel() {
    Evidence evidence = new Synthetic().claim("x", "nyt", "nyt@print").index().evidence(X);

    assertThat(evidence.parties()).hasSize(1);
    assertThat(evidence.channels())
        .singleElement()
        .satisfies(
            c -> assertThat(c.sharedActors()).extracting(Actor::name).containsExactly("nyt"));
  }

  @Test
  void twoOutletsCitingTheSameOfficialsAreOnePartyAndOneChannel() {
    Evidence evidence =
        new Synthetic()
            .claim("x", "nyt<-officials")
            .claim("y", "bild<-officials")
            .relation("y", RelationKind.SUPPORTS, "x")
            .index()
            .evidence(X);

    assertThat(evidence.counted()).extracting(r -> r.from().value()).containsExactly("y");
    assertThat(evidence.parties())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.voices())
                    .extracting(v -> v.chain().path())
                    .containsExactly("claims[x].attribution[0]", "claims[y].attribution[0]"));
    assertThat(evidence.channels())
        .singleElement()
        .satisfies(
            c -> assertThat(c.sharedActors()).extracting(Actor::name).containsExactly("officials"));
  }

  @Test
  void supportCountsOnlyTheSupportersVoicesForAndOnlyTowardsItsTarget() {
    ProvenanceIndex index =
        new Synthetic()
            .claim("x", "r<-a")
            .claim("y", "r<-b", "r<-denier:CT-", "r<-unsure:Uu")
            .relation("y", RelationKind.SUPPORTS, "x")
            .relation("y", RelationKind.ELABORATES, "x")
            .index();

    Evidence onX = index.evidence(X);
    Evidence onY = index.evidence(ClaimId.of("y"));

    assertThat(names(onX.partiesFor())).containsExactly("a", "b");
    assertThat(onX.partiesAgainst()).isEmpty();
    assertThat(onX.partiesNeither()).isEmpty();
    assertThat(onX.channels()).hasSize(2);
    assertThat(onX.parties().get(1).voices().get(0).relation()).isPresent();
    assertThat(onY.counted()).isEmpty();
    assertThat(names(onY.parties())).containsExactly("b", "denier", "unsure");
  }

  @Test
  void aDuplicateCountsWithItsOwnStanceInEitherDirection() {
    ProvenanceIndex index =
        new Synthetic()
            .claim("x", "r<-a")
            .claim("y", "s<-kremlin:CT-")
            .relation("x", RelationKind.DUPLICATES, "y")
            .index();

    assertThat(names(index.evidence(X).partiesAgainst())).containsExactly("kremlin");
    assertThat(names(index.evidence(ClaimId.of("y")).partiesFor())).containsExactly("a");
  }

  @Test
  void theSpeakersForAContradictingClaimCountAgainstEitherWay() {
    ProvenanceIndex index =
        new Synthetic()
            .claim("x", "r<-a")
            .claim("y", "s<-b", "s<-c:CT-")
            .relation("y", RelationKind.CONTRADICTS, "x")
            .index();

    Evidence onX = index.evidence(X);
    Evidence onY = index.evidence(ClaimId.of("y"));

    assertThat(names(onX.partiesFor())).containsExactly("a");
    assertThat(names(onX.partiesAgainst())).containsExactly("b");
    assertThat(names(onY.partiesFor())).containsExactly("b");
    assertThat(names(onY.partiesAgainst())).containsExactly("c", "a");
  }

  @Test
  void anUnderminingClaimIsListedAndCountedInNeither() {
    ProvenanceIndex index =
        new Synthetic()
            .claim("x", "r<-a")
            .claim("y", "r<-b")
            .relation("y", RelationKind.UNDERMINES, "x")
            .index();

    Evidence evidence = index.evidence(X);

    assertThat(evidence.undermining()).extracting(r -> r.from().value()).containsExactly("y");
    assertThat(evidence.counted()).isEmpty();
    assertThat(names(evidence.parties())).containsExactly("a");
    assertThat(index.evidence(ClaimId.of("y")).undermining()).isEmpty();
  }

  @Test
  void aClaimNamedByTwoRelationsCountsItsVoicesOnce() {
    Evidence evidence =
        new Synthetic()
            .claim("x", "r<-a")
            .claim("y", "r<-b")
            .relation("y", RelationKind.SUPPORTS, "x")
            .relation("y", RelationKind.DUPLICATES, "x")
            .index()
            .evidence(X);

    assertThat(evidence.counted()).hasSize(2);
    assertThat(evidence.parties()).hasSize(2);
    assertThat(evidence.parties().get(1).voices()).hasSize(1);
    assertThat(evidence.channels()).hasSize(2);
  }

  @Test
  void theWorkedReportsOfficialsAreTwoPartiesThroughTheTimes() {
    Evidence evidence =
        ProvenanceIndex.of(ReportShapedFixture.dataset()).evidence(ReportShapedFixture.SET_TO_JOIN);

    assertThat(evidence.summary())
        .isEqualTo(
            "parties: 2 for (Ukrainian officials, American"
                + " officials), 0 against; channels: 1 (through The New York Times)");
  }

  private static List<String> names(List<Party> parties) {
    return parties.stream().map(Party::name).toList();
  }
}
