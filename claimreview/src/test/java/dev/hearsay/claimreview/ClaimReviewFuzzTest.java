package dev.hearsay.claimreview;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;

/**
 * Fuzzes the fact-check readers: {@link ClaimReviewReader} and {@link FactCheckApiReader}. Only
 * {@link ClaimReviewException} may escape, with a location and a message; no input may hang,
 * overflow the stack or run out of memory. What reads writes back: the assessed part of a
 * ClaimReview document's dataset writes as ClaimReview that reads with nothing left out, the same
 * ratings in the same order and the same claims, and that dataset writes and reads back equal; an API response's
 * assessments write as ClaimReview that reads with as many.
 *
 * <p>With the normal tests each method replays its inputs under {@code
 * ClaimReviewFuzzTestInputs/<method>} in the test resources; {@code docs/robustness.md} says how
 * to fuzz for longer.
 */
class ClaimReviewFuzzTest {
  private static final ClaimReviewReader CLAIM_REVIEW = new ClaimReviewReader();
  private static final FactCheckApiReader API = new FactCheckApiReader();
  private static final ClaimReviewWriter WRITER = new ClaimReviewWriter();

  @FuzzTest(maxDuration = "5m")
  void claimReview(byte[] input) {
    ClaimReviewImport read;
    try {
      read = CLAIM_REVIEW.read(input);
    } catch (ClaimReviewException e) {
      assertRefusedWell(e);
      return;
    }
    Dataset assessed = CatalogueTest.onlyAssessed(read.dataset());
    if (assessed.assessments().isEmpty()) {
      return;
    }
    ClaimReviewImport again = CLAIM_REVIEW.read(WRITER.toBytes(assessed));
    assertThat(again.omissions()).isEmpty();
    assertThat(again.dataset().assessments())
        .extracting(Assessment::rating)
        .isEqualTo(assessed.assessments().stream().map(Assessment::rating).toList());
    // In the order of the assessments that name them, which need not be the dataset's.
    assertThat(again.dataset().claims())
        .extracting(Claim::proposition)
        .containsExactlyInAnyOrderElementsOf(
            assessed.claims().stream().map(Claim::proposition).toList());
    Dataset twice = CLAIM_REVIEW.read(WRITER.toBytes(again.dataset())).dataset();
    assertThat(twice).isEqualTo(again.dataset());
  }

  @FuzzTest(maxDuration = "5m")
  void factCheckApi(byte[] input) {
    ClaimReviewImport read;
    try {
      read = API.read(input);
    } catch (ClaimReviewException e) {
      assertRefusedWell(e);
      return;
    }
    Dataset dataset = read.dataset();
    if (dataset.assessments().isEmpty()) {
      return;
    }
    ClaimReviewImport written = CLAIM_REVIEW.read(WRITER.toBytes(dataset));
    assertThat(written.dataset().assessments()).hasSameSizeAs(dataset.assessments());
  }

  private static void assertRefusedWell(ClaimReviewException e) {
    assertThat(e.location()).isNotBlank();
    assertThat(e.getMessage()).startsWith(e.location() + ": ");
    assertThat(e.getMessage().length()).isGreaterThan(e.location().length() + 2);
  }
}
