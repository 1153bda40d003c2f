package dev.hearsay.core.corpus;

import dev.hearsay.core.model.ClaimId;

/**
 * A claim of one dataset in a corpus.
 *
 * @param dataset the dataset
 * @param claim the claim's id in the dataset
 */
public record ClaimRef(DatasetId dataset, ClaimId claim) {
  /** Checks that both parts are present. */
  public ClaimRef {
    IdText.present("ClaimRef.dataset", dataset);
    IdText.present("ClaimRef.claim", claim);
  }

  /**
   * The claim with the given id in the given dataset.
   *
   * @param dataset the dataset's id text
   * @param claim the claim's id text
   * @return the ref
   * @throws dev.hearsay.core.model.ValueCheckException when a part is null or not a valid id
   */
  public static ClaimRef of(String dataset, String claim) {
    return new ClaimRef(DatasetId.of(dataset), ClaimId.of(claim));
  }

  /** Formats the ref as {@code dataset/claim}, such as {@code kursk/c-set-to-join}. */
  @Override
  public String toString() {
    return dataset + "/" + claim;
  }
}
