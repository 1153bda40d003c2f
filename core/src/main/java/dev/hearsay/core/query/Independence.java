package dev.hearsay.core.query;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Source;
import java.util.List;

/**
 * How many independent lines of provenance stand behind a claim, and which chains were counted as
 * one because they meet.
 *
 * <p><b>What backs a claim.</b> A claim X is backed by its own chains and by the chains of every
 * claim Y with a relation {@code Y supports X}, {@code Y duplicates X} or {@code X duplicates Y}
 * (duplication goes both ways, support only towards X). Backing is not followed further: a claim
 * that supports Y does not, through Y, back X.
 *
 * <p><b>When two chains are one.</b> Two chains depend on each other when some actor or source
 * appears on both and, on at least one of them, below the outermost hop. The outermost hop is the
 * document the reader holds, so that two claims relayed by the same report are not merged for
 * that alone. Dependence is transitive: chains are grouped so that every chain of a group depends,
 * directly or through others of the group, on another one, and no chain of one group depends on a
 * chain of another. Each group is one independent origin; {@link #count()} is the number of
 * groups.
 *
 * <p>Examples, for actors named as shown:
 *
 * <ul>
 *   <li>{@code report <- NYT <- Ukrainian officials} and {@code report <- NYT <- American
 *       officials} meet at NYT below the report: one group, merged by NYT. Everything the reader
 *       has of the claim passes through NYT.
 *   <li>{@code report <- Ukrainian officials} and {@code report <- American officials} share only
 *       the outermost report: two groups.
 *   <li>{@code NYT <- officials} and {@code BILD <- officials}: two outlets citing the same
 *       officials count once, merged by the officials.
 * </ul>
 *
 * @param claim the claim asked about
 * @param backing the claims that back it, without the claim itself, in the dataset's order of
 *     relations
 * @param groups the groups of chains, each an independent origin, in the order of their first
 *     chain (the claim's own chains come first, then the backing claims' in order)
 */
public record Independence(Claim claim, List<Claim> backing, List<Group> groups) {
  /**
   * Copies the lists.
   *
   * @throws NullPointerException when a component or an element of a list is null
   * @throws IllegalArgumentException when there is no group
   */
  public Independence {
    Copies.nonNull(claim, "Independence.claim");
    backing = Copies.of(backing, "Independence.backing");
    groups = Copies.of(groups, "Independence.groups");
    if (groups.isEmpty()) {
      throw new IllegalArgumentException(
          "Independence.groups: a claim has at least one chain, so at least one group");
    }
  }

  /**
   * The number of independent origins behind the claim.
   *
   * @return the number of groups; at least 1
   */
  public int count() {
    return groups.size();
  }

  /**
   * Chains that depend on one another, counted as one origin, with the actors and sources at
   * which they meet.
   *
   * @param chains the chains of the group, in the order in which the claim and its backing list
   *     them
   * @param sharedActors the actors that merged chains of the group, in the order in which the
   *     group's chains first name them; empty for a single chain
   * @param sharedSources the sources that merged chains of the group, in the same order; empty
   *     for a single chain
   */
  public record Group(List<TracedChain> chains, List<Actor> sharedActors,
      List<Source> sharedSources) {
    /**
     * Copies the lists.
     *
     * @throws NullPointerException when a list or one of its elements is null
     * @throws IllegalArgumentException when the group has no chain
     */
    public Group {
      chains = Copies.of(chains, "Independence.Group.chains");
      sharedActors = Copies.of(sharedActors, "Independence.Group.sharedActors");
      sharedSources = Copies.of(sharedSources, "Independence.Group.sharedSources");
      if (chains.isEmpty()) {
        throw new IllegalArgumentException("Independence.Group.chains: must not be empty");
      }
    }
  }
}
