package dev.hearsay.claimreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.query.ProvenanceIndex;
import dev.hearsay.core.query.Trace;
import dev.hearsay.core.time.ImpreciseTime;
import java.math.BigDecimal;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** What ClaimReview markup becomes: claims held by their claimants, and verdicts on them. */
class ClaimReviewReaderTest {
  private static ClaimReviewImport read(String directory, String name) {
    return new ClaimReviewReader().read(Resources.bytes(directory, name + ".json"));
  }

  private static Actor actor(Dataset dataset, dev.hearsay.core.model.ActorId id) {
    return dataset.actor(id).orElseThrow();
  }

  @Test
  void schemaOrgsPolitiFactExampleBecomesAClaimByRickPerryAndPolitiFactsVerdict() {
    ClaimReviewImport read = read("claimreview/schemaorg", "eg-0324-politifact");
    Dataset dataset = read.dataset();

    Claim claim = dataset.claims().get(0);
    assertThat(claim.proposition())
        .isEqualTo(
            "More than 3,000 homicides were committed by \"illegal aliens\" over the past six years.");
    Hop said = claim.attribution().get(0).hops().get(0);
    assertThat(actor(dataset, said.actor()).name()).isEqualTo("Rich Perry");
    assertThat(actor(dataset, said.actor()).kind()).isEqualTo(ActorKind.PERSON);
    Source interview = dataset.source(said.source().orElseThrow()).orElseThrow();
    assertThat(interview.title()).contains("The St. Petersburg Times interview [...]");
    assertThat(interview.published().orElseThrow().value())
        .isEqualTo(ImpreciseTime.parse("2014-07-17"));

    Assessment verdict = dataset.assessments().get(0);
    assertThat(verdict.rating()).isEqualTo("True");
    assertThat(verdict.ratingValue()).contains(BigDecimal.ONE);
    assertThat(verdict.bestRating()).contains(BigDecimal.valueOf(6));
    assertThat(verdict.worstRating()).isEmpty();
    assertThat(verdict.time()).contains(ImpreciseTime.parse("2014-07-23"));
    Actor politifact = actor(dataset, verdict.assessor());
    assertThat(politifact.name()).isEqualTo("http://www.politifact.com/");
    assertThat(politifact.kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(dataset.source(verdict.source()).orElseThrow().locator())
        .contains(
            URI.create(
                "http://www.politifact.com/texas/statements/2014/jul/23/rick-perry/"
                    + "rick-perry-claim-about-3000-homicides-illegal-immi/"));

    assertThat(read.omissions())
        .extracting(Omission::path)
        .contains(
            "$.author.image",
            "$.author.sameAs",
            "$.reviewRating.image",
            "$.itemReviewed.author.jobTitle",
            "$.itemReviewed.author.image",
            "$.itemReviewed.author.sameAs");
  }

  @Test
  void theOlderMarkupWithoutAlternateNameTakesTheRatingValueAsTheRating() {
    Assessment verdict =
        read("claimreview/schemaorg", "issue-1061-pending").dataset().assessments().get(0);

    assertThat(verdict.rating()).isEqualTo("1");
    assertThat(verdict.ratingValue()).contains(BigDecimal.ONE);
  }

  @Test
  void aReviewWithoutARatingKeepsItsClaimAndSaysSo() {
    ClaimReviewImport read = read("claimreview/schemaorg", "eg-0325-clip");

    assertThat(read.dataset().assessments()).isEmpty();
    assertThat(read.dataset().claims())
        .singleElement()
        .satisfies(
            c ->
                assertThat(
                        actor(read.dataset(), c.attribution().get(0).hops().get(0).actor()).name())
                    .isEqualTo("Barack Obama"));
    assertThat(read.omissions())
        .anySatisfy(
            o -> {
              assertThat(o.path()).isEqualTo("$.reviewRating");
              assertThat(o.reason()).contains("without an assessment");
            });
    assertThat(read.omissions())
        .extracting(Omission::path)
        .contains("$.reviewBody", "$.itemReviewed.isPartOf", "$.itemReviewed.startOffset");
  }

  @Test
  void eachAppearanceIsAChainOfTheClaimantWithThatSource() {
    Dataset dataset = read("claimreview/good", "claim-with-appearances").dataset();

    Claim claim = dataset.claims().get(0);
    assertThat(claim.attribution()).hasSize(3);
    assertThat(claim.attribution())
        .allSatisfy(
            chain -> {
              assertThat(chain.hops()).hasSize(1);
              assertThat(actor(dataset, chain.hops().get(0).actor()).name())
                  .isEqualTo("Dana Whitfield");
              assertThat(chain.hops().get(0).time().orElseThrow().value())
                  .isEqualTo(ImpreciseTime.parse("2024-05-09"));
            });
    Source first =
        dataset
            .source(claim.attribution().get(0).hops().get(0).source().orElseThrow())
            .orElseThrow();
    assertThat(first.kind()).isEqualTo(SourceKind.BROADCAST);
    assertThat(first.title()).contains("City council session, 9 May 2024");
  }

  @Test
  void theAssessorIsNeitherAnOriginNorARelayOfTheClaim() {
    Dataset dataset = read("claimreview/good", "claim-with-appearances").dataset();
    ProvenanceIndex index = ProvenanceIndex.of(dataset);

    Trace trace = index.trace(dataset.claims().get(0).id());

    assertThat(trace.origins()).extracting(Actor::name).containsExactly("Dana Whitfield");
    assertThat(trace.relayers()).isEmpty();
    assertThat(trace.assessments())
        .extracting(a -> actor(dataset, a.assessor()).name())
        .containsExactly("Civic Fact Desk");
  }

  @Test
  void anAuthorGivenByIdIsTheNodeOfTheGraphWithThatId() {
    ClaimReviewImport read = read("claimreview/good", "graph-page");

    Assessment verdict = read.dataset().assessments().get(0);
    assertThat(actor(read.dataset(), verdict.assessor()).name()).isEqualTo("TruthMeter");
    assertThat(read.omissions())
        .extracting(Omission::path)
        .contains("$.@graph[0]", "$.@graph[1]", "$.@graph[2]");
    assertThat(read.omissions())
        .extracting(Omission::reason)
        .contains("a WebPage, not a ClaimReview", "an Organization, not a ClaimReview");
  }

  @Test
  void reviewsOnOnePageShareTheirSourceAndKeepTheirOwnAddresses() {
    Dataset dataset = read("claimreview/good", "graph-two-reviews-one-page").dataset();

    assertThat(dataset.assessments()).hasSize(2);
    assertThat(dataset.assessments())
        .extracting(Assessment::source)
        .containsOnly(dataset.assessments().get(0).source());
    assertThat(dataset.assessments())
        .extracting(a -> a.url().orElseThrow().getFragment())
        .containsExactly("claim-1", "claim-2");
  }

  @Test
  void oneClaimReviewedTwiceIsOneClaimWithTwoAssessments() {
    Dataset dataset = read("claimreview/good", "same-claim-two-checkers").dataset();

    assertThat(dataset.claims()).hasSize(1);
    assertThat(dataset.assessments())
        .extracting(Assessment::rating)
        .containsExactly("Mostly true", "Half true");
  }

  @Test
  void aDateWithAFractionOfASecondKeepsItsTextAsWritten() {
    Dataset dataset = read("claimreview/good", "date-times").dataset();

    Source page = dataset.source(dataset.assessments().get(0).source()).orElseThrow();
    assertThat(page.published().orElseThrow().asWritten()).contains("2021-03-04T10:15:30.000Z");
    assertThat(page.published().orElseThrow().value())
        .isEqualTo(ImpreciseTime.parse("2021-03-04T10:15:30Z"));
  }

  @Test
  void aClaimWhoseClaimantIsNotNamedIsHeldByTheUnknownClaimant() {
    Dataset dataset = read("claimreview/good", "claim-without-author").dataset();

    Actor claimant =
        actor(dataset, dataset.claims().get(0).attribution().get(0).hops().get(0).actor());
    assertThat(claimant.name()).isEqualTo("Unknown claimant");
    assertThat(claimant.anonymous()).isTrue();
    assertThat(claimant.kind()).isEqualTo(ActorKind.UNKNOWN);
  }

  @Test
  void kindsFollowTheSchemaOrgTypes() {
    Dataset dataset = read("claimreview/good", "media-and-government").dataset();

    assertThat(dataset.actors())
        .extracting(Actor::name, Actor::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Ministry of Employment", ActorKind.GOVERNMENT_BODY),
            org.assertj.core.groups.Tuple.tuple("Evening Courier", ActorKind.MEDIA_OUTLET));
  }

  @Test
  void aDocumentNestedTooDeepIsRefusedInWordsWithoutJacksonsSetting() {
    String page = "{\"@graph\": " + "[".repeat(100) + "]".repeat(100) + "}";

    assertThatThrownBy(() -> new ClaimReviewReader().read(page))
        .isInstanceOf(ClaimReviewException.class)
        .hasMessageEndingWith(
            ": nests arrays and objects more than 32 deep, more than this" + " reader takes");
  }

  @Test
  void languageAndHeadlineDescribeTheReviewsPage() {
    Dataset dataset = read("claimreview/good", "spanish").dataset();

    Source page = dataset.source(dataset.assessments().get(0).source()).orElseThrow();
    assertThat(page.language()).contains("es");
    assertThat(page.title()).contains("No, el agua del grifo no está contaminada");
    assertThat(dataset.actors()).extracting(a -> a.id().value()).contains("jose-munoz");
  }
}
