package dev.hearsay.core.corpus;

import static dev.hearsay.core.corpus.Reports.AGAINST;
import static dev.hearsay.core.corpus.Reports.FOR;
import static dev.hearsay.core.corpus.Reports.RELAY;
import static dev.hearsay.core.corpus.Reports.anonymous;
import static dev.hearsay.core.corpus.Reports.chain;
import static dev.hearsay.core.corpus.Reports.claim;
import static dev.hearsay.core.corpus.Reports.corpus;
import static dev.hearsay.core.corpus.Reports.dataset;
import static dev.hearsay.core.corpus.Reports.event;
import static dev.hearsay.core.corpus.Reports.hop;
import static dev.hearsay.core.corpus.Reports.outlet;
import static dev.hearsay.core.corpus.Reports.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Identifier;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Stance;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.query.Conflict;
import dev.hearsay.core.time.ImpreciseTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusIndexTest {
  private static final Identifier NYT = Identifier.wikidata("Q9684");
  private static final Identifier REUTERS = Identifier.wikidata("Q130879");
  private static final Identifier KYIV_INDEPENDENT = Identifier.wikidata("Q96374408");

  /** A Kyiv outlet relays the NYT, which cites Ukrainian and U.S. officials. */
  private static Dataset kyiv() {
    return dataset("Kyiv")
        .addActors(
            outlet("kyiv-post"),
            outlet("nyt", NYT),
            anonymous("ukrainian-officials", "Ukrainian officials"),
            anonymous("us-officials", "U.S. officials"))
        .addClaims(
            claim(
                "c-troops",
                chain(hop("kyiv-post", RELAY), hop("nyt", RELAY), hop("ukrainian-officials", FOR)),
                chain(hop("kyiv-post", RELAY), hop("nyt", RELAY), hop("us-officials", FOR))))
        .addEvents(event("e-arrival", "2024-10", "c-troops"))
        .build();
  }

  /** A blog relays the same NYT article, which it names otherwise, citing American officials. */
  private static Dataset ooda() {
    return dataset("OODA")
        .addActors(
            outlet("ooda"),
            outlet("new-york-times", NYT),
            anonymous("american-officials", "American officials"))
        .addClaims(
            claim(
                "c-kursk",
                hop("ooda", RELAY),
                hop("new-york-times", RELAY),
                hop("american-officials", FOR)))
        .addEvents(event("e-troops-arrive", "2024-10-25", "c-kursk"))
        .build();
  }

  /** Reuters confirms, citing two U.S. officials, and relays the Kremlin's denial. */
  private static Dataset reuters() {
    Hop late =
        new Hop.Builder()
            .actor("reuters")
            .mode(ReportingMode.PARAPHRASE)
            .commitment(FOR)
            .time(TimeMention.of("2024-11-05"))
            .build();
    return dataset("Reuters")
        .addActors(
            outlet("reuters", REUTERS),
            anonymous("two-us-officials", "Two U.S. officials"),
            person("kremlin", "The Kremlin"))
        .addClaims(
            claim(
                "c-nk",
                chain(hop("reuters", FOR)),
                chain(hop("reuters", RELAY), hop("two-us-officials", FOR)),
                chain(hop("reuters", RELAY), hop("kremlin", AGAINST))),
            claim("c-later", late))
        .addEvents(
            event("e-september", "2024-09", "c-nk"), event("e-fighting", "2024-10-27", "c-nk"))
        .build();
  }

  private static Links.Builder links(IdentityStatement... statements) {
    return new Links.Builder()
        .addIdentities(statements)
        .addClaims(
            ClaimLink.of(
                ClaimRef.of("ooda", "c-kursk"),
                RelationKind.DUPLICATES,
                ClaimRef.of("kyiv", "c-troops")),
            ClaimLink.of(
                ClaimRef.of("reuters", "c-nk"),
                RelationKind.DUPLICATES,
                ClaimRef.of("kyiv", "c-troops")),
            ClaimLink.of(
                ClaimRef.of("reuters", "c-later"),
                RelationKind.SUPPORTS,
                ClaimRef.of("kyiv", "c-troops")))
        .addEvents(
            EventLink.of(EventRef.of("kyiv", "e-arrival"), EventRef.of("ooda", "e-troops-arrive")));
  }

  private static final IdentityStatement US_TWO =
      IdentityStatement.of(
          Identity.POSSIBLY_SAME,
          EntityRef.actor("kyiv", "us-officials"),
          EntityRef.actor("reuters", "two-us-officials"));
  private static final IdentityStatement AMERICAN_TWO =
      IdentityStatement.of(
          Identity.POSSIBLY_SAME,
          EntityRef.actor("ooda", "american-officials"),
          EntityRef.actor("reuters", "two-us-officials"));

  private static CorpusIndex index(Links links) {
    return CorpusIndex.of(
        corpus()
            .add("kyiv", kyiv())
            .add("ooda", ooda())
            .add("reuters", reuters())
            .links(links)
            .build());
  }

  private static List<String> names(List<CorpusParty> parties) {
    return parties.stream().map(CorpusParty::name).toList();
  }

  @Test
  void duplicatesWithinAndAcrossDatasetsMakeOneCluster() {
    CorpusIndex index = index(links().build());

    ClaimCluster cluster = index.clusterOf(ClaimRef.of("ooda", "c-kursk"));

    assertThat(cluster.claims())
        .containsExactly(
            ClaimRef.of("kyiv", "c-troops"),
            ClaimRef.of("ooda", "c-kursk"),
            ClaimRef.of("reuters", "c-nk"));
    assertThat(index.clusterOf(ClaimRef.of("reuters", "c-later")).claims()).hasSize(1);
    assertThat(index.clusters()).hasSize(2);
    assertThatThrownBy(() -> index.clusterOf(ClaimRef.of("kyiv", "c-none")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void partiesAcrossDatasetsAreOneWhenTheirEntitiesAreAndPossiblySameMakesAnInterval() {
    CorpusEvidence evidence =
        index(links(US_TWO, AMERICAN_TWO).build()).evidence(ClaimRef.of("kyiv", "c-troops"));

    assertThat(names(evidence.parties(Stance.FOR)))
        .containsExactly(
            "Ukrainian officials",
            "U.S. officials",
            "American officials",
            "Outlet reuters",
            "Two U.S. officials");
    assertThat(names(evidence.parties(Stance.AGAINST))).containsExactly("The Kremlin");
    assertThat(evidence.partiesFor())
        .isEqualTo(new PartyCount(3, 5, true, 3, List.of(US_TWO, AMERICAN_TWO)));
    assertThat(evidence.partiesAgainst()).isEqualTo(PartyCount.of(1));
    assertThat(evidence.allParties().min()).isEqualTo(4);
    assertThat(evidence.allParties().max()).isEqualTo(6);
    assertThat(evidence.partition()).isEmpty();
    assertThat(evidence.count(Stance.FOR)).isEqualTo(evidence.partiesFor());
    assertThat(evidence.count(Stance.AGAINST)).isEqualTo(PartyCount.of(1));
    assertThat(evidence.count(Stance.NEITHER)).isEqualTo(PartyCount.of(0));
    assertThat(evidence.summary())
        .contains(
            "; possibly the same: kyiv/actor/us-officials and reuters/actor/two-us-officials;"
                + " ooda/actor/american-officials and reuters/actor/two-us-officials;");
    assertThat(evidence.counted()).extracting(ClaimLink::kind).contains(RelationKind.SUPPORTS);
  }

  @Test
  void aDistinctPairInsideTheComponentIsCountedExactly() {
    IdentityStatement apart =
        IdentityStatement.of(
            Identity.DISTINCT,
            EntityRef.actor("kyiv", "us-officials"),
            EntityRef.actor("ooda", "american-officials"));

    CorpusEvidence evidence =
        index(links(US_TWO, AMERICAN_TWO, apart).build()).evidence(ClaimRef.of("kyiv", "c-troops"));

    assertThat(evidence.partiesFor().min())
        .as("two officials join one group, not both")
        .isEqualTo(4);
    assertThat(evidence.partiesFor().max()).isEqualTo(5);
    assertThat(evidence.partiesFor().exact()).isTrue();
  }

  @Test
  void withoutStatementsThePartiesAreApartAndTheAnonymousOnesUnresolved() {
    CorpusEvidence evidence = index(links().build()).evidence(ClaimRef.of("kyiv", "c-troops"));

    assertThat(evidence.partiesFor()).isEqualTo(PartyCount.of(5));
    assertThat(evidence.unresolved())
        .containsExactly(
            EntityRef.actor("kyiv", "ukrainian-officials"),
            EntityRef.actor("kyiv", "us-officials"),
            EntityRef.actor("ooda", "american-officials"),
            EntityRef.actor("reuters", "two-us-officials"));
    assertThat(evidence.summary())
        .isEqualTo(
            "parties: 5 for (Ukrainian officials, U.S."
                + " officials, American officials, Outlet reuters, Two U.S. officials), 1 against (The"
                + " Kremlin); channels: 4; unresolved: kyiv/actor/ukrainian-officials,"
                + " kyiv/actor/us-officials, ooda/actor/american-officials,"
                + " reuters/actor/two-us-officials; only relayed: kyiv, ooda");
  }

  @Test
  void chainsThatMeetAtOneEntityAcrossDatasetsAreOneChannel() {
    CorpusEvidence evidence = index(links().build()).evidence(ClaimRef.of("kyiv", "c-troops"));

    CorpusChannel throughNyt = evidence.channels().get(0);
    assertThat(throughNyt.chains())
        .extracting(CorpusChain::dataset)
        .containsExactly(DatasetId.of("kyiv"), DatasetId.of("kyiv"), DatasetId.of("ooda"));
    assertThat(throughNyt.meetingPoints()).containsExactly(EntityRef.actor("kyiv", "nyt"));
    assertThat(evidence.channels()).hasSize(4);
    assertThat(evidence.relayedOnly()).containsExactly(DatasetId.of("kyiv"), DatasetId.of("ooda"));
  }

  @Test
  void withoutTheSharedIdentifierTheTwoNytAreTwoChannels() {
    Dataset oodaWithoutQid =
        ooda().toBuilder()
            .build()
            .withActors(
                outlet("ooda"),
                outlet("new-york-times"),
                anonymous("american-officials", "American officials"));
    CorpusIndex index =
        CorpusIndex.of(
            corpus()
                .add("kyiv", kyiv())
                .add("ooda", oodaWithoutQid)
                .add("reuters", reuters())
                .links(links().build())
                .build());

    assertThat(index.evidence(ClaimRef.of("kyiv", "c-troops")).channels()).hasSize(5);
  }

  @Test
  void aContradictingLinkCountsTheOtherClaimsVoicesAgainst() {
    Dataset tass =
        dataset("TASS")
            .addActors(outlet("tass"), person("peskov", "Dmitry Peskov"))
            .addClaims(claim("c-fake", hop("tass", RELAY), hop("peskov", FOR)))
            .build();
    Corpus corpus =
        corpus()
            .add("kyiv", kyiv())
            .add("tass", tass)
            .links(
                new Links.Builder()
                    .addClaims(
                        ClaimLink.of(
                            ClaimRef.of("tass", "c-fake"),
                            RelationKind.CONTRADICTS,
                            ClaimRef.of("kyiv", "c-troops")))
                    .build())
            .build();
    CorpusIndex index = CorpusIndex.of(corpus);

    CorpusEvidence evidence = index.evidence(ClaimRef.of("kyiv", "c-troops"));

    assertThat(names(evidence.parties(Stance.AGAINST))).containsExactly("Dmitry Peskov");
    assertThat(evidence.parties(Stance.AGAINST).get(0).voices().get(0).link()).isPresent();
    assertThat(evidence.parties(Stance.AGAINST).get(0).voices().get(0).isOwn()).isFalse();
    assertThat(evidence.parties(Stance.FOR).get(0).voices().get(0).isOwn()).isTrue();
    assertThat(index.conflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Conflict.Kind.CONTRADICTION);
              assertThat(c.description())
                  .isEqualTo("contradiction: tass/c-fake for, kyiv/c-troops for");
            });
  }

  @Test
  void linksCountOneWayAndUnderminingCountsNothing() {
    Dataset other =
        dataset("Other")
            .addActors(person("analyst", "An analyst"))
            .addClaims(
                claim("c-risk", hop("analyst", FOR)), claim("c-follows", hop("analyst", FOR)))
            .build();
    Corpus corpus =
        corpus()
            .add("kyiv", kyiv())
            .add("other", other)
            .links(
                new Links.Builder()
                    .addClaims(
                        ClaimLink.of(
                            ClaimRef.of("other", "c-risk"),
                            RelationKind.UNDERMINES,
                            ClaimRef.of("kyiv", "c-troops")),
                        ClaimLink.of(
                            ClaimRef.of("kyiv", "c-troops"),
                            RelationKind.SUPPORTS,
                            ClaimRef.of("other", "c-follows")))
                    .build())
            .build();
    CorpusIndex index = CorpusIndex.of(corpus);

    CorpusEvidence troops = index.evidence(ClaimRef.of("kyiv", "c-troops"));
    CorpusEvidence follows = index.evidence(ClaimRef.of("other", "c-follows"));

    assertThat(troops.undermining()).containsExactly(corpus.links().claims().get(0));
    assertThat(names(troops.parties())).doesNotContain("An analyst");
    assertThat(names(follows.parties(Stance.FOR)))
        .containsExactly("An analyst", "Ukrainian officials", "U.S. officials");
    assertThat(follows.counted()).containsExactly(corpus.links().claims().get(1));
  }

  @Test
  void voicesWhoseOwnSourcesAreOneEntityAreOneParty() {
    Dataset a =
        dataset("A")
            .addActors(outlet("site"), person("analyst", "An analyst"))
            .addSources(Reports.article("paper"))
            .addClaims(claim("c", hop("site", RELAY), hop("analyst", "paper", FOR)))
            .build();
    Dataset b =
        dataset("B")
            .addActors(outlet("blog"), person("author", "The author"))
            .addSources(Reports.article("study"))
            .addClaims(claim("c", hop("blog", RELAY), hop("author", "study", FOR)))
            .build();
    Links.Builder links =
        new Links.Builder()
            .addClaims(
                ClaimLink.of(
                    ClaimRef.of("a", "c"), RelationKind.DUPLICATES, ClaimRef.of("b", "c")));
    IdentityStatement samePaper =
        IdentityStatement.of(
            Identity.SAME, EntityRef.source("a", "paper"), EntityRef.source("b", "study"));

    CorpusEvidence apart =
        CorpusIndex.of(corpus().add("a", a).add("b", b).links(links.build()).build())
            .evidence(ClaimRef.of("a", "c"));
    CorpusEvidence one =
        CorpusIndex.of(
                corpus()
                    .add("a", a)
                    .add("b", b)
                    .links(links.addIdentities(samePaper).build())
                    .build())
            .evidence(ClaimRef.of("a", "c"));

    assertThat(apart.partiesFor()).isEqualTo(PartyCount.of(2));
    assertThat(names(one.parties())).containsExactly("An analyst / The author");
    CorpusParty both = one.parties().get(0);
    assertThat(both.actors())
        .containsExactly(EntityRef.actor("a", "analyst"), EntityRef.actor("b", "author"));
    assertThat(both.datasets()).containsExactly(DatasetId.of("a"), DatasetId.of("b"));
    assertThat(both.stances()).containsExactly(Stance.FOR);
    assertThat(one.channels())
        .singleElement()
        .satisfies(
            c -> assertThat(c.meetingPoints()).containsExactly(EntityRef.source("a", "paper")));
  }

  @Test
  void partiesOfTwoDatasetsOnTwoSidesOfAClusterAreAConflict() {
    List<CorpusConflict> conflicts = index(links().build()).conflicts();

    assertThat(conflicts).extracting(CorpusConflict::kind).contains(Conflict.Kind.PARTIES_DISAGREE);
    CorpusConflict disagree = conflicts.get(0);
    assertThat(disagree.first().voices())
        .extracting(CorpusVoice::dataset)
        .contains(DatasetId.of("kyiv"), DatasetId.of("ooda"), DatasetId.of("reuters"));
    assertThat(disagree.second().voices())
        .extracting(v -> v.actor().name())
        .containsExactly("The Kremlin");
  }

  @Test
  void claimsOfLinkedEventsOpposedAtOverlappingTimesAreAConflict() {
    Dataset denial =
        dataset("Denial")
            .addActors(person("kremlin", "The Kremlin"))
            .addClaims(claim("c-no-troops", hop("kremlin", AGAINST)))
            .addEvents(event("e-deployment", "2024-10-20", "c-no-troops"))
            .build();
    Dataset later =
        dataset("Later")
            .addActors(person("kremlin", "The Kremlin"))
            .addClaims(claim("c-no-troops-2", hop("kremlin", AGAINST)))
            .addEvents(event("e-deployment", "2024-12", "c-no-troops-2"))
            .build();
    CorpusIndex index =
        CorpusIndex.of(
            corpus()
                .add("kyiv", kyiv())
                .add("denial", denial)
                .add("later", later)
                .links(
                    new Links.Builder()
                        .addEvents(
                            EventLink.of(
                                EventRef.of("kyiv", "e-arrival"),
                                EventRef.of("denial", "e-deployment")),
                            EventLink.of(
                                EventRef.of("kyiv", "e-arrival"),
                                EventRef.of("later", "e-deployment")))
                        .build())
                .build());

    assertThat(index.conflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Conflict.Kind.OPPOSED_ON_EVENT);
              assertThat(c.first().claim()).isEqualTo(ClaimRef.of("kyiv", "c-troops"));
              assertThat(c.second().claim()).isEqualTo(ClaimRef.of("denial", "c-no-troops"));
              assertThat(c.events())
                  .containsExactly(
                      EventRef.of("kyiv", "e-arrival"), EventRef.of("denial", "e-deployment"));
            });
  }

  @Test
  void anOutletRelayingARelayOfItselfAcrossReportsIsCircular() {
    Dataset a =
        dataset("A")
            .addActors(outlet("site"), outlet("reuters", REUTERS), outlet("ki", KYIV_INDEPENDENT))
            .addClaims(claim("c", hop("site", RELAY), hop("reuters", RELAY), hop("ki", FOR)))
            .build();
    Dataset b =
        dataset("B")
            .addActors(
                outlet("blog"),
                outlet("kyiv-independent", KYIV_INDEPENDENT),
                outlet("reuters-agency", REUTERS))
            .addClaims(
                claim(
                    "c",
                    hop("blog", RELAY),
                    hop("kyiv-independent", RELAY),
                    hop("reuters-agency", FOR)))
            .build();
    Links links =
        new Links.Builder()
            .addClaims(
                ClaimLink.of(ClaimRef.of("a", "c"), RelationKind.DUPLICATES, ClaimRef.of("b", "c")))
            .build();

    List<CorpusLoop> loops =
        CorpusIndex.of(corpus().add("a", a).add("b", b).links(links).build()).circularReporting();

    assertThat(loops)
        .singleElement()
        .satisfies(
            loop -> {
              assertThat(loop.actors())
                  .containsExactly(EntityRef.actor("a", "reuters"), EntityRef.actor("a", "ki"));
              assertThat(loop.description())
                  .isEqualTo("a/actor/reuters relays a/actor/ki relays a/actor/reuters (a, b)");
            });
    assertThat(CorpusIndex.of(corpus().add("a", a).add("b", b).build()).circularReporting())
        .as("two separate claims are no loop")
        .isEmpty();
  }

  @Test
  void theTraceListsEveryChainOfTheClusterAndItsOriginsAsEntities() {
    CorpusTrace trace = index(links().build()).trace(ClaimRef.of("ooda", "c-kursk"));

    assertThat(trace.lines())
        .containsExactly(
            "kyiv: Outlet kyiv-post <- Outlet nyt <- Ukrainian officials",
            "kyiv: Outlet kyiv-post <- Outlet nyt <- U.S. officials",
            "ooda: Outlet ooda <- Outlet new-york-times <- American officials",
            "reuters: Outlet reuters",
            "reuters: Outlet reuters <- Two U.S. officials",
            "reuters: Outlet reuters <- The Kremlin");
    assertThat(trace.origins()).hasSize(6);
    assertThat(trace.datasets()).hasSize(3);
  }

  @Test
  void theTimelineShowsLinkedEventsOnceInOrderWithOverlapsMarked() {
    List<CorpusTimelineEntry> timeline = index(links().build()).timeline();

    assertThat(timeline)
        .extracting(e -> e.events().toString())
        .containsExactly(
            "[reuters/e-september]",
            "[kyiv/e-arrival, ooda/e-troops-arrive]",
            "[reuters/e-fighting]");
    assertThat(timeline.get(1).time()).contains(ImpreciseTime.parse("2024-10"));
    assertThat(timeline.get(1).description()).isEqualTo("Event e-arrival");
    assertThat(timeline.get(1).claims())
        .containsExactly(ClaimRef.of("kyiv", "c-troops"), ClaimRef.of("ooda", "c-kursk"));
    assertThat(timeline)
        .extracting(CorpusTimelineEntry::orderUndetermined)
        .containsExactly(false, true, true);
  }

  @Test
  void asOfADateKeepsWhatHadBeenSaidAndTheLinksBetweenIt() {
    CorpusIndex index = index(links(US_TWO).build());

    Corpus known = index.asOf(ImpreciseTime.parse("2024-10-30"));

    assertThat(known.dataset(DatasetId.of("reuters")).orElseThrow().claims())
        .extracting(c -> c.id().value())
        .containsExactly("c-nk");
    assertThat(known.links().claims()).hasSize(2);
    assertThat(known.links().identities()).containsExactly(US_TWO);
    assertThat(CorpusIndex.of(known).evidence(ClaimRef.of("kyiv", "c-troops")).counted())
        .noneMatch(l -> l.kind() == RelationKind.SUPPORTS);
  }

  @Test
  void aDuplicatesRelationInsideADatasetJoinsItsClaimsAndNoOtherRelationDoes() {
    Dataset one =
        dataset("One")
            .addActors(outlet("site"))
            .addClaims(
                claim("c1", hop("site", FOR)),
                claim("c2", hop("site", FOR)),
                claim("c3", hop("site", FOR)))
            .addRelations(
                new Relation.Builder().from("c2").kind(RelationKind.DUPLICATES).to("c1").build(),
                new Relation.Builder().from("c3").kind(RelationKind.SUPPORTS).to("c1").build())
            .build();

    CorpusIndex index = CorpusIndex.of(corpus().add("one", one).build());

    assertThat(index.clusterOf(ClaimRef.of("one", "c1")).claims())
        .containsExactly(ClaimRef.of("one", "c1"), ClaimRef.of("one", "c2"));
    assertThat(index.clusterOf(ClaimRef.of("one", "c3")).claims())
        .containsExactly(ClaimRef.of("one", "c3"));
  }

  @Test
  void oneDatasetForAndAnotherAgainstOnOneClusterAreAConflict() {
    Dataset says =
        dataset("Says")
            .addActors(person("minister", "A minister"))
            .addClaims(claim("c", hop("minister", FOR)))
            .build();
    Dataset denies =
        dataset("Denies")
            .addActors(person("spokesman", "A spokesman"))
            .addClaims(claim("c", hop("spokesman", AGAINST)))
            .build();
    Links links =
        new Links.Builder()
            .addClaims(
                ClaimLink.of(
                    ClaimRef.of("denies", "c"), RelationKind.DUPLICATES, ClaimRef.of("says", "c")))
            .build();

    List<CorpusConflict> conflicts =
        CorpusIndex.of(corpus().add("says", says).add("denies", denies).links(links).build())
            .conflicts();

    assertThat(conflicts)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Conflict.Kind.PARTIES_DISAGREE);
              assertThat(c.first().voices())
                  .extracting(v -> v.actor().name())
                  .containsExactly("A minister");
              assertThat(c.second().voices())
                  .extracting(v -> v.actor().name())
                  .containsExactly("A spokesman");
            });
  }

  @Test
  void undatedEventsComeLastOnTheTimeline() {
    Dataset report =
        dataset("Report")
            .addActors(outlet("site"))
            .addClaims(claim("c", hop("site", FOR)))
            .addEvents(
                event("e-undated", null, "c"),
                event("e-later", "2024-11", "c"),
                event("e-earlier", "2024-09", "c"))
            .build();

    List<CorpusTimelineEntry> timeline =
        CorpusIndex.of(corpus().add("r", report).build()).timeline();

    assertThat(timeline)
        .extracting(CorpusTimelineEntry::description)
        .containsExactly("Event e-earlier", "Event e-later", "Event e-undated");
    assertThat(timeline)
        .extracting(CorpusTimelineEntry::orderUndetermined)
        .containsExactly(false, false, false);
  }

  @Test
  void eventsInOneSecondOverlapAndAnOpenStartOverlapsNothingBeforeIt() {
    Dataset report =
        dataset("Report")
            .addActors(outlet("site"))
            .addClaims(claim("c", hop("site", FOR)))
            .addEvents(
                event("e-before", "../2023-01", "c"),
                event("e-noon", "2024-10-25T12:00:00Z", "c"),
                event("e-noon-again", "2024-10-25T12:00:00Z", "c"))
            .build();

    List<CorpusTimelineEntry> timeline =
        CorpusIndex.of(corpus().add("r", report).build()).timeline();

    assertThat(timeline)
        .extracting(CorpusTimelineEntry::description)
        .containsExactly("Event e-before", "Event e-noon", "Event e-noon-again");
    assertThat(timeline)
        .extracting(CorpusTimelineEntry::orderUndetermined)
        .containsExactly(false, true, true);
  }

  @Test
  void timesBeyondTheRangeOfMillisecondsStillOrderApart() {
    Dataset report =
        dataset("Report")
            .addActors(outlet("site"))
            .addClaims(claim("c", hop("site", FOR)))
            .addEvents(
                event("e-open", "2024/..", "c"),
                event("e-epoch", "1970", "c"),
                event("e-deep-past", "Y-300000000", "c"))
            .build();

    List<CorpusTimelineEntry> timeline =
        CorpusIndex.of(corpus().add("r", report).build()).timeline();

    assertThat(timeline)
        .extracting(CorpusTimelineEntry::description)
        .containsExactly("Event e-deep-past", "Event e-epoch", "Event e-open");
    assertThat(timeline)
        .extracting(CorpusTimelineEntry::orderUndetermined)
        .containsExactly(false, false, false);
  }

  @Test
  void asOfAnInstantKeepsTheEventLinksWhoseEventsAreStillThere() {
    Hop early =
        new Hop.Builder()
            .actor("site")
            .mode(ReportingMode.PARAPHRASE)
            .commitment(FOR)
            .time(TimeMention.of("2024-10-01"))
            .build();
    Hop late = early.withTime(TimeMention.of("2024-11-05"));
    Dataset first =
        dataset("First")
            .addActors(outlet("site"))
            .addClaims(claim("c-early", early))
            .addEvents(event("e-one", "2024-10", "c-early"))
            .build();
    Dataset second =
        dataset("Second")
            .addActors(outlet("site"))
            .addClaims(claim("c-early", early), claim("c-late", late))
            .addEvents(event("e-two", "2024-10", "c-late"), event("e-three", "2024-10", "c-early"))
            .build();
    EventLink kept = EventLink.of(EventRef.of("first", "e-one"), EventRef.of("second", "e-three"));
    EventLink gone = EventLink.of(EventRef.of("first", "e-one"), EventRef.of("second", "e-two"));
    EventLink goneFirst =
        EventLink.of(EventRef.of("second", "e-two"), EventRef.of("first", "e-one"));
    ClaimLink keptClaim =
        ClaimLink.of(
            ClaimRef.of("second", "c-early"),
            RelationKind.SUPPORTS,
            ClaimRef.of("first", "c-early"));
    ClaimLink goneClaim =
        ClaimLink.of(
            ClaimRef.of("first", "c-early"),
            RelationKind.SUPPORTS,
            ClaimRef.of("second", "c-late"));
    CorpusIndex index =
        CorpusIndex.of(
            corpus()
                .add("first", first)
                .add("second", second)
                .links(
                    new Links.Builder()
                        .addEvents(gone, kept, goneFirst)
                        .addClaims(goneClaim, keptClaim)
                        .build())
                .build());

    Corpus known = index.asOf(java.time.Instant.parse("2024-10-30T00:00:00Z"));

    assertThat(known.links().events()).containsExactly(kept);
    assertThat(known.links().claims()).containsExactly(keptClaim);
    assertThat(known.dataset(DatasetId.of("second")).orElseThrow().claims())
        .extracting(c -> c.id().value())
        .containsExactly("c-early");
    assertThat(index.asOf(ImpreciseTime.parse("2024-10-29"))).isEqualTo(known);
  }

  @Test
  void aPossiblySameStatementOnTheFirstVoiceWidensTheCountWhicheverSideNamesIt() {
    EntityRef first = EntityRef.actor("kyiv", "ukrainian-officials");
    EntityRef other = EntityRef.actor("ooda", "american-officials");

    for (IdentityStatement statement :
        List.of(
            IdentityStatement.of(Identity.POSSIBLY_SAME, first, other),
            IdentityStatement.of(Identity.POSSIBLY_SAME, other, first))) {
      CorpusEvidence evidence =
          index(links(statement).build()).evidence(ClaimRef.of("kyiv", "c-troops"));

      assertThat(evidence.partiesFor())
          .as(statement.toString())
          .isEqualTo(new PartyCount(4, 5, true, 4, List.of(statement)));
    }
  }

  @Test
  void aClusterTheCallerMadeCountsNoLinkBetweenItsOwnClaimsWhateverTheirOrder() {
    Dataset a =
        dataset("A")
            .addActors(person("analyst", "An analyst"))
            .addClaims(claim("c", hop("analyst", FOR)))
            .build();
    Dataset b =
        dataset("B")
            .addActors(person("author", "The author"))
            .addClaims(claim("c", hop("author", FOR)))
            .build();
    ClaimLink supports =
        ClaimLink.of(ClaimRef.of("a", "c"), RelationKind.SUPPORTS, ClaimRef.of("b", "c"));
    CorpusIndex index =
        CorpusIndex.of(
            corpus()
                .add("a", a)
                .add("b", b)
                .links(new Links.Builder().addClaims(supports).build())
                .build());

    CorpusEvidence both =
        index.evidence(new ClaimCluster(List.of(ClaimRef.of("b", "c"), ClaimRef.of("a", "c"))));

    assertThat(both.counted()).isEmpty();
    assertThat(names(both.parties())).containsExactly("The author", "An analyst");
    assertThat(index.evidence(ClaimRef.of("b", "c")).counted()).containsExactly(supports);
  }

  @Test
  void aRelationInsideADatasetIsCountedAsALinkOfThatDataset() {
    Dataset one =
        dataset("One")
            .addActors(outlet("site"), person("analyst", "An analyst"))
            .addClaims(claim("c1", hop("site", FOR)), claim("c2", hop("analyst", FOR)))
            .addRelations(
                new Relation.Builder().from("c2").kind(RelationKind.SUPPORTS).to("c1").build())
            .build();

    CorpusEvidence evidence =
        CorpusIndex.of(corpus().add("one", one).build()).evidence(ClaimRef.of("one", "c1"));

    assertThat(evidence.counted())
        .containsExactly(
            ClaimLink.of(
                ClaimRef.of("one", "c2"), RelationKind.SUPPORTS, ClaimRef.of("one", "c1")));
  }

  @Test
  void chainsWhoseHopsAllCiteASourceJoinWhereOneEntitySpeaksInBoth() {
    Dataset a =
        dataset("A")
            .addActors(outlet("nyt", NYT))
            .addSources(Reports.article("story"))
            .addClaims(claim("c", hop("nyt", "story", FOR)))
            .build();
    Dataset b =
        dataset("B")
            .addActors(outlet("new-york-times", NYT))
            .addSources(Reports.article("piece"))
            .addClaims(claim("c", hop("new-york-times", "piece", FOR)))
            .build();
    Links links =
        new Links.Builder()
            .addClaims(
                ClaimLink.of(ClaimRef.of("b", "c"), RelationKind.DUPLICATES, ClaimRef.of("a", "c")))
            .build();

    CorpusEvidence evidence =
        CorpusIndex.of(corpus().add("a", a).add("b", b).links(links).build())
            .evidence(ClaimRef.of("a", "c"));

    assertThat(evidence.partiesFor()).isEqualTo(PartyCount.of(1));
    assertThat(evidence.channels())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.chains()).hasSize(2);
              assertThat(c.meetingPoints()).containsExactly(EntityRef.actor("a", "nyt"));
            });
  }
}
