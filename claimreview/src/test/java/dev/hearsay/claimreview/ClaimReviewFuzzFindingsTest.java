package dev.hearsay.claimreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Dataset;
import org.junit.jupiter.api.Test;

/**
 * What fuzzing the fact-check readers found, and what was guarded against beside it, as
 * regression tests with small inputs. The fuzzer's inputs are also in {@link ClaimReviewFuzzTest}'s
 * corpus ({@code found-*}), which the normal build replays.
 */
class ClaimReviewFuzzFindingsTest {
  private static final String REVIEW =
      "{\"@type\":\"ClaimReview\","
          + "\"claimReviewed\":\"Taxes fell.\","
          + "\"author\":\"Checkers %s\",\"itemReviewed\":{\"@type\":\"Claim\",\"author\":\"A senator\","
          + "\"datePublished\":\"%s\"},\"reviewRating\":{\"alternateName\":\"False\"}}";

  @Test
  void oneClaimDatedDifferentlyByTwoReviewsIsTwoClaims() {
    String page =
        "["
            + String.format(REVIEW, "A", "2024-06-01")
            + ","
            + String.format(REVIEW, "B", "4048-06-01")
            + "]";

    Dataset dataset = new ClaimReviewReader().read(page).dataset();

    assertThat(dataset.claims()).hasSize(2);
    assertThat(new ClaimReviewReader().read(new ClaimReviewWriter().write(dataset)).dataset())
        .isEqualTo(dataset);
  }

  @Test
  void aTextWithAnUnpairedSurrogateIsRefused() {
    String review = String.format(REVIEW, "\\uD83D", "2024-06-01");

    assertThatThrownBy(() -> new ClaimReviewReader().read(review))
        .isInstanceOf(ClaimReviewException.class)
        .hasMessage(
            "$.author: has an unpaired surrogate (\\uD83D at index 9), which is not"
                + " Unicode text");
  }

  @Test
  void aWorkWithoutAddressReviewedTwiceIsOneSource() {
    String review =
        "{\"@type\":\"ClaimReview\",\"claimReviewed\":\"Taxes fell.\","
            + "\"author\":\"Checkers %s\",\"itemReviewed\":{\"@type\":\"CreativeWork\","
            + "\"author\":\"A senator\",\"datePublished\":\"2024-06-01\"},"
            + "\"reviewRating\":{\"alternateName\":\"False\"}}";
    String page = "[" + String.format(review, "A") + "," + String.format(review, "B") + "]";

    Dataset dataset = new ClaimReviewReader().read(page).dataset();

    assertThat(dataset.claims())
        .singleElement()
        .satisfies(c -> assertThat(c.attribution()).hasSize(1));
    assertThat(dataset.sources())
        .filteredOn(s -> s.locator().isEmpty() && s.published().isPresent())
        .hasSize(1);
    assertThat(new ClaimReviewReader().read(new ClaimReviewWriter().write(dataset)).dataset())
        .isEqualTo(dataset);
  }

  @Test
  void anAddressThatIsOnlyAFragmentIsRefused() {
    String response =
        "{\"claims\":[{\"text\":\"Taxes fell.\",\"claimReview\":[{\"publisher\":"
            + "{\"name\":\"Checkers\"},\"textualRating\":\"False\",\"url\":\"https://#x\"}]}]}";

    assertThatThrownBy(() -> new FactCheckApiReader().read(response))
        .isInstanceOf(ClaimReviewException.class)
        .hasMessage(
            "$.claims[0].claimReview[0].url: 'https://#x' is not an address without its"
                + " fragment either");
  }
}
