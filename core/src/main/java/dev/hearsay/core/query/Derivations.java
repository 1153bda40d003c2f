package dev.hearsay.core.query;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds {@link CircularReporting.DerivationLoop}s: a claim X relayed by an actor A and derived,
 * through one or more "derived from" relations, from another claim that A originated.
 *
 * <p>Claims are numbered by their position in the dataset and the relations are held as arrays
 * of numbers. Only an actor that both relays a claim derived from another and originates a claim
 * that another is derived from can close a loop. For each such actor, one breadth-first search
 * runs backwards along the relations from all the claims it originates at once, and leaves on
 * each claim it reaches the nearest of those claims, its distance and the next step towards it.
 * A claim X that the actor relays then finds the nearest one by looking at the claims it is
 * directly derived from. Each claim is labelled at most once per search, so each relation is
 * followed at most once per actor. "Derived from" relations form no cycle in a valid dataset, so
 * no claim is derived from itself.
 */
final class Derivations {
  private static final int NONE = -1;

  private final List<Claim> claims;
  private final Function<ClaimId, List<TracedChain>> chains;

  /** The claims each claim is derived from, in the order of the relations: CSR arrays. */
  private final int[] outStart;

  private final int[] outTo;

  /** The claims derived from each claim, in the order of the relations: CSR arrays. */
  private final int[] inStart;

  private final int[] inFrom;

  /**
   * Per claim, during one search: the nearest target it is derived from, directly or not, or
   * {@code NONE}; the number of relations to it; the next claim on the way.
   */
  private final int[] target;

  private final int[] distance;
  private final int[] next;

  /** The claims labelled by the current search, in the order of their distance. */
  private final int[] queue;

  private int tail;

  Derivations(Dataset dataset, Function<ClaimId, List<TracedChain>> chains) {
    this.claims = dataset.claims();
    this.chains = chains;
    int n = claims.size();
    Map<ClaimId, Integer> number = new HashMap<>(n * 4 / 3 + 1);
    for (int i = 0; i < n; i++) {
      number.putIfAbsent(claims.get(i).id(), i);
    }
    List<int[]> edges = new ArrayList<>();
    for (Relation r : dataset.relations()) {
      Integer from = number.get(r.from());
      Integer to = number.get(r.to());
      if (r.kind() == RelationKind.DERIVED_FROM && from != null && to != null) {
        edges.add(new int[] {from, to});
      }
    }
    outStart = new int[n + 1];
    inStart = new int[n + 1];
    outTo = new int[edges.size()];
    inFrom = new int[edges.size()];
    for (int[] e : edges) {
      outStart[e[0] + 1]++;
      inStart[e[1] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      outStart[i + 1] += outStart[i];
      inStart[i + 1] += inStart[i];
    }
    int[] outFill = Arrays.copyOf(outStart, n);
    int[] inFill = Arrays.copyOf(inStart, n);
    for (int[] e : edges) {
      outTo[outFill[e[0]]++] = e[1];
      inFrom[inFill[e[1]]++] = e[0];
    }
    target = new int[n];
    Arrays.fill(target, NONE);
    distance = new int[n];
    next = new int[n];
    queue = new int[n];
  }

  /** The loops by derived claim in the dataset's order, then by actor as the claim names them. */
  List<CircularReporting> loops(Map<ActorId, Actor> actors) {
    // The actors relaying each claim that is derived from another, as its chains name them, and
    // for each actor the claims of both sides that can be on a loop.
    Map<Integer, Set<ActorId>> relayersOf = new HashMap<>();
    Map<ActorId, List<Integer>> relays = new LinkedHashMap<>();
    Map<ActorId, List<Integer>> originates = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      boolean derived = outStart[i + 1] > outStart[i];
      boolean source = inStart[i + 1] > inStart[i];
      if (!derived && !source) {
        continue;
      }
      Set<ActorId> relayers = new LinkedHashSet<>();
      Set<ActorId> origins = new LinkedHashSet<>();
      for (TracedChain chain : chains.apply(claims.get(i).id())) {
        List<Hop> hops = chain.chain().hops();
        hops.subList(0, hops.size() - 1).forEach(h -> relayers.add(h.actor()));
        origins.add(chain.origin().actor());
      }
      if (derived && !relayers.isEmpty()) {
        relayersOf.put(i, relayers);
        for (ActorId actor : relayers) {
          relays.computeIfAbsent(actor, k -> new ArrayList<>()).add(i);
        }
      }
      if (source) {
        for (ActorId actor : origins) {
          originates.computeIfAbsent(actor, k -> new ArrayList<>()).add(i);
        }
      }
    }
    Map<Integer, Map<ActorId, List<ClaimId>>> found = new HashMap<>();
    relays.forEach(
        (actor, relayed) -> {
          List<Integer> originated = originates.get(actor);
          if (originated != null) {
            search(originated);
            for (int claim : relayed) {
              List<ClaimId> path = nearest(claim);
              if (path != null) {
                found.computeIfAbsent(claim, k -> new HashMap<>()).put(actor, path);
              }
            }
            clear();
          }
        });
    List<CircularReporting> loops = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Map<ActorId, List<ClaimId>> paths = found.get(i);
      if (paths != null) {
        for (ActorId actor : relayersOf.get(i)) {
          List<ClaimId> path = paths.get(actor);
          if (path != null) {
            loops.add(new CircularReporting.DerivationLoop(path, actors.get(actor)));
          }
        }
      }
    }
    return loops;
  }

  /** Labels every claim from which one of the targets can be reached with the nearest one. */
  private void search(List<Integer> targets) {
    tail = 0;
    for (int t : targets) {
      label(t, t, 0, NONE);
    }
    for (int head = 0; head < tail; head++) {
      int at = queue[head];
      for (int e = inStart[at]; e < inStart[at + 1]; e++) {
        int from = inFrom[e];
        if (target[from] == NONE) {
          label(from, target[at], distance[at] + 1, at);
        }
      }
    }
  }

  private void label(int claim, int to, int steps, int then) {
    target[claim] = to;
    distance[claim] = steps;
    next[claim] = then;
    queue[tail++] = claim;
  }

  /** Forgets the labels of the last search, touching only the claims it labelled. */
  private void clear() {
    for (int q = 0; q < tail; q++) {
      target[queue[q]] = NONE;
    }
    tail = 0;
  }

  /**
   * A shortest path from a claim, through at least one relation, to the nearest target other
   * than the claim itself; null when there is none.
   */
  private List<ClaimId> nearest(int claim) {
    int best = NONE;
    for (int e = outStart[claim]; e < outStart[claim + 1]; e++) {
      int step = outTo[e];
      if (target[step] != NONE
          && target[step] != claim
          && (best == NONE || distance[step] < distance[best])) {
        best = step;
      }
    }
    if (best == NONE) {
      return null;
    }
    List<ClaimId> path = new ArrayList<>(distance[best] + 2);
    path.add(claims.get(claim).id());
    for (int at = best; at != NONE; at = next[at]) {
      path.add(claims.get(at).id());
    }
    return path;
  }
}
