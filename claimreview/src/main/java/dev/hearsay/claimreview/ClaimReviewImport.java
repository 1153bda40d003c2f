package dev.hearsay.claimreview;

import dev.hearsay.core.model.Dataset;
import java.util.List;
import java.util.Objects;

/**
 * What a fact-check document gave: a dataset of the claims reviewed and the verdicts on them, and
 * what of the document it left out.
 *
 * @param dataset the dataset, valid by every rule of the model
 * @param omissions each property that has no place in the dataset, with where it is and why, in
 *     the order of the document
 */
public record ClaimReviewImport(Dataset dataset, List<Omission> omissions) {
  /** Checks that both parts are given, and keeps the omissions unmodifiable. */
  public ClaimReviewImport {
    Objects.requireNonNull(dataset, "dataset");
    omissions = List.copyOf(omissions);
  }

  /**
   * Whether nothing of the document was left out.
   *
   * @return true when there are no omissions
   */
  public boolean complete() {
    return omissions.isEmpty();
  }
}
