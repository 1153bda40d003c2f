package dev.hearsay.core.query;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Stance;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One attribution chain of a claim with its actors resolved, so that it reads as a line such as
 * {@code Unnamed outlet <- The New York Times <- Ukrainian officials}, for actors so named.
 *
 * @param claim the claim the chain belongs to
 * @param index the chain's position in the claim's attribution, from 0
 * @param chain the chain, outermost hop first
 * @param actors the actor of each hop, in the order of the hops
 */
public record TracedChain(ClaimId claim, int index, Chain chain, List<Actor> actors) {
  /**
   * Checks that the actors are those of the chain's hops.
   *
   * @throws NullPointerException when a component or an actor is null
   * @throws IllegalArgumentException when the index is negative or an actor does not match its hop
   */
  public TracedChain {
    CheckedCopies.nonNull(claim, "TracedChain.claim");
    CheckedCopies.nonNull(chain, "TracedChain.chain");
    actors = CheckedCopies.of(actors, "TracedChain.actors");
    if (index < 0) {
      throw new IllegalArgumentException("TracedChain.index: must not be negative, was " + index);
    }
    List<Hop> hops = chain.hops();
    if (actors.size() != hops.size()) {
      throw new IllegalArgumentException(
          "TracedChain.actors: " + actors.size() + " actors for " + hops.size() + " hops");
    }
    for (int i = 0; i < hops.size(); i++) {
      if (!actors.get(i).id().equals(hops.get(i).actor())) {
        throw new IllegalArgumentException(
            "TracedChain.actors["
                + i
                + "]: '"
                + actors.get(i).id()
                + "' is not the hop's actor '"
                + hops.get(i).actor()
                + "'");
      }
    }
  }

  /**
   * The innermost hop: where the claim comes from along this chain.
   *
   * @return the origin hop
   */
  public Hop origin() {
    return chain.origin();
  }

  /**
   * Where the chain stands on its claim: the stance of its origin's commitment. A relay that
   * commits the other way is a {@link Voice} of its own and does not change it.
   *
   * @return the origin's stance
   */
  public Stance stance() {
    return chain.origin().commitment().stance();
  }

  /**
   * The actor of the innermost hop.
   *
   * @return the origin's actor
   */
  public Actor originActor() {
    return actors.get(actors.size() - 1);
  }

  /**
   * The chain as one line of actor names, outermost first, joined by {@code " <- "}.
   *
   * @return the line, such as {@code Unnamed outlet <- The New York Times <- Ukrainian
   *     officials} for actors so named
   */
  public String line() {
    return actors.stream().map(Actor::name).collect(Collectors.joining(" <- "));
  }

  /**
   * Where the chain is in the dataset, as a violation path writes it.
   *
   * @return the path, such as {@code claims[c-set-to-join].attribution[1]}
   */
  public String path() {
    return "claims[" + claim + "].attribution[" + index + "]";
  }
}
