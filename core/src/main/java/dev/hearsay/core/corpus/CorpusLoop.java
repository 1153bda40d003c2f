package dev.hearsay.core.corpus;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Circular reporting across outlets: on the chains of one claim cluster, an outlet relays one
 * that relays, directly or through others, the first outlet itself, with the chains in two or
 * more datasets. "Reuters citing the Kyiv Independent" in one report and "the Kyiv Independent
 * citing Reuters" in another make the two look like two parties when each leans on the other.
 * Actors are compared as entities of the corpus ({@link Identities}).
 *
 * @param cluster the cluster whose chains hold the loop
 * @param actors the actors around the loop, each the first member of its group, in relaying
 *     order: each relays the next, and the last relays the first
 * @param chains for each step of the loop, a chain on which the step is a hop relaying the next
 */
public record CorpusLoop(ClaimCluster cluster, List<EntityRef> actors, List<CorpusChain> chains) {
  /**
   * Copies the lists.
   *
   * @throws NullPointerException when a part or an element is null
   * @throws IllegalArgumentException when the loop has fewer than two actors, or not one chain
   *     per step
   */
  public CorpusLoop {
    Objects.requireNonNull(cluster, "CorpusLoop.cluster");
    actors = List.copyOf(actors);
    chains = List.copyOf(chains);
    if (actors.size() < 2 || chains.size() != actors.size()) {
      throw new IllegalArgumentException(
          "CorpusLoop: at least two actors, and one chain for each step");
    }
  }

  /**
   * The loop in words.
   *
   * @return such as {@code a/actor/reuters relays b/actor/kyiv-independent relays
   *     a/actor/reuters (a, b)}
   */
  public String description() {
    return actors.stream().map(EntityRef::toString).collect(Collectors.joining(" relays "))
        + " relays "
        + actors.get(0)
        + " ("
        + chains.stream()
            .map(c -> c.dataset().toString())
            .distinct()
            .collect(Collectors.joining(", "))
        + ")";
  }
}
