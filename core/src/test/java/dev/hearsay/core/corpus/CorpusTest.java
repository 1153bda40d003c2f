package dev.hearsay.core.corpus;

import static dev.hearsay.core.corpus.Reports.FOR;
import static dev.hearsay.core.corpus.Reports.RELAY;
import static dev.hearsay.core.corpus.Reports.anonymous;
import static dev.hearsay.core.corpus.Reports.article;
import static dev.hearsay.core.corpus.Reports.claim;
import static dev.hearsay.core.corpus.Reports.corpus;
import static dev.hearsay.core.corpus.Reports.dataset;
import static dev.hearsay.core.corpus.Reports.event;
import static dev.hearsay.core.corpus.Reports.hop;
import static dev.hearsay.core.corpus.Reports.outlet;
import static dev.hearsay.core.corpus.Reports.person;
import static dev.hearsay.core.corpus.Reports.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Identifier;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.ValueCheckException;
import dev.hearsay.core.model.ViolationCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusTest {
  private static final Identifier NYT = Identifier.wikidata("Q9684");

  private static EntityRef actor(String dataset, String id) {
    return EntityRef.actor(dataset, id);
  }

  private static final Identifier KURSK = Identifier.wikidata("Q7275");

  private static IdentityStatement same(EntityRef a, EntityRef b) {
    return IdentityStatement.of(Identity.SAME, a, b);
  }

  private static IdentityStatement distinct(EntityRef a, EntityRef b) {
    return IdentityStatement.of(Identity.DISTINCT, a, b);
  }

  private static IdentityStatement possibly(EntityRef a, EntityRef b) {
    return IdentityStatement.of(Identity.POSSIBLY_SAME, a, b);
  }

  /** A report by {@code outlet} relaying {@code source}'s claim {@code c}. */
  private static Dataset report(String outlet, String source, Identifier... outletIds) {
    return dataset("Report by " + outlet)
        .addActors(outlet(outlet, outletIds), anonymous(source, "Officials"))
        .addClaims(claim("c", hop(outlet, RELAY), hop(source, FOR)))
        .addEvents(event("e", "2024-10", "c"))
        .build();
  }

  private static List<String> lines(ValidatedCorpus result) {
    return result.violations().stream().map(CorpusViolation::toString).toList();
  }

  @Test
  void aSharedWikidataItemMergesActorsOfTwoDatasetsWhateverTheirIds() {
    Corpus corpus =
        corpus()
            .add("kyiv", report("nyt", "officials", NYT))
            .add("ooda", report("new-york-times", "officials", NYT))
            .add("other", report("nyt", "officials"))
            .build();
    Identities identities = corpus.identities();

    assertThat(identities.same(actor("kyiv", "nyt"), actor("ooda", "new-york-times"))).isTrue();
    assertThat(identities.group(actor("ooda", "new-york-times")))
        .containsExactly(actor("kyiv", "nyt"), actor("ooda", "new-york-times"));
    assertThat(identities.representative(actor("ooda", "new-york-times")))
        .isEqualTo(actor("kyiv", "nyt"));
    assertThat(identities.same(actor("kyiv", "nyt"), actor("other", "nyt")))
        .as("one id in two datasets is no identity")
        .isFalse();
    assertThat(identities.merged()).hasSize(1);
  }

  @Test
  void aCorpusIsAValueOfItsDatasetsInOrderAndItsLinks() {
    Links links =
        new Links.Builder().addIdentities(same(actor("a", "nyt"), actor("b", "x"))).build();
    Corpus corpus =
        corpus()
            .add("a", report("nyt", "officials"))
            .add("b", report("x", "y"))
            .links(links)
            .build();
    Corpus again =
        corpus()
            .add("a", report("nyt", "officials"))
            .add("b", report("x", "y"))
            .links(links)
            .build();
    Corpus reordered =
        corpus()
            .add("b", report("x", "y"))
            .add("a", report("nyt", "officials"))
            .links(links)
            .build();
    Corpus otherDataset =
        corpus()
            .add("a", report("nyt", "officials"))
            .add("b", report("x", "z"))
            .links(links)
            .build();

    assertThat(again).isEqualTo(corpus).hasSameHashCodeAs(corpus);
    assertThat(corpus.toBuilder().build()).isNotSameAs(corpus).isEqualTo(corpus);
    assertThat(reordered).as("the order decides representatives").isNotEqualTo(corpus);
    assertThat(otherDataset).isNotEqualTo(corpus);
    assertThat(corpus().add("a", report("nyt", "officials")).add("b", report("x", "y")).build())
        .as("no links")
        .isNotEqualTo(corpus);
    assertThat(corpus).isNotEqualTo(corpus.datasets());
  }

  @Test
  void equalCorporaGiveEqualAnswers() {
    Links links =
        new Links.Builder()
            .addIdentities(possibly(actor("a", "officials"), actor("b", "officials")))
            .addClaims(
                ClaimLink.of(ClaimRef.of("b", "c"), RelationKind.DUPLICATES, ClaimRef.of("a", "c")))
            .build();
    CorpusIndex one =
        CorpusIndex.of(
            corpus()
                .add("a", report("nyt", "officials"))
                .add("b", report("wsj", "officials"))
                .links(links)
                .build());
    CorpusIndex other =
        CorpusIndex.of(
            corpus()
                .add("a", report("nyt", "officials"))
                .add("b", report("wsj", "officials"))
                .links(links)
                .build());
    ClaimRef claim = ClaimRef.of("a", "c");

    assertThat(other.evidence(claim)).isEqualTo(one.evidence(claim));
    assertThat(other.evidence(claim).partiesFor().exact()).isTrue();
    assertThat(other.evidence(claim).partiesFor().max()).isEqualTo(2);
    assertThat(other.trace(claim)).isEqualTo(one.trace(claim));
    assertThat(other.clusters()).isEqualTo(one.clusters());
    assertThat(other.timeline()).isEqualTo(one.timeline());
  }

  @Test
  void validatedCorporaAreEqualWhenTheirOutcomesAre() {
    Corpus.Builder broken =
        corpus()
            .add("a", report("nyt", "officials"))
            .links(
                new Links.Builder()
                    .addIdentities(same(actor("a", "nyt"), actor("c", "x")))
                    .build());
    Corpus.Builder brokenAgain =
        corpus()
            .add("a", report("nyt", "officials"))
            .links(
                new Links.Builder()
                    .addIdentities(same(actor("a", "nyt"), actor("c", "x")))
                    .build());

    assertThat(broken.tryBuild())
        .isEqualTo(brokenAgain.tryBuild())
        .hasSameHashCodeAs(brokenAgain.tryBuild());
    assertThat(corpus().add("a", report("nyt", "officials")).tryBuild())
        .isEqualTo(corpus().add("a", report("nyt", "officials")).tryBuild())
        .isNotEqualTo(broken.tryBuild());
    assertThat(corpus().add("a", report("nyt", "officials")).tryBuild())
        .isNotEqualTo(corpus().add("b", report("nyt", "officials")).tryBuild());
  }

  @Test
  void identifiersMergeOnlyValuesOfOneKind() {
    Dataset a = dataset("A").addActors(outlet("x", NYT)).build();
    Dataset b = dataset("B").addSources(article("x", NYT)).addPlaces(place("p", NYT)).build();

    Identities identities = corpus().add("a", a).add("b", b).build().identities();

    assertThat(identities.group(actor("a", "x"))).containsExactly(actor("a", "x"));
    assertThat(identities.same(EntityRef.source("b", "x"), EntityRef.place("b", "p"))).isFalse();
  }

  @Test
  void sameStatementsMergeTransitivelyAndDistinctKeepsApart() {
    Corpus corpus =
        corpus()
            .add("a", report("nyt", "officials"))
            .add("b", report("nyt", "officials"))
            .add("c", report("nyt", "officials"))
            .links(
                new Links.Builder()
                    .addIdentities(
                        same(actor("a", "nyt"), actor("b", "nyt")),
                        same(actor("b", "nyt"), actor("c", "nyt")),
                        distinct(actor("a", "officials"), actor("b", "officials")))
                    .build())
            .build();
    Identities identities = corpus.identities();

    assertThat(identities.same(actor("a", "nyt"), actor("c", "nyt"))).isTrue();
    assertThat(identities.same(actor("a", "officials"), actor("b", "officials"))).isFalse();
    assertThat(identities.distinct()).hasSize(1);
  }

  @Test
  void namesNeverMergeAndAnonymousActorsWithNothingSaidAreUnresolved() {
    Dataset a =
        dataset("A")
            .addActors(
                person("zelensky", "Volodymyr Zelensky"),
                anonymous("officials", "American officials"))
            .build();
    Dataset b =
        dataset("B")
            .addActors(
                person("zelensky", "Volodymyr Zelensky"),
                anonymous("officials", "American officials"),
                anonymous("sources", "Sources familiar"))
            .build();

    Corpus corpus =
        corpus()
            .add("a", a)
            .add("b", b)
            .links(
                new Links.Builder()
                    .addIdentities(possibly(actor("a", "officials"), actor("b", "sources")))
                    .build())
            .build();
    Identities identities = corpus.identities();

    assertThat(identities.same(actor("a", "zelensky"), actor("b", "zelensky"))).isFalse();
    assertThat(identities.same(actor("a", "officials"), actor("b", "officials"))).isFalse();
    assertThat(identities.unresolved()).containsExactly(actor("b", "officials"));
    assertThat(identities.isUnresolved(actor("b", "officials"))).isTrue();
    assertThat(identities.contains(actor("a", "zelensky"))).as("the first entity").isTrue();
    assertThat(identities.contains(actor("b", "sources"))).isTrue();
    assertThat(identities.contains(actor("a", "sources"))).isFalse();
    assertThat(identities.contains(actor("c", "officials"))).isFalse();
    assertThat(identities.isUnresolved(actor("a", "officials"))).isFalse();
    assertThat(identities.isUnresolved(actor("a", "zelensky"))).as("not anonymous").isFalse();
    assertThat(identities.possiblySame()).hasSize(1);
    assertThat(corpus().add("a", a).build().identities().unresolved())
        .as("one dataset has nothing across to resolve")
        .isEmpty();
  }

  @Test
  void statementsThatDisagreeOnAPairAreRefusedWhicheverWayTheyNameIt() {
    ValidatedCorpus result =
        corpus()
            .add("a", report("nyt", "officials"))
            .add("b", report("nyt", "officials"))
            .links(
                new Links.Builder()
                    .addIdentities(
                        possibly(actor("a", "officials"), actor("b", "officials")),
                        possibly(actor("b", "officials"), actor("a", "officials")),
                        distinct(actor("b", "officials"), actor("a", "officials")))
                    .build())
            .tryBuild();

    assertThat(lines(result))
        .containsExactly(
            "links: identities[2]: identities[0] says"
                + " 'possibly_same' of b/actor/officials and a/actor/officials, and this says 'distinct';"
                + " keep one of the two [CONFLICTING_STATEMENTS]");
  }

  @Test
  void possiblyTheSameIsRefusedOfEntitiesThatAreOneAlready() {
    ValidatedCorpus result =
        corpus()
            .add("kyiv", report("nyt", "officials", NYT))
            .add("ooda", report("times", "officials", NYT))
            .links(
                new Links.Builder()
                    .addIdentities(possibly(actor("kyiv", "nyt"), actor("ooda", "times")))
                    .build())
            .tryBuild();

    assertThat(lines(result))
        .containsExactly(
            "links: identities[0]: kyiv/actor/nyt and"
                + " ooda/actor/times are said to be possibly the same, but they are made one by the"
                + " identifier wikidata:Q9684; remove this statement or what merges them"
                + " [CONFLICTING_STATEMENTS]");
  }

  @Test
  void aDistinctPairInsideAMergedGroupIsRefusedNamingBothDatasetsAndWhatMergesThem() {
    ValidatedCorpus result =
        corpus()
            .add("kyiv", report("nyt", "officials", NYT))
            .add("ooda", report("times", "officials"))
            .add("reuters", report("nyt-copy", "officials", NYT))
            .links(
                new Links.Builder()
                    .addIdentities(
                        same(actor("ooda", "times"), actor("reuters", "nyt-copy")),
                        distinct(actor("kyiv", "nyt"), actor("ooda", "times")))
                    .build())
            .tryBuild();

    assertThat(result.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.document()).isEqualTo(CorpusViolation.Document.LINKS);
              assertThat(v.path()).hasToString("identities[1]");
              assertThat(v.code()).isEqualTo(ViolationCode.DISTINCT_MERGED);
              assertThat(v.message())
                  .isEqualTo(
                      "the actor 'nyt' of the dataset 'kyiv' and the actor"
                          + " 'times' of the dataset 'ooda' are said to be distinct, but they are made one by the"
                          + " identifier wikidata:Q9684, identities[0]; remove this statement or what merges"
                          + " them");
            });
  }

  @Test
  void twoIdsOfOneDatasetThatEndUpOneAreRefused() {
    ValidatedCorpus result =
        corpus()
            .add("a", dataset("A").addActors(outlet("x"), outlet("y")).build())
            .add("b", dataset("B").addActors(outlet("z")).build())
            .links(
                new Links.Builder()
                    .addIdentities(
                        same(actor("a", "x"), actor("b", "z")),
                        same(actor("b", "z"), actor("a", "y")))
                    .build())
            .tryBuild();

    assertThat(lines(result))
        .containsExactly(
            "links: identities[0]: the actors 'x' and 'y' of"
                + " the dataset 'a' are different entities, but they are made one by identities[0],"
                + " identities[1]; remove what merges them [SAME_WITHIN_DATASET]");
  }

  @Test
  void aDanglingReferenceNamesTheLinksAndThePathInThem() {
    ValidatedCorpus result =
        corpus()
            .add("kursk", report("nyt", "officials"))
            .links(
                new Links.Builder()
                    .addIdentities(
                        same(actor("kursk", "nyt"), actor("missing", "nyt")),
                        same(actor("kursk", "nyt"), EntityRef.place("kursk", "nowhere")))
                    .addClaims(
                        ClaimLink.of(
                            ClaimRef.of("kursk", "c"),
                            RelationKind.SUPPORTS,
                            ClaimRef.of("kursk", "c-none")))
                    .addEvents(EventLink.of(EventRef.of("kursk", "e"), EventRef.of("gone", "e")))
                    .build())
            .tryBuild();

    assertThat(result.isValid()).isFalse();
    assertThat(result.corpus()).isEmpty();
    assertThat(lines(result))
        .containsExactly(
            "links: identities[0].second.dataset: no dataset has the id 'missing'; add the dataset"
                + " to the corpus or correct the id [UNKNOWN_REFERENCE]",
            "links: identities[1].second.place: the dataset 'kursk' has no place with the id"
                + " 'nowhere'; add the place or correct the id [UNKNOWN_REFERENCE]",
            "links: claims[0].to.claim: the dataset 'kursk' has no claim with the id 'c-none'; add"
                + " the claim or correct the id [UNKNOWN_REFERENCE]",
            "links: events[0].second.dataset: no dataset has the id 'gone'; add the dataset to the"
                + " corpus or correct the id [UNKNOWN_REFERENCE]");
  }

  @Test
  void everyViolationComesAtOnceAndNothingIsHalfBuilt() {
    Dataset twice = dataset("Twice").addActors(outlet("x", NYT), outlet("y", NYT)).build();
    Corpus.Builder builder =
        corpus()
            .add("a", report("nyt", "officials"))
            .add("a", report("bbc", "officials"))
            .add("t", twice)
            .links(
                new Links.Builder()
                    .schemaVersion("1.0")
                    .addIdentities(
                        same(actor("a", "nyt"), EntityRef.source("t", "nope")),
                        same(actor("a", "nyt"), actor("a", "nyt")),
                        same(actor("a", "nyt"), actor("a", "officials")),
                        IdentityStatement.of(
                            Identity.SAME, actor("a", "nyt"), EntityRef.source("a", "s")))
                    .addClaims(
                        ClaimLink.of(
                            ClaimRef.of("a", "c"), RelationKind.DUPLICATES, ClaimRef.of("a", "c")))
                    .addEvents(EventLink.of(EventRef.of("a", "e"), EventRef.of("a", "e")))
                    .build());

    ValidatedCorpus result = builder.tryBuild();
    CorpusValidationException thrown =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            CorpusValidationException.class, builder::build);

    assertThat(result.violations())
        .extracting(CorpusViolation::code)
        .containsExactly(
            ViolationCode.DUPLICATE_ID,
            ViolationCode.NOT_IN_VERSION,
            ViolationCode.SHARED_IDENTIFIER,
            ViolationCode.UNKNOWN_REFERENCE,
            ViolationCode.SELF_IDENTITY,
            ViolationCode.SAME_WITHIN_DATASET,
            ViolationCode.UNKNOWN_REFERENCE,
            ViolationCode.SELF_RELATION,
            ViolationCode.SELF_IDENTITY);
    assertThat(lines(result).subList(0, 3))
        .containsExactly(
            "corpus: datasets[1].id: the dataset id 'a' is already used by datasets[0]; give each"
                + " dataset its own id [DUPLICATE_ID]",
            "links: schemaVersion: links are new in schema version 1.1, and the document declares"
                + " 1.0; declare 1.1 [NOT_IN_VERSION]",
            "dataset t: actors[y].identifiers[0]: the identifier wikidata:Q9684 is carried by"
                + " actors[x] too; within one dataset different ids are different actors: merge the"
                + " two or correct the identifier [SHARED_IDENTIFIER]");
    assertThat(thrown.violations()).isEqualTo(result.violations());
    assertThat(thrown.total()).isEqualTo(9);
    assertThat(thrown.getMessage()).startsWith("The corpus has 9 violations:\n  corpus:");
  }

  @Test
  void theExceptionSurvivesSerializationWithItsViolations() throws Exception {
    CorpusValidationException thrown =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            CorpusValidationException.class,
            () ->
                corpus()
                    .add("a", report("nyt", "officials"))
                    .add("a", report("nyt", "officials"))
                    .build());
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(thrown);
    }
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      CorpusValidationException read = (CorpusValidationException) in.readObject();
      assertThat(read.violations()).isEqualTo(thrown.violations());
      assertThat(read.total()).isEqualTo(1);
    }
  }

  @Test
  void anIdentityStatementRelatesValuesOfOneKind() {
    ValidatedCorpus result =
        corpus()
            .add("a", dataset("A").addActors(outlet("nyt")).build())
            .add("b", dataset("B").addSources(article("nyt")).build())
            .links(
                new Links.Builder()
                    .addIdentities(same(actor("a", "nyt"), EntityRef.source("b", "nyt")))
                    .build())
            .tryBuild();

    assertThat(lines(result))
        .containsExactly(
            "links: identities[0]: an identity statement"
                + " relates the actor a/actor/nyt to the source b/source/nyt; relate values of one kind"
                + " [KIND_MISMATCH]");
  }

  @Test
  void derivationsThatRunInACircleThroughLinksAreRefused() {
    Dataset a =
        dataset("A")
            .addActors(outlet("o"))
            .addClaims(claim("c1", hop("o", FOR)), claim("c2", hop("o", FOR)))
            .addRelations(
                new dev.hearsay.core.model.Relation.Builder()
                    .from("c1")
                    .kind(RelationKind.DERIVED_FROM)
                    .to("c2")
                    .build())
            .build();
    Dataset b = dataset("B").addActors(outlet("o")).addClaims(claim("d", hop("o", FOR))).build();

    ValidatedCorpus result =
        corpus()
            .add("a", a)
            .add("b", b)
            .links(
                new Links.Builder()
                    .addClaims(
                        ClaimLink.of(
                            ClaimRef.of("a", "c2"),
                            RelationKind.DERIVED_FROM,
                            ClaimRef.of("b", "d")),
                        ClaimLink.of(
                            ClaimRef.of("b", "d"),
                            RelationKind.DERIVED_FROM,
                            ClaimRef.of("a", "c1")),
                        ClaimLink.of(
                            ClaimRef.of("b", "d"), RelationKind.UPDATES, ClaimRef.of("a", "c1")))
                    .build())
            .tryBuild();

    assertThat(lines(result))
        .containsExactly(
            "links: claims[0]: 'derived from' relations and"
                + " links form a cycle: a/c2 -> b/d -> a/c1 -> a/c2; remove one of them"
                + " [RELATION_CYCLE]");
  }

  @Test
  void theCorpusKeepsItsDatasetsInOrderUnderTheirIds() {
    Dataset first = report("nyt", "officials");
    Dataset second = report("bbc", "officials");
    Corpus corpus = corpus().add("z", first).add("a", second).build();

    assertThat(corpus.datasets().keySet()).containsExactly(DatasetId.of("z"), DatasetId.of("a"));
    assertThat(corpus.dataset(DatasetId.of("a"))).contains(second);
    assertThat(corpus.links()).isEqualTo(Links.none());
    assertThat(corpus.toBuilder().build().datasets()).isEqualTo(corpus.datasets());
    assertThatThrownBy(() -> corpus().links(Links.none()).links(Links.none()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refsAndLinksCheckTheirParts() {
    assertThatThrownBy(() -> DatasetId.of("1abc"))
        .isInstanceOf(ValueCheckException.class)
        .hasMessageStartingWith("DatasetId: '1abc' is not a valid id");
    assertThatThrownBy(() -> EntityRef.actor("a", "bad id"))
        .hasMessageStartingWith("EntityRef.id: 'bad id' is not a valid id");
    assertThatThrownBy(() -> same(actor("a", "x"), actor("b", "y")).withNote(" "))
        .hasMessage("IdentityStatement.note: must not be blank");
    assertThatThrownBy(() -> new Links.Builder().schemaVersion("1.2").build())
        .isInstanceOf(ValueCheckException.class)
        .hasMessageStartingWith("Links.schemaVersion:");
    assertThatThrownBy(() -> new Links.Builder().addIdentities((IdentityStatement) null).build())
        .hasMessage("Links.identities[0]: must not be null");
  }

  @Test
  void theViolationsKeptStopAtTheLimitAndTheRestAreCounted() {
    Corpus.Builder builder =
        corpus()
            .add("a", report("nyt", "officials"))
            .add("a", report("bbc", "officials"))
            .add("a", report("wsj", "officials"))
            .maxViolations(1);

    ValidatedCorpus result = builder.tryBuild();
    CorpusValidationException thrown =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            CorpusValidationException.class, builder::build);

    assertThat(result.isValid()).isFalse();
    assertThat(result.violations()).hasSize(1);
    assertThat(result.total()).isEqualTo(2);
    assertThat(result).hasToString("ValidatedCorpus" + result.violations() + " and 1 more");
    assertThat(thrown.omitted()).isEqualTo(1);
    assertThat(thrown.getMessage())
        .startsWith("The corpus has 2 violations, of which the first 1 are listed:\n  corpus:");
    assertThatThrownBy(result::orElseThrow)
        .isInstanceOfSatisfying(
            CorpusValidationException.class,
            e -> {
              assertThat(e.violations()).isEqualTo(result.violations());
              assertThat(e.total()).isEqualTo(2);
            });
  }

  @Test
  void underTheLimitEveryViolationIsKept() {
    ValidatedCorpus result =
        corpus()
            .add("a", report("nyt", "officials"))
            .add("a", report("bbc", "officials"))
            .add("a", report("wsj", "officials"))
            .maxViolations(2)
            .tryBuild();

    assertThat(result.violations()).hasSize(2);
    assertThat(result.total()).isEqualTo(2);
    assertThat(result).hasToString("ValidatedCorpus" + result.violations());
  }

  @Test
  void theLimitOfViolationsIsAtLeastOne() {
    assertThat(corpus().maxViolations(1).add("a", report("nyt", "officials")).build().datasets())
        .hasSize(1);
    assertThatThrownBy(() -> corpus().maxViolations(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "maxViolations: must be at least 1, so that a broken rule is always shown; was 0");
  }

  @Test
  void aValidOutcomeHoldsTheCorpusAndNoViolation() {
    Corpus.Builder builder =
        corpus()
            .add("a", report("nyt", "officials"))
            .add("b", report("x", "y"))
            .links(
                new Links.Builder()
                    .addIdentities(same(actor("a", "nyt"), actor("b", "x")))
                    .addClaims(
                        ClaimLink.of(
                            ClaimRef.of("a", "c"), RelationKind.DUPLICATES, ClaimRef.of("b", "c")))
                    .build());

    ValidatedCorpus result = builder.tryBuild();

    assertThat(result.isValid()).isTrue();
    assertThat(result.corpus()).contains(builder.build());
    assertThat(result.orElseThrow()).isEqualTo(builder.build());
    assertThat(result.total()).isZero();
    assertThat(result.violations()).isEmpty();
    assertThat(result).hasToString("ValidatedCorpus[valid]");
    assertThat(result.orElseThrow())
        .hasToString("Corpus[a, b] with 1 identity statements, 1 claim links and 0 event links");
  }

  @Test
  void placesOfTwoDatasetsWithOneIdentifierAreOne() {
    Dataset a = dataset("A").addPlaces(place("kursk", KURSK)).build();
    Dataset b = dataset("B").addPlaces(place("kursk-oblast", KURSK), place("sudzha")).build();

    Identities identities = corpus().add("a", a).add("b", b).build().identities();

    assertThat(identities.same(EntityRef.place("a", "kursk"), EntityRef.place("b", "kursk-oblast")))
        .isTrue();
    assertThat(identities.same(EntityRef.place("a", "kursk"), EntityRef.place("b", "sudzha")))
        .isFalse();
  }

  @Test
  void updatesThatRunInACircleThroughLinksAreRefused() {
    Dataset a =
        dataset("A")
            .addActors(outlet("o"))
            .addClaims(claim("c1", hop("o", FOR)), claim("c2", hop("o", FOR)))
            .addRelations(
                new dev.hearsay.core.model.Relation.Builder()
                    .from("c1")
                    .kind(RelationKind.UPDATES)
                    .to("c2")
                    .build())
            .build();
    Dataset b = dataset("B").addActors(outlet("o")).addClaims(claim("d", hop("o", FOR))).build();

    ValidatedCorpus result =
        corpus()
            .add("a", a)
            .add("b", b)
            .links(
                new Links.Builder()
                    .addClaims(
                        ClaimLink.of(
                            ClaimRef.of("a", "c2"), RelationKind.UPDATES, ClaimRef.of("b", "d")),
                        ClaimLink.of(
                            ClaimRef.of("b", "d"), RelationKind.UPDATES, ClaimRef.of("a", "c1")))
                    .build())
            .tryBuild();

    assertThat(lines(result))
        .containsExactly(
            "links: claims[0]: 'updates' relations and links form a cycle:"
                + " a/c2 -> b/d -> a/c1 -> a/c2; remove one of them [RELATION_CYCLE]");
  }

  @Test
  void relationsOfAnotherKindCloseNoCircleOfDerivations() {
    Dataset a =
        dataset("A")
            .addActors(outlet("o"))
            .addClaims(claim("c1", hop("o", FOR)), claim("c2", hop("o", FOR)))
            .addRelations(
                new dev.hearsay.core.model.Relation.Builder()
                    .from("c1")
                    .kind(RelationKind.SUPPORTS)
                    .to("c2")
                    .build())
            .build();
    Dataset b = dataset("B").addActors(outlet("o")).addClaims(claim("d", hop("o", FOR))).build();

    ValidatedCorpus result =
        corpus()
            .add("a", a)
            .add("b", b)
            .links(
                new Links.Builder()
                    .addClaims(
                        ClaimLink.of(
                            ClaimRef.of("a", "c2"),
                            RelationKind.DERIVED_FROM,
                            ClaimRef.of("b", "d")),
                        ClaimLink.of(
                            ClaimRef.of("b", "d"),
                            RelationKind.DERIVED_FROM,
                            ClaimRef.of("a", "c1")))
                    .build())
            .tryBuild();

    assertThat(result.isValid()).isTrue();
  }

  @Test
  void aLinkThatNamesWhatIsNotThereTwiceIsOnlyAnUnknownReference() {
    ValidatedCorpus result =
        corpus()
            .add("a", report("nyt", "officials"))
            .links(
                new Links.Builder()
                    .addClaims(
                        ClaimLink.of(
                            ClaimRef.of("gone", "c"),
                            RelationKind.SUPPORTS,
                            ClaimRef.of("gone", "c")),
                        ClaimLink.of(
                            ClaimRef.of("a", "c-none"),
                            RelationKind.DERIVED_FROM,
                            ClaimRef.of("a", "c-none")))
                    .addEvents(
                        EventLink.of(EventRef.of("gone", "e"), EventRef.of("gone", "e")),
                        EventLink.of(EventRef.of("a", "e-none"), EventRef.of("a", "e-none")))
                    .build())
            .tryBuild();

    assertThat(result.violations())
        .extracting(v -> v.path().toString())
        .containsExactly(
            "claims[0].from.dataset",
            "claims[0].to.dataset",
            "claims[1].from.claim",
            "claims[1].to.claim",
            "events[0].first.dataset",
            "events[0].second.dataset",
            "events[1].first.event",
            "events[1].second.event");
    assertThat(result.violations())
        .extracting(CorpusViolation::code)
        .containsOnly(ViolationCode.UNKNOWN_REFERENCE);
    assertThat(lines(result).get(6))
        .isEqualTo(
            "links: events[1].first.event: the dataset 'a' has no event with the id 'e-none'; add"
                + " the event or correct the id [UNKNOWN_REFERENCE]");
  }

  @Test
  void aCircleOfDerivationsThroughAClaimThatIsNotThereIsNotACycle() {
    ValidatedCorpus result =
        corpus()
            .add("a", report("nyt", "officials"))
            .links(
                new Links.Builder()
                    .addClaims(
                        ClaimLink.of(
                            ClaimRef.of("a", "c"),
                            RelationKind.DERIVED_FROM,
                            ClaimRef.of("a", "c-none")),
                        ClaimLink.of(
                            ClaimRef.of("a", "c-none"),
                            RelationKind.DERIVED_FROM,
                            ClaimRef.of("a", "c")))
                    .build())
            .tryBuild();

    assertThat(result.violations())
        .extracting(CorpusViolation::code)
        .containsExactly(ViolationCode.UNKNOWN_REFERENCE, ViolationCode.UNKNOWN_REFERENCE);
  }

  @Test
  void pastTwentyMergedPairsTheRouteIsNoLongerSpelledOut() {
    Dataset.Builder a = dataset("A");
    Dataset.Builder b = dataset("B");
    Links.Builder links = new Links.Builder();
    for (int i = 0; i < 21; i++) {
      Identifier id = Identifier.wikidata("Q" + (100 + i));
      a.addActors(outlet("x" + i, id));
      b.addActors(outlet("y" + i, id));
      links.addIdentities(distinct(actor("a", "x" + i), actor("b", "y" + i)));
    }

    ValidatedCorpus result =
        corpus().add("a", a.build()).add("b", b.build()).links(links.build()).tryBuild();

    assertThat(result.violations()).hasSize(21);
    assertThat(result.violations().get(19).message())
        .contains("but they are made one by the identifier wikidata:Q119;");
    assertThat(result.violations().get(20).message())
        .contains("but 'same' statements and shared identifiers make them one;");
  }

  @Test
  void theFirstEntityOfTheCorpusIsUnresolvedWhenItIsAnonymousAndNothingIsSaidOfIt() {
    Dataset a = dataset("A").addActors(anonymous("officials", "Officials")).build();
    Dataset b = dataset("B").addActors(anonymous("sources", "Sources")).build();

    Identities identities = corpus().add("a", a).add("b", b).build().identities();

    assertThat(identities.unresolved())
        .containsExactly(actor("a", "officials"), actor("b", "sources"));
  }
}
