/**
 * Fact-checks in Hearsay: schema.org ClaimReview markup and the Google Fact Check Tools API's
 * {@code claims:search} responses read into datasets of claims and assessments, and a dataset's
 * assessments written back as ClaimReview JSON-LD.
 */
module dev.hearsay.claimreview {
  requires transitive dev.hearsay.core;
  requires dev.hearsay.jackson;
  requires tools.jackson.databind;

  exports dev.hearsay.claimreview;
}
