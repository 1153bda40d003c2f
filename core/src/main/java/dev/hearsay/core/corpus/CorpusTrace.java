package dev.hearsay.core.corpus;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a claim comes from across a corpus: the chains of every claim of its cluster, each in its
 * dataset, and their origins as entities of the corpus.
 *
 * @param claim the claim asked about
 * @param cluster its cluster
 * @param chains the chains of the cluster's claims, in the corpus's order
 * @param origins the origins of the chains, each the first member of its identity group, once
 */
public record CorpusTrace(
    ClaimRef claim, ClaimCluster cluster, List<CorpusChain> chains, List<EntityRef> origins) {
  /**
   * Copies the lists.
   *
   * @throws NullPointerException when a part or an element is null
   */
  public CorpusTrace {
    Objects.requireNonNull(claim, "CorpusTrace.claim");
    Objects.requireNonNull(cluster, "CorpusTrace.cluster");
    chains = List.copyOf(chains);
    origins = List.copyOf(origins);
  }

  /**
   * Each chain as one line, after its dataset.
   *
   * @return such as {@code [kursk: Unnamed outlet <- The New York Times <- Ukrainian officials]}
   */
  public List<String> lines() {
    return chains.stream().map(CorpusChain::line).toList();
  }

  /**
   * The datasets that carry the claim.
   *
   * @return the datasets, in the corpus's order
   */
  public List<DatasetId> datasets() {
    Set<DatasetId> datasets = new LinkedHashSet<>();
    chains.forEach(c -> datasets.add(c.dataset()));
    return List.copyOf(datasets);
  }
}
