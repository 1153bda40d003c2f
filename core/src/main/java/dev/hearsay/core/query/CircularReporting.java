package dev.hearsay.core.query;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.SourceId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Provenance that comes back to where it started, so that a claim seems to rest on more than it
 * does. Three shapes are found:
 *
 * <ul>
 *   <li>{@link ChainLoop}: one chain passes the same actor or source twice, not on consecutive
 *       hops ({@code A <- B <- A}).
 *   <li>{@link DerivationLoop}: a claim relayed by an actor is derived, along one or more
 *       "derived from" relations, from another claim that actor originated: its report rests on
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
   * A chain that meets the same actor, or the same source, at two hops that are not next to each
   * other. Exactly one of {@link #actor()} and {@link #source()} is present: the one that comes
   * back.
   *
   * @param chain the chain
   * @param first the index of the earlier hop, outermost being 0
   * @param again the index of the later hop with the same actor or source
   * @param actor the actor that comes back, on both hops; empty when a source comes back
   * @param source the source that comes back, on both hops; empty when an actor comes back
   */
  record ChainLoop(
      TracedChain chain, int first, int again, Optional<ActorId> actor, Optional<SourceId> source)
      implements CircularReporting {
    /**
     * Checks that the loop is what the chain shows.
     *
     * @throws NullPointerException when a component is null
     * @throws IllegalArgumentException when the hops are not two non-adjacent hops of the chain,
     *     when not exactly one of the actor and the source is present, or when it is not on both
     *     hops
     */
    public ChainLoop {
      CheckedCopies.nonNull(chain, "ChainLoop.chain");
      CheckedCopies.nonNull(actor, "ChainLoop.actor");
      CheckedCopies.nonNull(source, "ChainLoop.source");
      List<Hop> hops = chain.chain().hops();
      if (first < 0 || again >= hops.size() || again <= first + 1) {
        throw new IllegalArgumentException(
            "ChainLoop: hops "
                + first
                + " and "
                + again
                + " are not two non-adjacent hops of "
                + chain.path());
      }
      if (actor.isPresent() == source.isPresent()) {
        throw new IllegalArgumentException(
            "ChainLoop: needs exactly one of an actor and a source, had "
                + actor
                + " and "
                + source);
      }
      Function<Hop, Optional<?>> at = actor.isPresent() ? h -> Optional.of(h.actor()) : Hop::source;
      Optional<?> repeated = actor.isPresent() ? actor : source;
      if (!at.apply(hops.get(first)).equals(repeated)
          || !at.apply(hops.get(again)).equals(repeated)) {
        throw new IllegalArgumentException(
            "ChainLoop: '"
                + repeated.get()
                + "' is not on both hops "
                + first
                + " and "
                + again
                + " of "
                + chain.path());
      }
    }

    /**
     * The loop of an actor that comes back.
     *
     * @param chain the chain
     * @param first the index of the earlier hop
     * @param again the index of the later hop with the same actor
     * @return the loop
     * @throws IllegalArgumentException when the hops are adjacent, out of the chain, or of
     *     different actors
     */
    public static ChainLoop ofActor(TracedChain chain, int first, int again) {
      return new ChainLoop(
          chain,
          first,
          again,
          Optional.of(chain.chain().hops().get(first).actor()),
          Optional.empty());
    }

    /**
     * The loop of a source that comes back.
     *
     * @param chain the chain
     * @param first the index of the earlier hop, which has a source
     * @param again the index of the later hop with the same source
     * @return the loop
     * @throws IllegalArgumentException when the hops are adjacent, out of the chain, or do not
     *     have the same source
     */
    public static ChainLoop ofSource(TracedChain chain, int first, int again) {
      List<Hop> hops = chain.chain().hops();
      if (first < 0 || first >= hops.size() || hops.get(first).source().isEmpty()) {
        throw new IllegalArgumentException(
            "ChainLoop: hop " + first + " of " + chain.path() + " has no source");
      }
      return new ChainLoop(chain, first, again, Optional.empty(), hops.get(first).source());
    }

    @Override
    public String description() {
      String repeated = actor.map(ActorId::value).or(() -> source.map(SourceId::value)).get();
      return chain.path()
          + " comes back to '"
          + repeated
          + "' at hops "
          + first
          + " and "
          + again
          + ": "
          + chain.line();
    }
  }

  /**
   * A claim relayed by an actor and derived, through one or more "derived from" relations, from a
   * claim other than itself that the same actor originated. One loop is reported per derived
   * claim and relaying actor, along a shortest path to the nearest such claim.
   *
   * @param path the claims from the derived claim to the claim it rests on, at least two and no
   *     claim twice; each claim after the first is one the claim before it is derived from
   * @param actor the actor that relays the first claim and originates the last
   */
  record DerivationLoop(List<ClaimId> path, Actor actor) implements CircularReporting {
    /**
     * Copies the path.
     *
     * @throws NullPointerException when a component or a claim of the path is null
     * @throws IllegalArgumentException when the path has fewer than two claims or a claim twice
     */
    public DerivationLoop {
      path = CheckedCopies.of(path, "DerivationLoop.path");
      CheckedCopies.nonNull(actor, "DerivationLoop.actor");
      if (path.size() < 2) {
        throw new IllegalArgumentException("DerivationLoop.path: needs at least two claims");
      }
      if (Set.copyOf(path).size() != path.size()) {
        throw new IllegalArgumentException("DerivationLoop.path: passes a claim twice: " + path);
      }
    }

    @Override
    public String description() {
      return "'"
          + path.get(0)
          + "' is relayed by "
          + actor.name()
          + " and derived from '"
          + path.get(path.size() - 1)
          + "', which "
          + actor.name()
          + " originated: "
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
     * @throws NullPointerException when a list or one of its sources is null
     * @throws IllegalArgumentException when the route does not end where it starts or passes a
     *     source that is not in {@code sources}
     */
    public CitationLoop {
      sources = CheckedCopies.of(sources, "CitationLoop.sources");
      route = CheckedCopies.of(route, "CitationLoop.route");
      if (route.size() < 3 || !route.get(0).equals(route.get(route.size() - 1))) {
        throw new IllegalArgumentException(
            "CitationLoop.route: must pass through another source and end where it starts");
      }
      if (!Set.copyOf(sources).containsAll(route)) {
        throw new IllegalArgumentException(
            "CitationLoop.route: passes a source that is not one of " + sources);
      }
    }

    @Override
    public String description() {
      return "sources cite themselves: "
          + route.stream().map(SourceId::value).collect(Collectors.joining(" cites "));
    }
  }
}
