package dev.hearsay.claimreview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import dev.hearsay.jackson.HearsayMappers;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dataset's assessments as ClaimReview, and back: what ClaimReview carries comes back; what it
 * cannot carry (relays, other claimants, commitment, claims no one assessed) is named here.
 */
class ClaimReviewWriterTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  /** The worked report's dataset, with two fact-checkers' verdicts on two of its claims. */
  private static Dataset assessedKursk() throws IOException {
    Dataset kursk;
    try (InputStream in =
        ClaimReviewWriterTest.class.getResourceAsStream(
            "/dev/hearsay/examples/kursk-report.json")) {
      kursk = HearsayMappers.recommended().build().readValue(in, Dataset.class);
    }
    Actor checker =
        new Actor.Builder()
            .id("checker")
            .name("Example Fact Check")
            .kind(ActorKind.ORGANIZATION)
            .build();
    Source review =
        new Source.Builder()
            .id("checker-review")
            .kind(SourceKind.ARTICLE)
            .title("What we know about North Korean troops in Kursk")
            .publisher(checker)
            .published(TimeMention.of("2024-10-30"))
            .locator(URI.create("https://factcheck.example/kursk"))
            .language("en")
            .build();
    List<Claim> claims = kursk.claims();
    Assessment first =
        new Assessment.Builder()
            .claim(claims.get(0))
            .assessor(checker)
            .rating("Mostly true")
            .ratingValue(BigDecimal.valueOf(4))
            .bestRating(BigDecimal.valueOf(5))
            .worstRating(BigDecimal.ONE)
            .source(review)
            .time(ImpreciseTime.parse("2024-10-30"))
            .url(URI.create("https://factcheck.example/kursk#troops"))
            .build();
    Assessment second =
        new Assessment.Builder()
            .claim(claims.get(1))
            .assessor(checker)
            .rating("Unproven")
            .source(review)
            .build();
    return kursk.toBuilder()
        .addActors(checker)
        .addSources(review)
        .addAssessments(first, second)
        .build();
  }

  @Test
  void eachAssessmentIsAClaimReviewWithTheIssuesProperties() throws IOException {
    Dataset dataset = assessedKursk();
    Assessment first = dataset.assessments().get(0);
    Claim claim = dataset.claim(first.claim()).orElseThrow();
    Chain chain = claim.attribution().get(0);
    Hop origin = chain.hops().get(chain.hops().size() - 1);

    JsonNode document = PLAIN.readTree(new ClaimReviewWriter().write(dataset));

    assertThat(document.get("@context").asString()).isEqualTo("https://schema.org");
    JsonNode review = document.get("@graph").get(0);
    assertThat(document.get("@graph").size()).isEqualTo(2);
    assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
    assertThat(review.get("claimReviewed").asString()).isEqualTo(claim.proposition());
    assertThat(review.get("url").asString()).isEqualTo("https://factcheck.example/kursk#troops");
    assertThat(review.get("datePublished").asString()).isEqualTo("2024-10-30");
    assertThat(review.get("author").get("@type").asString()).isEqualTo("Organization");
    assertThat(review.get("author").get("name").asString()).isEqualTo("Example Fact Check");
    JsonNode rating = review.get("reviewRating");
    assertThat(rating.get("@type").asString()).isEqualTo("Rating");
    assertThat(rating.get("alternateName").asString()).isEqualTo("Mostly true");
    assertThat(rating.get("ratingValue").decimalValue()).isEqualByComparingTo("4");
    assertThat(rating.get("bestRating").decimalValue()).isEqualByComparingTo("5");
    assertThat(rating.get("worstRating").decimalValue()).isEqualByComparingTo("1");
    JsonNode item = review.get("itemReviewed");
    assertThat(item.get("@type").asString()).isEqualTo("Claim");
    assertThat(
            item.get("author").isString()
                ? item.get("author").asString()
                : item.get("author").get("name").asString())
        .isEqualTo(dataset.actor(origin.actor()).orElseThrow().name());
    JsonNode second = document.get("@graph").get(1).get("reviewRating");
    assertThat(second.has("ratingValue")).isFalse();
    assertThat(document.get("@graph").get(1).has("datePublished")).isFalse();
  }

  @Test
  void whatClaimReviewCarriesComesBackAndTheRestIsLost() throws IOException {
    Dataset dataset = assessedKursk();

    Dataset back = new ClaimReviewReader().read(new ClaimReviewWriter().write(dataset)).dataset();

    assertThat(back.assessments()).hasSameSizeAs(dataset.assessments());
    for (int i = 0; i < dataset.assessments().size(); i++) {
      Assessment sent = dataset.assessments().get(i);
      Assessment got = back.assessments().get(i);
      Claim claimSent = dataset.claim(sent.claim()).orElseThrow();
      Claim claimGot = back.claim(got.claim()).orElseThrow();
      // Carried: the words, the verdict, the scale, the time, the addresses, who assessed.
      assertThat(claimGot.proposition()).isEqualTo(claimSent.proposition());
      assertThat(got.rating()).isEqualTo(sent.rating());
      assertThat(got.ratingValue()).isEqualTo(sent.ratingValue());
      assertThat(got.bestRating()).isEqualTo(sent.bestRating());
      assertThat(got.worstRating()).isEqualTo(sent.worstRating());
      assertThat(got.time()).isEqualTo(sent.time());
      assertThat(got.url()).isEqualTo(sent.url());
      assertThat(back.actor(got.assessor()).orElseThrow().name())
          .isEqualTo(dataset.actor(sent.assessor()).orElseThrow().name());
      Source pageSent = dataset.source(sent.source()).orElseThrow();
      Source pageGot = back.source(got.source()).orElseThrow();
      assertThat(pageGot.locator()).isEqualTo(pageSent.locator());
      assertThat(pageGot.title()).isEqualTo(pageSent.title());
      assertThat(pageGot.language()).isEqualTo(pageSent.language());
      // Carried: the origin of the first chain, as the claimant.
      Chain chain = claimSent.attribution().get(0);
      Hop origin = chain.hops().get(chain.hops().size() - 1);
      Hop claimant = claimGot.attribution().get(0).hops().get(0);
      assertThat(back.actor(claimant.actor()).orElseThrow().name())
          .isEqualTo(dataset.actor(origin.actor()).orElseThrow().name());
      assertThat(claimant.time()).isEqualTo(origin.time());
      // Lost: the relays, the commitment and the mode of the hops.
      assertThat(claimGot.attribution()).allSatisfy(c -> assertThat(c.hops()).hasSize(1));
      assertThat(chain.hops().size()).isGreaterThan(1);
    }
    // Lost: the claims no one assessed, events, relations and places.
    assertThat(back.claims()).hasSizeLessThan(dataset.claims().size());
    assertThat(back.events()).isEmpty();
    assertThat(back.relations()).isEmpty();
    assertThat(dataset.relations()).isNotEmpty();
  }
}
