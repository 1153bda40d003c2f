package dev.hearsay.claimreview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.time.ImpreciseTime;
import org.junit.jupiter.api.Test;

/** What a claims:search response becomes, with nothing invented where a field is absent. */
class FactCheckApiReaderTest {
  private static ClaimReviewImport read(String name) {
    return new FactCheckApiReader().read(Resources.bytes("factcheck-api/good", name + ".json"));
  }

  @Test
  void eachClaimIsHeldByItsClaimantAndEachReviewIsAnAssessment() {
    ClaimReviewImport read = read("search-response");
    Dataset dataset = read.dataset();

    assertThat(dataset.claims()).hasSize(2);
    Claim toll = dataset.claims().get(0);
    Hop said = toll.attribution().get(0).hops().get(0);
    Actor claimant = dataset.actor(said.actor()).orElseThrow();
    assertThat(claimant.name()).isEqualTo("Dana Whitfield");
    assertThat(claimant.kind()).isEqualTo(ActorKind.UNKNOWN);
    assertThat(said.source()).isEmpty();
    assertThat(said.time().orElseThrow().value())
        .isEqualTo(ImpreciseTime.parse("2024-05-09T00:00:00Z"));

    assertThat(dataset.assessments())
        .extracting(Assessment::rating)
        .containsExactly("Mostly false", "Exaggerated", "True");
    Assessment first = dataset.assessments().get(0);
    assertThat(first.ratingValue()).isEmpty();
    assertThat(first.bestRating()).isEmpty();
    assertThat(dataset.actor(first.assessor()).orElseThrow().kind())
        .isEqualTo(ActorKind.ORGANIZATION);
    Source page = dataset.source(first.source()).orElseThrow();
    assertThat(page.title()).contains("No, the bridge toll will not cost 2,000 dollars a year");
    assertThat(page.language()).contains("en");

    assertThat(read.omissions())
        .extracting(Omission::path)
        .containsExactly(
            "$.claims[0].claimReview[0].publisher.site",
                "$.claims[0].claimReview[1].publisher.site",
            "$.claims[1].claimReview[0].publisher.site", "$.nextPageToken");
  }

  @Test
  void aReviewAddressWithAFragmentIsTheAssessmentsAndItsPageTheSources() {
    Dataset dataset = read("search-response").dataset();

    Assessment ridership = dataset.assessments().get(2);
    assertThat(ridership.url().orElseThrow().toString())
        .isEqualTo("https://factdesk.example.org/week/19#two");
    assertThat(dataset.source(ridership.source()).orElseThrow().locator().orElseThrow().toString())
        .isEqualTo("https://factdesk.example.org/week/19");
  }

  @Test
  void aClaimWithoutClaimantIsHeldByTheUnknownClaimant() {
    Dataset dataset = read("no-claimant").dataset();

    Actor claimant =
        dataset
            .actor(dataset.claims().get(0).attribution().get(0).hops().get(0).actor())
            .orElseThrow();
    assertThat(claimant.name()).isEqualTo("Unknown claimant");
    assertThat(claimant.anonymous()).isTrue();
  }

  @Test
  void severalPeopleInOneClaimantAreOneActorNamedAsGiven() {
    Dataset dataset = read("several-claimants").dataset();

    assertThat(dataset.actors())
        .extracting(Actor::name)
        .contains("Candidate Reyes, Candidate Lindqvist");
    assertThat(dataset.assessments().get(0).rating())
        .isEqualTo("Only one of them did; the other promised to lower it.");
  }

  @Test
  void nothingIsInventedWhereAFieldIsAbsent() {
    Dataset dataset = read("publisher-site-only").dataset();

    Assessment verdict = dataset.assessments().get(0);
    assertThat(dataset.actor(verdict.assessor()).orElseThrow().name())
        .isEqualTo("smallcheck.example");
    Source page = dataset.source(verdict.source()).orElseThrow();
    assertThat(page.title()).isEmpty();
    assertThat(page.language()).isEmpty();
    assertThat(verdict.url()).isEmpty();
    Hop said = dataset.claims().get(0).attribution().get(0).hops().get(0);
    assertThat(said.time()).isEmpty();
  }

  @Test
  void anEmptyResponseIsAnEmptyDataset() {
    ClaimReviewImport read = read("empty-response");

    assertThat(read.dataset().claims()).isEmpty();
    assertThat(read.complete()).isTrue();
  }
}
