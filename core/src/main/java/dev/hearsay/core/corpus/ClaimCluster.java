package dev.hearsay.core.corpus;

import java.util.List;

/**
 * Claims of a corpus that say the same: connected by {@code duplicates}, within datasets (their
 * relations) and across them (claim links). Every claim is in exactly one cluster; a claim that
 * nothing duplicates is a cluster of one. The corpus's questions about "a claim" are answered for
 * its cluster.
 *
 * @param claims the claims, in the corpus's order (datasets in their order, claims in each
 *     dataset's)
 */
public record ClaimCluster(List<ClaimRef> claims) {
  /**
   * Copies the list.
   *
   * @throws NullPointerException when the list or a claim is null
   * @throws IllegalArgumentException when there is no claim
   */
  public ClaimCluster {
    claims = List.copyOf(claims);
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("ClaimCluster.claims: must not be empty");
    }
  }

  /**
   * The first claim, which names the cluster.
   *
   * @return the first claim in the corpus's order
   */
  public ClaimRef first() {
    return claims.get(0);
  }

  /**
   * The datasets the claims are in.
   *
   * @return the datasets, in the corpus's order
   */
  public List<DatasetId> datasets() {
    return claims.stream().map(ClaimRef::dataset).distinct().toList();
  }
}
