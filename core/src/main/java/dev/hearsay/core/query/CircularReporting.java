package dev.hearsay.core.query;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.SourceId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Provenance that comes back to where it started, so that a claim seems to rest on more than it
 * does. Three shapes are found:
 *
 * <ul>
 *   <li>{@link ChainLoop}: one chain passes the same actor or source twice, not on consecutive
 *       hops ({@code A <- B <- A}).
 *   <li>{@link DerivationLoop}: a claim relayed by an actor is derived, along one or more
 *       "derived from" relations, from a claim that actor originated: its report rests on
 *       itself.
 *   <li>{@link CitationLoop}: sources that cite themselves through other sources.
 * </ul>
 */
public sealed interface CircularReporting {
  /**
   * What the loop is, in one sentence a reader can act on.
   *
   * @return the description
   */
  String description();

  /**
   * A chain that meets the same actor or source at two hops that are not next to each other.
   *
   * @param chain the chain
   * @param first the index of the earlier hop, outermost being 0
   * @param again the index of the later hop with the same actor or source
   * @param repeated the id of the actor or source that comes back
   */
  record ChainLoop(TracedChain chain, int first, int again, String repeated)
      implements CircularReporting {
    /**
     * Checks the indexes.
     *
     * @throws IllegalArgumentException when the hops are not in the chain or are adjacent
     */
    public ChainLoop {
      Objects.requireNonNull(chain, "ChainLoop.chain");
      Objects.requireNonNull(repeated, "ChainLoop.repeated");
      int hops = chain.chain().hops().size();
      if (first < 0 || again >= hops || again <= first + 1) {
        throw new IllegalArgumentException(
            "ChainLoop: hops " + first + " and " + again + " are not two non-adjacent hops of "
                + chain.path());
      }
    }

    @Override
    public String description() {
      return chain.path() + " comes back to '" + repeated + "' at hops " + first + " and "
          + again + ": " + chain.line();
    }
  }

  /**
   * A claim derived, through a path of "derived from" relations, from a claim whose origin is an
   * actor that relays the first claim.
   *
   * @param path the claims from the derived claim to the claim it rests on, at least two
   * @param actor the actor that relays the first claim and originates the last
   */
  record DerivationLoop(List<ClaimId> path, Actor actor) implements CircularReporting {
    /**
     * Copies the path.
     *
     * @throws IllegalArgumentException when the path has fewer than two claims
     */
    public DerivationLoop {
      path = List.copyOf(path);
      Objects.requireNonNull(actor, "DerivationLoop.actor");
      if (path.size() < 2) {
        throw new IllegalArgumentException("DerivationLoop.path: needs at least two claims");
      }
    }

    @Override
    public String description() {
      return "'" + path.get(0) + "' is relayed by " + actor.name() + " and derived from '"
          + path.get(path.size() - 1) + "', which " + actor.name() + " originated: "
          + path.stream().map(ClaimId::value).collect(Collectors.joining(" -> "));
    }
  }

  /**
   * Sources that cite one another in a circle, each citing itself through the others.
   *
   * @param sources every source of the circle, in the dataset's order
   * @param route one circle of citations, from the first source back to it
   */
  record CitationLoop(List<SourceId> sources, List<SourceId> route) implements CircularReporting {
    /**
     * Copies the lists.
     *
     * @throws IllegalArgumentException when the route does not end where it starts
     */
    public CitationLoop {
      sources = List.copyOf(sources);
      route = List.copyOf(route);
      if (route.size() < 3 || !route.get(0).equals(route.get(route.size() - 1))) {
        throw new IllegalArgumentException(
            "CitationLoop.route: must pass through another source and end where it starts");
      }
    }

    @Override
    public String description() {
      return "sources cite themselves: "
          + route.stream().map(SourceId::value).collect(Collectors.joining(" cites "));
    }
  }
}
