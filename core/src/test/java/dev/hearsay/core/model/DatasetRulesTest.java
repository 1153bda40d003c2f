package dev.hearsay.core.model;

import static dev.hearsay.core.model.Fixtures.actor;
import static dev.hearsay.core.model.Fixtures.actorBuilder;
import static dev.hearsay.core.model.Fixtures.actors;
import static dev.hearsay.core.model.Fixtures.claim;
import static dev.hearsay.core.model.Fixtures.claimBuilder;
import static dev.hearsay.core.model.Fixtures.dataset;
import static dev.hearsay.core.model.Fixtures.eventBuilder;
import static dev.hearsay.core.model.Fixtures.hop;
import static dev.hearsay.core.model.Fixtures.hopAt;
import static dev.hearsay.core.model.Fixtures.place;
import static dev.hearsay.core.model.Fixtures.published;
import static dev.hearsay.core.model.Fixtures.relation;
import static dev.hearsay.core.model.Fixtures.source;
import static dev.hearsay.core.model.Fixtures.sourceBuilder;
import static dev.hearsay.core.model.Fixtures.violations;
import static dev.hearsay.core.model.RelationKind.CONTRADICTS;
import static dev.hearsay.core.model.RelationKind.DERIVED_FROM;
import static dev.hearsay.core.model.RelationKind.DUPLICATES;
import static dev.hearsay.core.model.RelationKind.ELABORATES;
import static dev.hearsay.core.model.RelationKind.SUPPORTS;
import static dev.hearsay.core.model.RelationKind.UNDERMINES;
import static dev.hearsay.core.model.RelationKind.UPDATES;
import static dev.hearsay.core.model.ViolationCode.DUPLICATE_ID;
import static dev.hearsay.core.model.ViolationCode.NOT_IN_VERSION;
import static dev.hearsay.core.model.ViolationCode.RELATION_CYCLE;
import static dev.hearsay.core.model.ViolationCode.SELF_AFFILIATION;
import static dev.hearsay.core.model.ViolationCode.SELF_CITATION;
import static dev.hearsay.core.model.ViolationCode.SELF_RELATION;
import static dev.hearsay.core.model.ViolationCode.SELF_REPORTING;
import static dev.hearsay.core.model.ViolationCode.TIME_ORDER;
import static dev.hearsay.core.model.ViolationCode.UNKNOWN_REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** A dataset checks every rule at once and reports each violation with its path and code. */
class DatasetRulesTest {
  private static Violation violation(String path, ViolationCode code, String message) {
    return new Violation(path, code, message);
  }

  private static Violation unknown(String path, String kind, String id) {
    return violation(
        path,
        UNKNOWN_REFERENCE,
        "no " + kind + " has the id '" + id + "'; add the " + kind + " or correct the id");
  }

  /**
   * A self-relation as currently worded; the wording is wrong (see {@code
   * aSelfRelationMessageReadsAsASentence}), so it is kept here, in one place.
   */
  private static Violation selfRelation(String path, String claim, RelationKind kind) {
    String verb = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return violation(
        path,
        SELF_RELATION,
        "a '" + verb + "' relation cannot link the claim '" + claim + "' to itself");
  }

  /** Claims c-a to c-e, each said by actor "a", for relations to link. */
  private static Dataset.Builder claimsAtoE() {
    return dataset()
        .addActors(actor("a"))
        .addClaims(
            claim("c-a", hop("a")),
            claim("c-b", hop("a")),
            claim("c-c", hop("a")),
            claim("c-d", hop("a")),
            claim("c-e", hop("a")));
  }

  @Nested
  class Outcomes {
    @Test
    void aValidDatasetBuildsAndTryBuildReturnsIt() {
      Dataset.Builder builder =
          dataset()
              .addActors(actor("report"), actor("nyt"))
              .addClaims(claim("c-1", hop("report"), hop("nyt")));

      Validated result = builder.tryBuild();

      assertThat(result.isValid()).isTrue();
      assertThat(result.violations()).isEmpty();
      assertThat(result.dataset()).isPresent();
      assertThat(result.orElseThrow()).isSameAs(result.dataset().get());
      assertThat(result.orElseThrow().claims())
          .extracting(Claim::id)
          .containsExactly(ClaimId.of("c-1"));
      assertThat(result).hasToString("Validated[valid]");
    }

    @Test
    void anInvalidDatasetIsReturnedAsItsViolations() {
      Validated result = dataset().addClaims(claim("c-1", hop("ghost"))).tryBuild();

      Violation expected = unknown("claims[c-1].attribution[0][0].actor", "actor", "ghost");
      assertThat(result.isValid()).isFalse();
      assertThat(result.dataset()).isEmpty();
      assertThat(result.violations()).containsExactly(expected);
      assertThat(result).hasToString("Validated[" + expected + "]");
      assertThatThrownBy(result::orElseThrow)
          .isInstanceOfSatisfying(
              DatasetValidationException.class,
              e -> assertThat(e.violations()).containsExactly(expected))
          .hasMessage(
              "The dataset has 1 violation:\n  claims[c-1].attribution[0][0].actor:"
                  + " no actor has the id 'ghost'; add the actor or correct the id"
                  + " [UNKNOWN_REFERENCE]");
    }

    @Test
    void buildThrowsWithEveryViolationInItsMessage() {
      Dataset.Builder builder =
          dataset().addActors(actor("a"), actor("a")).addClaims(claim("c-1", hop("a"), hop("b")));

      assertThatThrownBy(builder::build)
          .isInstanceOfSatisfying(
              DatasetValidationException.class,
              e ->
                  assertThat(e.violations())
                      .containsExactly(
                          violation(
                              "actors[1].id",
                              DUPLICATE_ID,
                              "the id 'a' is already used by actors[0]; give each a distinct id"),
                          unknown("claims[c-1].attribution[0][1].actor", "actor", "b")))
          .hasMessage(
              "The dataset has 2 violations:"
                  + "\n  actors[1].id: the id 'a' is already used by actors[0]; give each a distinct"
                  + " id [DUPLICATE_ID]"
                  + "\n  claims[c-1].attribution[0][1].actor: no actor has the id 'b'; add the actor"
                  + " or correct the id [UNKNOWN_REFERENCE]");
    }

    @Test
    void tryBuildStillThrowsForAMissingFieldOrABadSchemaVersion() {
      assertThatThrownBy(() -> new Dataset.Builder().tryBuild())
          .isInstanceOf(ValueCheckException.class)
          .hasMessage("Dataset.metadata: is required; set it with metadata(...)");
      assertThatThrownBy(() -> dataset().schemaVersion("2.0").tryBuild())
          .isInstanceOf(IllegalArgumentException.class)
          .isNotInstanceOf(DatasetValidationException.class)
          .hasMessageStartingWith("Dataset.schemaVersion: 2.0 ");
    }

    @Test
    void oneDatasetWithManyProblemsReportsThemAllInOrder() {
      Dataset.Builder builder =
          new Dataset.Builder()
              .metadata(
                  new DatasetMetadata.Builder()
                      .title("Broken")
                      .encodes(SourceId.of("missing-report"))
                      .build())
              .addActors(
                  actorBuilder("a")
                      .addAffiliation(
                          new Affiliation.Builder().organization(ActorId.of("a")).build())
                      .build())
              .addActors(actor("nyt"), actor("a"))
              .addPlaces(place("kursk"))
              .addSources(sourceBuilder("s").addCites(SourceId.of("s")).build())
              .addSources(published("nyt-report", "2024-10-28"))
              .addClaims(
                  claimBuilder("c-trucks")
                      .addPlaces(PlaceId.of("kursk"), PlaceId.of("pokrovsk"))
                      .addAttribution(
                          Chain.of(
                              hop("a"),
                              hopAt("nyt", "nyt-report", "2024-10-29"),
                              hop("nyt"),
                              hop("ghost")))
                      .build())
              .addEvents(eventBuilder("e").addClaims(ClaimId.of("c-none")).build())
              .addRelations(
                  relation("c-trucks", SUPPORTS, "c-trucks"),
                  relation("c-trucks", DERIVED_FROM, "c-other"));

      assertThat(violations(builder))
          .containsExactly(
              violation(
                  "actors[2].id",
                  DUPLICATE_ID,
                  "the id 'a' is already used by actors[0]; give each a distinct id"),
              unknown("metadata.encodes", "source", "missing-report"),
              violation(
                  "actors[0].affiliations[0].organization",
                  SELF_AFFILIATION,
                  "an actor cannot be affiliated with itself"),
              violation("sources[s].cites[0]", SELF_CITATION, "a source cannot cite itself"),
              unknown("claims[c-trucks].places[1]", "place", "pokrovsk"),
              violation(
                  "claims[c-trucks].attribution[0][1].time",
                  TIME_ORDER,
                  "said at 2024-10-29, after its source 'nyt-report' was published at 2024-10-28;"
                      + " check both times"),
              violation(
                  "claims[c-trucks].attribution[0][2].actor",
                  SELF_REPORTING,
                  "the actor 'nyt' relays itself; merge the two hops into one"),
              unknown("claims[c-trucks].attribution[0][3].actor", "actor", "ghost"),
              unknown("events[e].claims[0]", "claim", "c-none"),
              selfRelation("relations[0]", "c-trucks", SUPPORTS),
              unknown("relations[1].to", "claim", "c-other"));
    }
  }

  @Nested
  class DuplicateIds {
    @Test
    void eachKindReportsItsDuplicatesAgainstTheFirstUse() {
      Dataset.Builder builder =
          dataset()
              .addActors(actor("a"), actor("b"), actor("a"), actor("a"))
              .addPlaces(place("p"), place("p"))
              .addSources(source("s"), source("s"))
              .addClaims(claim("c", hop("a")), claim("c", hop("b")))
              .addEvents(eventBuilder("e").build(), eventBuilder("e").build());

      assertThat(violations(builder))
          .containsExactly(
              violation(
                  "actors[2].id",
                  DUPLICATE_ID,
                  "the id 'a' is already used by actors[0]; give each a distinct id"),
              violation(
                  "actors[3].id",
                  DUPLICATE_ID,
                  "the id 'a' is already used by actors[0]; give each a distinct id"),
              violation(
                  "places[1].id",
                  DUPLICATE_ID,
                  "the id 'p' is already used by places[0]; give each a distinct id"),
              violation(
                  "sources[1].id",
                  DUPLICATE_ID,
                  "the id 's' is already used by sources[0]; give each a distinct id"),
              violation(
                  "claims[1].id",
                  DUPLICATE_ID,
                  "the id 'c' is already used by claims[0]; give each a distinct id"),
              violation(
                  "events[1].id",
                  DUPLICATE_ID,
                  "the id 'e' is already used by events[0]; give each a distinct id"));
    }

    @Test
    void valuesWhoseIdIsUsedTwiceAreNamedByIndexSoThatEachPathNamesOneValue() {
      Dataset.Builder builder =
          dataset()
              .addActors(actor("a"))
              .addClaims(claim("c", hop("ghost")), claim("c", hop("a"), hop("a")));

      assertThat(violations(builder))
          .containsExactly(
              violation(
                  "claims[1].id",
                  DUPLICATE_ID,
                  "the id 'c' is already used by claims[0]; give each a distinct id"),
              unknown("claims[0].attribution[0][0].actor", "actor", "ghost"),
              violation(
                  "claims[1].attribution[0][1].actor",
                  SELF_REPORTING,
                  "the actor 'a' relays itself; merge the two hops into one"));
    }

    @Test
    void valuesOfDifferentKindsMayShareAnId() {
      Dataset.Builder builder =
          dataset()
              .addActors(actor("x"))
              .addPlaces(place("x"))
              .addSources(source("x"))
              .addClaims(claim("x", hop("x", "x")))
              .addEvents(eventBuilder("x").addClaims(ClaimId.of("x")).build());

      assertThat(violations(builder)).isEmpty();
    }
  }

  @Nested
  class References {
    static Stream<Arguments> unresolved() {
      return Stream.of(
          argumentSet(
              "affiliation organization",
              (Supplier<Dataset.Builder>)
                  () ->
                      dataset()
                          .addActors(
                              actorBuilder("a")
                                  .addAffiliation(
                                      new Affiliation.Builder()
                                          .organization(ActorId.of("hankuk"))
                                          .build())
                                  .build()),
              unknown("actors[a].affiliations[0].organization", "actor", "hankuk")),
          argumentSet(
              "source publisher",
              (Supplier<Dataset.Builder>)
                  () ->
                      dataset()
                          .addSources(sourceBuilder("s").publisher(ActorId.of("bild")).build()),
              unknown("sources[s].publisher", "actor", "bild")),
          argumentSet(
              "source author",
              (Supplier<Dataset.Builder>)
                  () ->
                      dataset()
                          .addActors(actor("a"))
                          .addSources(
                              sourceBuilder("s")
                                  .addAuthors(ActorId.of("a"), ActorId.of("guseinova"))
                                  .build()),
              unknown("sources[s].authors[1]", "actor", "guseinova")),
          argumentSet(
              "cited source",
              (Supplier<Dataset.Builder>)
                  () ->
                      dataset()
                          .addSources(sourceBuilder("s").addCites(SourceId.of("research")).build()),
              unknown("sources[s].cites[0]", "source", "research")),
          argumentSet(
              "quote source",
              (Supplier<Dataset.Builder>)
                  () ->
                      dataset()
                          .addActors(actor("a"))
                          .addClaims(
                              claimBuilder("c")
                                  .quote(
                                      new Quote.Builder()
                                          .source(SourceId.of("report"))
                                          .exact("thousands")
                                          .build())
                                  .addAttribution(Chain.of(hop("a")))
                                  .build()),
              unknown("claims[c].quote.source", "source", "report")),
          argumentSet(
              "claim actor",
              (Supplier<Dataset.Builder>)
                  () ->
                      dataset()
                          .addActors(actor("a"))
                          .addClaims(
                              claimBuilder("c")
                                  .addActors(ActorId.of("north-korea"))
                                  .addAttribution(Chain.of(hop("a")))
                                  .build()),
              unknown("claims[c].actors[0]", "actor", "north-korea")),
          argumentSet(
              "claim place",
              (Supplier<Dataset.Builder>)
                  () ->
                      dataset()
                          .addActors(actor("a"))
                          .addClaims(
                              claimBuilder("c")
                                  .addPlaces(PlaceId.of("kursk"))
                                  .addAttribution(Chain.of(hop("a")))
                                  .build()),
              unknown("claims[c].places[0]", "place", "kursk")),
          argumentSet(
              "hop actor",
              (Supplier<Dataset.Builder>)
                  () ->
                      dataset()
                          .addActors(actors("report", "nyt"))
                          .addClaims(
                              claimBuilder("c-trucks")
                                  .addAttribution(Chain.of(hop("report"), hop("nyt")))
                                  .addAttribution(Chain.of(hop("report"), hop("officials")))
                                  .build()),
              unknown("claims[c-trucks].attribution[1][1].actor", "actor", "officials")),
          argumentSet(
              "hop source",
              (Supplier<Dataset.Builder>)
                  () ->
                      dataset()
                          .addActors(actor("nyt"))
                          .addClaims(claim("c", hop("nyt", "nyt-report"))),
              unknown("claims[c].attribution[0][0].source", "source", "nyt-report")),
          argumentSet(
              "event place",
              (Supplier<Dataset.Builder>)
                  () ->
                      dataset().addEvents(eventBuilder("e").addPlaces(PlaceId.of("kursk")).build()),
              unknown("events[e].places[0]", "place", "kursk")),
          argumentSet(
              "event participant",
              (Supplier<Dataset.Builder>)
                  () ->
                      dataset()
                          .addEvents(eventBuilder("e").addParticipants(ActorId.of("dprk")).build()),
              unknown("events[e].participants[0]", "actor", "dprk")),
          argumentSet(
              "event claim",
              (Supplier<Dataset.Builder>)
                  () ->
                      dataset()
                          .addEvents(eventBuilder("e").addClaims(ClaimId.of("c-trucks")).build()),
              unknown("events[e].claims[0]", "claim", "c-trucks")),
          argumentSet(
              "relation from",
              (Supplier<Dataset.Builder>)
                  () -> claimsAtoE().addRelations(relation("c-z", SUPPORTS, "c-a")),
              unknown("relations[0].from", "claim", "c-z")),
          argumentSet(
              "relation to",
              (Supplier<Dataset.Builder>)
                  () ->
                      claimsAtoE()
                          .addRelations(
                              relation("c-a", SUPPORTS, "c-b"),
                              relation("c-a", CONTRADICTS, "c-z")),
              unknown("relations[1].to", "claim", "c-z")),
          argumentSet(
              "encoded source",
              (Supplier<Dataset.Builder>)
                  () ->
                      new Dataset.Builder()
                          .metadata(
                              new DatasetMetadata.Builder()
                                  .title("t")
                                  .encodes(SourceId.of("report"))
                                  .build()),
              unknown("metadata.encodes", "source", "report")));
    }

    @ParameterizedTest
    @MethodSource("unresolved")
    void anUnresolvedReferenceIsReportedWithTheKindExpected(
        Supplier<Dataset.Builder> builder, Violation expected) {
      assertThat(violations(builder.get())).containsExactly(expected);
    }

    @Test
    void anIdOfAnotherKindDoesNotResolve() {
      Dataset.Builder builder =
          dataset()
              .addActors(actor("a"))
              .addPlaces(place("kursk"))
              .addSources(source("nyt"))
              .addClaims(
                  claimBuilder("c")
                      .addActors(ActorId.of("kursk"))
                      .addAttribution(Chain.of(hop("nyt")))
                      .build())
              .addEvents(eventBuilder("e").addPlaces(PlaceId.of("a")).build());

      assertThat(violations(builder))
          .containsExactly(
              unknown("claims[c].actors[0]", "actor", "kursk"),
              unknown("claims[c].attribution[0][0].actor", "actor", "nyt"),
              unknown("events[e].places[0]", "place", "a"));
    }

    @Test
    void everyReferenceSiteResolvesInAValidDataset() {
      Dataset.Builder builder =
          new Dataset.Builder()
              .metadata(
                  new DatasetMetadata.Builder().title("t").encodes(SourceId.of("report")).build())
              .addActors(
                  actorBuilder("guseinova")
                      .addAffiliation(
                          new Affiliation.Builder().organization(ActorId.of("hankuk")).build())
                      .build())
              .addActors(actors("hankuk", "bild", "report-outlet"))
              .addPlaces(place("kursk"))
              .addSources(sourceBuilder("research").addAuthors(ActorId.of("guseinova")).build())
              .addSources(
                  sourceBuilder("report")
                      .publisher(ActorId.of("report-outlet"))
                      .addCites(SourceId.of("research"))
                      .build())
              .addClaims(
                  claimBuilder("c-1")
                      .quote(new Quote.Builder().source(SourceId.of("report")).exact("x").build())
                      .addActors(ActorId.of("guseinova"))
                      .addPlaces(PlaceId.of("kursk"))
                      .addAttribution(
                          Chain.of(hop("report-outlet", "report"), hop("guseinova", "research")))
                      .build(),
                  claim("c-2", hop("bild")))
              .addEvents(
                  eventBuilder("e")
                      .addPlaces(PlaceId.of("kursk"))
                      .addParticipants(ActorId.of("bild"))
                      .addClaims(ClaimId.of("c-1"))
                      .build())
              .addRelations(relation("c-2", SUPPORTS, "c-1"));

      assertThat(violations(builder)).isEmpty();
    }
  }

  @Nested
  class SelfReference {
    @ParameterizedTest
    @EnumSource(RelationKind.class)
    void aRelationFromAClaimToItselfIsReportedOnceAndNotAsACycle(RelationKind kind) {
      Dataset.Builder builder = claimsAtoE().addRelations(relation("c-a", kind, "c-a"));

      assertThat(violations(builder)).containsExactly(selfRelation("relations[0]", "c-a", kind));
    }

    @Test
    void aSelfRelationNamesTheClaimAndTheKind() {
      Dataset.Builder builder =
          claimsAtoE()
              .addRelations(relation("c-a", SUPPORTS, "c-b"), relation("c-c", ELABORATES, "c-c"));

      assertThat(violations(builder))
          .containsExactly(selfRelation("relations[1]", "c-c", ELABORATES));
    }

    @ParameterizedTest
    @EnumSource(RelationKind.class)
    void aSelfRelationMessageReadsAsASentence(RelationKind kind) {
      String verb = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      Dataset.Builder builder = claimsAtoE().addRelations(relation("c-a", kind, "c-a"));

      assertThat(violations(builder))
          .containsExactly(
              violation(
                  "relations[0]",
                  SELF_RELATION,
                  "a '" + verb + "' relation cannot link the claim 'c-a' to itself"));
    }

    @Test
    void anActorCannotBeAffiliatedWithItself() {
      Dataset.Builder builder =
          dataset()
              .addActors(actor("hankuk"))
              .addActors(
                  actorBuilder("guseinova")
                      .addAffiliation(
                          new Affiliation.Builder().organization(ActorId.of("hankuk")).build())
                      .addAffiliation(
                          new Affiliation.Builder()
                              .organization(ActorId.of("guseinova"))
                              .role("analyst")
                              .build())
                      .build());

      assertThat(violations(builder))
          .containsExactly(
              violation(
                  "actors[guseinova].affiliations[1].organization",
                  SELF_AFFILIATION,
                  "an actor cannot be affiliated with itself"));
    }

    @Test
    void aSourceCannotCiteItself() {
      Dataset.Builder builder =
          dataset()
              .addSources(source("research"))
              .addSources(
                  sourceBuilder("bild-article")
                      .addCites(SourceId.of("research"), SourceId.of("bild-article"))
                      .build());

      assertThat(violations(builder))
          .containsExactly(
              violation(
                  "sources[bild-article].cites[1]", SELF_CITATION, "a source cannot cite itself"));
    }

    @Test
    void anActorRelayingItselfOnConsecutiveHopsIsReported() {
      Dataset.Builder builder =
          dataset()
              .addActors(actors("report", "nyt", "officials"))
              .addClaims(
                  claimBuilder("c-trucks")
                      .addAttribution(Chain.of(hop("report"), hop("nyt"), hop("officials")))
                      .addAttribution(Chain.of(hop("report"), hop("nyt"), hop("nyt", "nyt-report")))
                      .build())
              .addSources(source("nyt-report"));

      assertThat(violations(builder))
          .containsExactly(
              violation(
                  "claims[c-trucks].attribution[1][2].actor",
                  SELF_REPORTING,
                  "the actor 'nyt' relays itself; merge the two hops into one"));
    }

    @Test
    void anActorMayAppearTwiceInAChainWhenNotConsecutively() {
      Dataset.Builder builder =
          dataset()
              .addActors(actors("report", "nyt", "officials"))
              .addClaims(claim("c", hop("nyt"), hop("officials"), hop("nyt"), hop("report")));

      assertThat(violations(builder)).isEmpty();
    }
  }

  @Nested
  class Cycles {
    @Test
    void aCycleOfDerivedFromIsReportedAtItsFirstRelation() {
      Dataset.Builder builder =
          claimsAtoE()
              .addRelations(
                  relation("c-a", DERIVED_FROM, "c-b"),
                  relation("c-b", DERIVED_FROM, "c-c"),
                  relation("c-c", DERIVED_FROM, "c-a"));

      assertThat(violations(builder))
          .containsExactly(
              violation(
                  "relations[0]",
                  RELATION_CYCLE,
                  "'derived from' relations form a cycle: c-a -> c-b -> c-c -> c-a; remove one of them"));
    }

    @Test
    void aCycleOfUpdatesIsReported() {
      Dataset.Builder builder =
          claimsAtoE()
              .addRelations(relation("c-a", UPDATES, "c-b"), relation("c-b", UPDATES, "c-a"));

      assertThat(violations(builder))
          .containsExactly(
              violation(
                  "relations[0]",
                  RELATION_CYCLE,
                  "'updates' relations form a cycle: c-a -> c-b -> c-a; remove one of them"));
    }

    @Test
    void aCycleReachedFromOutsideIsReportedWithoutTheWayIn() {
      Dataset.Builder builder =
          claimsAtoE()
              .addRelations(
                  relation("c-a", DERIVED_FROM, "c-b"),
                  relation("c-b", DERIVED_FROM, "c-c"),
                  relation("c-c", DERIVED_FROM, "c-d"),
                  relation("c-d", DERIVED_FROM, "c-b"),
                  relation("c-d", DERIVED_FROM, "c-e"));

      assertThat(violations(builder))
          .containsExactly(
              violation(
                  "relations[1]",
                  RELATION_CYCLE,
                  "'derived from' relations form a cycle: c-b -> c-c -> c-d -> c-b; remove one of them"));
    }

    @Test
    void separateCyclesOfBothKindsAreEachReported() {
      Dataset.Builder builder =
          claimsAtoE()
              .addRelations(
                  relation("c-d", UPDATES, "c-e"),
                  relation("c-a", DERIVED_FROM, "c-b"),
                  relation("c-e", UPDATES, "c-d"),
                  relation("c-b", DERIVED_FROM, "c-a"),
                  relation("c-c", DERIVED_FROM, "c-c"));

      assertThat(violations(builder))
          .containsExactly(
              selfRelation("relations[4]", "c-c", DERIVED_FROM),
              violation(
                  "relations[1]",
                  RELATION_CYCLE,
                  "'derived from' relations form a cycle: c-a -> c-b -> c-a; remove one of them"),
              violation(
                  "relations[0]",
                  RELATION_CYCLE,
                  "'updates' relations form a cycle: c-d -> c-e -> c-d; remove one of them"));
    }

    @Test
    void aDiamondIsNoCycle() {
      Dataset.Builder builder =
          claimsAtoE()
              .addRelations(
                  relation("c-a", DERIVED_FROM, "c-b"),
                  relation("c-a", DERIVED_FROM, "c-c"),
                  relation("c-b", DERIVED_FROM, "c-d"),
                  relation("c-c", DERIVED_FROM, "c-d"),
                  relation("c-a", UPDATES, "c-b"),
                  relation("c-b", UPDATES, "c-d"),
                  relation("c-a", UPDATES, "c-d"));

      assertThat(violations(builder)).isEmpty();
    }

    @Test
    void aLoopMadeOfMixedKindsIsNoCycle() {
      Dataset.Builder builder =
          claimsAtoE()
              .addRelations(
                  relation("c-a", DERIVED_FROM, "c-b"),
                  relation("c-b", UPDATES, "c-a"),
                  relation("c-b", DERIVED_FROM, "c-c"),
                  relation("c-c", UPDATES, "c-a"));

      assertThat(violations(builder)).isEmpty();
    }

    @Test
    void loopsOfOtherKindsAreNoCycle() {
      Dataset.Builder builder =
          claimsAtoE()
              .addRelations(
                  relation("c-a", SUPPORTS, "c-b"),
                  relation("c-b", SUPPORTS, "c-a"),
                  relation("c-a", CONTRADICTS, "c-c"),
                  relation("c-c", CONTRADICTS, "c-a"),
                  relation("c-d", DUPLICATES, "c-e"),
                  relation("c-e", DUPLICATES, "c-d"),
                  relation("c-c", ELABORATES, "c-d"),
                  relation("c-d", ELABORATES, "c-c"));

      assertThat(violations(builder)).isEmpty();
    }
  }

  @Nested
  class RandomGraphs {
    private static final List<String> CLAIMS = List.of("c-a", "c-b", "c-c", "c-d", "c-e");
    private static final Pattern CYCLE =
        Pattern.compile(
            "'(derived from|updates)' relations form a cycle: (.*); remove one of them");

    @Test
    void cyclesAreReportedExactlyWhenTheRelationsOfOneKindHaveOne() {
      Random random = new Random(20241028);
      for (int round = 0; round < 2_000; round++) {
        List<Relation> relations = new ArrayList<>();
        int count = random.nextInt(9);
        for (int i = 0; i < count; i++) {
          RelationKind kind =
              random.nextBoolean() ? DERIVED_FROM : random.nextBoolean() ? UPDATES : SUPPORTS;
          relations.add(
              relation(CLAIMS.get(random.nextInt(5)), kind, CLAIMS.get(random.nextInt(5))));
        }
        List<Violation> cycles =
            violations(claimsAtoE().addAllRelations(relations)).stream()
                .filter(v -> v.code() == RELATION_CYCLE)
                .toList();

        for (RelationKind kind : List.of(DERIVED_FROM, UPDATES)) {
          String verb = kind == DERIVED_FROM ? "derived from" : "updates";
          List<Violation> ofKind =
              cycles.stream().filter(v -> v.message().startsWith("'" + verb + "'")).toList();
          assertThat(!ofKind.isEmpty())
              .as("cycle of %s reported in %s", kind, relations)
              .isEqualTo(hasCycle(relations, kind));
          ofKind.forEach(v -> assertIsACycle(v, relations, kind));
        }
      }
    }

    private void assertIsACycle(Violation violation, List<Relation> relations, RelationKind kind) {
      Matcher matcher = CYCLE.matcher(violation.message());
      assertThat(matcher.matches()).as(violation.message()).isTrue();
      List<String> route = List.of(matcher.group(2).split(" -> "));
      assertThat(route.get(0)).isEqualTo(route.get(route.size() - 1));
      assertThat(route).hasSizeGreaterThan(2);
      for (int i = 0; i + 1 < route.size(); i++) {
        assertThat(relations)
            .as("%s in %s", violation, relations)
            .contains(relation(route.get(i), kind, route.get(i + 1)));
      }
      int index = violation.path().lastIndex();
      assertThat(relations.get(index)).isEqualTo(relation(route.get(0), kind, route.get(1)));
    }

    /** Whether the relations of the kind, self-relations aside, have a cycle: depth-first. */
    private boolean hasCycle(List<Relation> relations, RelationKind kind) {
      Map<ClaimId, Integer> state = new HashMap<>();
      for (Relation r : relations) {
        if (visit(r.from(), relations, kind, state)) {
          return true;
        }
      }
      return false;
    }

    private boolean visit(
        ClaimId claim, List<Relation> relations, RelationKind kind, Map<ClaimId, Integer> state) {
      int seen = state.getOrDefault(claim, 0);
      if (seen != 0) {
        return seen == 1;
      }
      state.put(claim, 1);
      for (Relation r : relations) {
        if (r.kind() == kind
            && r.from().equals(claim)
            && !r.to().equals(claim)
            && visit(r.to(), relations, kind, state)) {
          return true;
        }
      }
      state.put(claim, 2);
      return false;
    }
  }

  @Nested
  class TimeOrder {
    private Dataset.Builder chain(Hop... hops) {
      return dataset()
          .addActors(actors("report", "nyt", "officials"))
          .addSources(published("nyt-report", "2024-10-28"))
          .addClaims(claim("c-trucks", hops));
    }

    @Test
    void aHopSaidAfterTheHopThatRelaysItIsReported() {
      Dataset.Builder builder =
          chain(
              hopAt("report", "2024-10-28"),
              hopAt("nyt", "2024-10-25"),
              hopAt("officials", "2024-10-27"));

      assertThat(violations(builder))
          .containsExactly(
              violation(
                  "claims[c-trucks].attribution[0][2].time",
                  TIME_ORDER,
                  "said at 2024-10-27, after the hop that relays it at 2024-10-25; check both times or"
                      + " the order of the hops"));
    }

    @Test
    void anUncertainOrApproximateTimeIsNotDefinitelyAfterItsRelay() {
      Dataset.Builder builder =
          chain(
              hopAt("report", "2024-10-26"),
              hopAt("nyt", "2024-10-27?"),
              hopAt("officials", "2024-10-28~"));

      assertThat(violations(builder)).isEmpty();
    }

    @Test
    void anOpenEndedTimeIsNeverDefinitelyAfterItsRelay() {
      Dataset.Builder builder = chain(hopAt("report", "2024-10-26"), hopAt("nyt", "../2024-10-30"));

      assertThat(violations(builder)).isEmpty();
    }

    @Test
    void aHopSaidAfterAnOuterHopThatRelaysItIndirectlyIsReported() {
      Dataset.Builder builder =
          chain(hopAt("report", "2024-10-25"), hop("nyt"), hopAt("officials", "2024-10-27"));

      assertThat(violations(builder))
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.path()).hasToString("claims[c-trucks].attribution[0][2].time");
                assertThat(v.code()).isEqualTo(TIME_ORDER);
                assertThat(v.message())
                    .startsWith("said at 2024-10-27, after ")
                    .contains("2024-10-25");
              });
    }

    @Test
    void hopsSaidOnTheSameDayOrInOrderAreFine() {
      Dataset.Builder builder =
          chain(
              hopAt("report", "2024-10-28"),
              hopAt("nyt", "2024-10-28"),
              hopAt("officials", "2024-10-27"),
              hop("report"));

      assertThat(violations(builder)).isEmpty();
    }

    @Test
    void aHopSaidAfterItsSourceWasPublishedIsReported() {
      Dataset.Builder builder =
          chain(hopAt("report", "2024-10-29"), hopAt("nyt", "nyt-report", "2024-10-29"));

      assertThat(violations(builder))
          .containsExactly(
              violation(
                  "claims[c-trucks].attribution[0][1].time",
                  TIME_ORDER,
                  "said at 2024-10-29, after its source 'nyt-report' was published at 2024-10-28;"
                      + " check both times"));
    }

    @Test
    void theOutermostHopIsCheckedAgainstItsSourceToo() {
      Dataset.Builder builder = chain(hopAt("nyt", "nyt-report", "2024-11-02"));

      assertThat(violations(builder))
          .containsExactly(
              violation(
                  "claims[c-trucks].attribution[0][0].time",
                  TIME_ORDER,
                  "said at 2024-11-02, after its source 'nyt-report' was published at 2024-10-28;"
                      + " check both times"));
    }

    @Test
    void aHopSaidOnOrBeforeItsPublicationIsFine() {
      Dataset.Builder builder =
          chain(
              hopAt("nyt", "nyt-report", "2024-10-28"),
              hopAt("officials", "nyt-report", "2024-10-20"));

      assertThat(violations(builder)).isEmpty();
    }

    @Test
    void oneHopCanBreakBothOrders() {
      Dataset.Builder builder =
          chain(hopAt("report", "2024-10-28"), hopAt("nyt", "nyt-report", "2024-10-30"));

      assertThat(violations(builder))
          .containsExactly(
              violation(
                  "claims[c-trucks].attribution[0][1].time",
                  TIME_ORDER,
                  "said at 2024-10-30, after the hop that relays it at 2024-10-28; check both times"
                      + " or the order of the hops"),
              violation(
                  "claims[c-trucks].attribution[0][1].time",
                  TIME_ORDER,
                  "said at 2024-10-30, after its source 'nyt-report' was published at 2024-10-28;"
                      + " check both times"));
    }

    @Test
    void timesAreNotComparedWithoutBothSides() {
      Dataset.Builder builder =
          dataset()
              .addActors(actors("report", "nyt"))
              .addSources(source("undated"), published("nyt-report", "2024-10-28"))
              .addClaims(
                  claim(
                      "c",
                      hopAt("report", "undated", "2024-12-01"),
                      hop("nyt"),
                      hop("nyt-report-reader", "nyt-report")))
              .addActors(actor("nyt-report-reader"));

      assertThat(violations(builder)).isEmpty();
    }
  }

  @Test
  void violationsListsAreUnmodifiable() {
    Validated result = dataset().addClaims(claim("c", hop("ghost"))).tryBuild();
    DatasetValidationException exception =
        catchThrowableOfType(DatasetValidationException.class, result::orElseThrow);

    assertThatThrownBy(() -> result.violations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> exception.violations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(List.copyOf(result.violations())).hasSize(1);
  }

  @Nested
  class RelationsAlone {
    @Test
    void areCheckedAsTheDatasetChecksThemAgainstClaimsHeldElsewhere() {
      List<Relation> relations =
          List.of(
              relation("c-a", DERIVED_FROM, "c-b"),
              relation("c-b", DERIVED_FROM, "c-a"),
              relation("c-c", SUPPORTS, "c-c"),
              relation("c-d", UPDATES, "c-missing"),
              relation("c-gone", CONTRADICTS, "c-e"));
      Set<ClaimId> held =
          Set.of(
              ClaimId.of("c-a"),
              ClaimId.of("c-b"),
              ClaimId.of("c-c"),
              ClaimId.of("c-d"),
              ClaimId.of("c-e"));

      StreamChecks checks = StreamChecks.of(Fixtures.dataset().build());
      List<Violation> alone = checks.relations(relations, held::contains).kept();

      assertThat(alone)
          .extracting(v -> v.path().toString())
          .containsExactly("relations[2]", "relations[3].to", "relations[4].from", "relations[0]");
      assertThat(alone).isEqualTo(violations(claimsAtoE().addAllRelations(relations)));
      assertThat(checks.relations(relations.subList(2, 3), id -> true).kept())
          .extracting(Violation::code)
          .containsExactly(ViolationCode.SELF_RELATION);
      assertThat(checks.relations(List.of(), id -> false).isEmpty()).isTrue();
    }

    @Test
    void anUnderminesRelationNeedsVersion11() {
      List<Relation> relations = List.of(relation("c-a", UNDERMINES, "c-b"));
      StreamChecks older = StreamChecks.of(Fixtures.dataset().schemaVersion("1.0").build());
      StreamChecks current = StreamChecks.of(Fixtures.dataset().build());

      assertThat(older.relations(relations, id -> true).kept())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.path()).hasToString("relations[0].kind");
                assertThat(v.code()).isEqualTo(ViolationCode.NOT_IN_VERSION);
                assertThat(v.message())
                    .isEqualTo(
                        "'undermines' is new in schema version 1.1, and the"
                            + " dataset declares 1.0; declare 1.1");
              });
      assertThat(current.relations(relations, id -> true).isEmpty()).isTrue();
      assertThat(violations(claimsAtoE().schemaVersion("1.0").addAllRelations(relations)))
          .isEqualTo(older.relations(relations, id -> true).kept());
      assertThat(violations(claimsAtoE().addAllRelations(relations))).isEmpty();
    }
  }

  @Nested
  class Versions {
    @Test
    void aSourcesNotesNeedVersion11() {
      Source noted = sourceBuilder("s").addNotes("Known only from the report's words.").build();

      assertThat(violations(dataset().schemaVersion("1.0").addSources(source("plain"), noted)))
          .containsExactly(
              violation(
                  "sources[s].notes",
                  NOT_IN_VERSION,
                  "a source's 'notes' are new in schema version 1.1, and the dataset declares 1.0;"
                      + " declare 1.1"));
      assertThat(violations(dataset().schemaVersion("1.1").addSources(noted))).isEmpty();
      assertThat(violations(dataset().addSources(noted))).isEmpty();
      assertThat(violations(dataset().schemaVersion("1.0").addSources(source("plain")))).isEmpty();
    }

    @Test
    void identifiersNeedVersion11() {
      Identifier qid = Identifier.wikidata("Q9684");
      Actor nyt = actorBuilder("nyt").addIdentifiers(qid).build();
      Source article =
          sourceBuilder("article").addIdentifiers(Identifier.url("https://a.example/x")).build();
      Place kursk = new Place.Builder().id("kursk").name("Kursk").addIdentifiers(qid).build();

      assertThat(
              violations(
                  dataset()
                      .schemaVersion("1.0")
                      .addActors(actor("plain"), nyt)
                      .addSources(article)
                      .addPlaces(kursk)))
          .containsExactly(
              violation(
                  "actors[nyt].identifiers",
                  NOT_IN_VERSION,
                  "'identifiers' are new in"
                      + " schema version 1.1, and the dataset declares 1.0; declare 1.1"),
              violation(
                  "places[kursk].identifiers",
                  NOT_IN_VERSION,
                  "'identifiers' are new in"
                      + " schema version 1.1, and the dataset declares 1.0; declare 1.1"),
              violation(
                  "sources[article].identifiers",
                  NOT_IN_VERSION,
                  "'identifiers' are new"
                      + " in schema version 1.1, and the dataset declares 1.0; declare 1.1"));
      assertThat(violations(dataset().addActors(nyt).addSources(article).addPlaces(kursk)))
          .isEmpty();
    }
  }
}
