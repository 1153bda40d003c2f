package dev.hearsay.core.query;

import dev.hearsay.core.internal.Digraph;
import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Finds the three shapes of {@link CircularReporting}, without recursion. */
final class Loops {
  private Loops() {}

  /** Actors, then sources, that come back to a chain after a different hop. */
  static List<CircularReporting> inChain(TracedChain chain) {
    List<CircularReporting> loops = new ArrayList<>();
    List<Hop> hops = chain.chain().hops();
    Map<ActorId, Integer> lastActor = new HashMap<>();
    for (int h = 0; h < hops.size(); h++) {
      ActorId actor = hops.get(h).actor();
      Integer seen = lastActor.put(actor, h);
      if (seen != null && !actor.equals(hops.get(h - 1).actor())) {
        loops.add(CircularReporting.ChainLoop.ofActor(chain, seen, h));
      }
    }
    Map<SourceId, Integer> lastSource = new HashMap<>();
    for (int h = 0; h < hops.size(); h++) {
      Optional<SourceId> source = hops.get(h).source();
      if (source.isPresent()) {
        Integer seen = lastSource.put(source.get(), h);
        if (seen != null && !source.equals(hops.get(h - 1).source())) {
          loops.add(CircularReporting.ChainLoop.ofSource(chain, seen, h));
        }
      }
    }
    return loops;
  }

  /**
   * For each claim X and each actor A that relays X: when X is derived, through one or more
   * "derived from" relations, from a claim other than X that A originated, one loop along a
   * shortest such path. See {@link ProvenanceIndex#circularReporting()} for the cost.
   */
  static List<CircularReporting> inDerivations(
      Dataset dataset, Function<ClaimId, List<TracedChain>> chains, Map<ActorId, Actor> actors) {
    return new Derivations(dataset, chains).loops(actors);
  }

  /**
   * Groups of sources that cite one another in a circle (strongly connected, two or more), found
   * by the project's one cycle finder ({@link Digraph#circles()}).
   */
  static List<CircularReporting> inCitations(List<Source> sources) {
    Digraph<SourceId> cites = new Digraph<>();
    Set<SourceId> known = new HashSet<>();
    for (Source source : sources) {
      cites.node(source.id());
      known.add(source.id());
    }
    Set<SourceId> done = new HashSet<>();
    for (Source source : sources) {
      if (!done.add(source.id())) {
        continue;
      }
      for (SourceId cited : source.cites()) {
        if (known.contains(cited)) {
          cites.edge(source.id(), cited, 0);
        }
      }
    }
    List<CircularReporting> loops = new ArrayList<>();
    for (Digraph.Circle<SourceId> circle : cites.circles()) {
      loops.add(new CircularReporting.CitationLoop(circle.members(), circle.route()));
    }
    return loops;
  }
}
