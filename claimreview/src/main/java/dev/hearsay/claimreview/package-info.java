/**
 * Fact-checks as the field publishes them, in and out of Hearsay.
 *
 * <p>{@link dev.hearsay.claimreview.ClaimReviewReader} reads schema.org ClaimReview JSON-LD (one
 * object, an array or an {@code @graph}); {@link dev.hearsay.claimreview.FactCheckApiReader}
 * reads a response of the Google Fact Check Tools API's {@code claims:search}. Both give a
 * {@link dev.hearsay.claimreview.ClaimReviewImport}: a dataset in which each reviewed claim is held
 * by its claimant's chain and each verdict is an {@link dev.hearsay.core.model.Assessment}, with
 * what of the document was left out. {@link dev.hearsay.claimreview.ClaimReviewWriter} writes a
 * dataset's assessments as ClaimReview JSON-LD.
 *
 * <pre>{@code
 * ClaimReviewImport read = new ClaimReviewReader().read(bytes);
 * Dataset dataset = read.dataset();
 * read.omissions().forEach(System.out::println);   // $.author.logo: Hearsay keeps no images
 * String jsonLd = new ClaimReviewWriter().write(dataset);
 * }</pre>
 */
package dev.hearsay.claimreview;
