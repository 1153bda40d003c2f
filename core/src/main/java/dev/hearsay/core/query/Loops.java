package dev.hearsay.core.query;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    repeats(chain, hops, h -> Optional.of(h.actor().value()), loops);
    repeats(chain, hops, h -> h.source().map(SourceId::value), loops);
    return loops;
  }

  private static void repeats(TracedChain chain, List<Hop> hops,
      Function<Hop, Optional<String>> key, List<CircularReporting> loops) {
    Map<String, Integer> last = new HashMap<>();
    Optional<String> previous = Optional.empty();
    for (int h = 0; h < hops.size(); h++) {
      Optional<String> at = key.apply(hops.get(h));
      if (at.isPresent()) {
        Integer seen = last.put(at.get(), h);
        if (seen != null && !at.equals(previous)) {
          loops.add(new CircularReporting.ChainLoop(chain, seen, h, at.get()));
        }
      }
      previous = at;
    }
  }

  /** Claims derived from a claim that an actor relaying them originated. */
  static List<CircularReporting> inDerivations(
      Dataset dataset, Map<ClaimId, List<TracedChain>> chains, Map<ActorId, Actor> actors) {
    Map<ClaimId, List<ClaimId>> derivedFrom = new HashMap<>();
    for (Relation r : dataset.relations()) {
      if (r.kind() == RelationKind.DERIVED_FROM) {
        derivedFrom.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r.to());
      }
    }
    List<CircularReporting> loops = new ArrayList<>();
    for (Claim claim : dataset.claims()) {
      if (!derivedFrom.containsKey(claim.id())) {
        continue;
      }
      Set<ActorId> relayers = new LinkedHashSet<>();
      for (TracedChain chain : chains.get(claim.id())) {
        List<Hop> hops = chain.chain().hops();
        hops.subList(0, hops.size() - 1).forEach(h -> relayers.add(h.actor()));
      }
      if (relayers.isEmpty()) {
        continue;
      }
      Map<ClaimId, ClaimId> cameFrom = new LinkedHashMap<>();
      cameFrom.put(claim.id(), claim.id());
      Deque<ClaimId> queue = new ArrayDeque<>(List.of(claim.id()));
      while (!queue.isEmpty()) {
        ClaimId at = queue.poll();
        for (ClaimId next : derivedFrom.getOrDefault(at, List.of())) {
          if (cameFrom.putIfAbsent(next, at) != null) {
            continue;
          }
          queue.add(next);
          Set<ActorId> origins = new LinkedHashSet<>();
          chains.get(next).forEach(c -> origins.add(c.origin().actor()));
          for (ActorId origin : origins) {
            if (relayers.contains(origin)) {
              loops.add(new CircularReporting.DerivationLoop(
                  path(cameFrom, claim.id(), next), actors.get(origin)));
            }
          }
        }
      }
    }
    return loops;
  }

  private static List<ClaimId> path(Map<ClaimId, ClaimId> cameFrom, ClaimId start, ClaimId end) {
    List<ClaimId> path = new ArrayList<>();
    for (ClaimId at = end; !at.equals(start); at = cameFrom.get(at)) {
      path.add(at);
    }
    path.add(start);
    Collections.reverse(path);
    return path;
  }

  /** Groups of sources that cite one another in a circle (strongly connected, two or more). */
  static List<CircularReporting> inCitations(List<Source> sources) {
    Map<SourceId, Integer> number = new HashMap<>();
    for (Source source : sources) {
      number.putIfAbsent(source.id(), number.size());
    }
    int n = number.size();
    List<List<Integer>> cites = new ArrayList<>(n);
    List<SourceId> ids = new ArrayList<>(n);
    for (Source source : sources) {
      if (number.get(source.id()) == ids.size()) {
        ids.add(source.id());
        List<Integer> out = new ArrayList<>();
        source.cites().stream().map(number::get).filter(Objects::nonNull).forEach(out::add);
        cites.add(out);
      }
    }
    List<CircularReporting> loops = new ArrayList<>();
    for (List<Integer> group : stronglyConnected(cites)) {
      if (group.size() < 2) {
        continue;
      }
      Collections.sort(group);
      loops.add(new CircularReporting.CitationLoop(
          group.stream().map(ids::get).toList(),
          circle(cites, group).stream().map(ids::get).toList()));
    }
    loops.sort((a, b) -> Integer.compare(
        number.get(((CircularReporting.CitationLoop) a).sources().get(0)),
        number.get(((CircularReporting.CitationLoop) b).sources().get(0))));
    return loops;
  }

  /** A shortest circle through the group's first member, within the group. */
  private static List<Integer> circle(List<List<Integer>> cites, List<Integer> group) {
    Set<Integer> members = new LinkedHashSet<>(group);
    int start = group.get(0);
    Map<Integer, Integer> cameFrom = new HashMap<>();
    Deque<Integer> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      int at = queue.poll();
      for (int next : cites.get(at)) {
        if (next == start) {
          List<Integer> route = new ArrayList<>(List.of(start));
          for (int back = at; back != start; back = cameFrom.get(back)) {
            route.add(back);
          }
          route.add(start);
          Collections.reverse(route);
          return route;
        }
        if (members.contains(next) && !cameFrom.containsKey(next)) {
          cameFrom.put(next, at);
          queue.add(next);
        }
      }
    }
    throw new IllegalStateException("no circle through a strongly connected group");
  }

  /** Tarjan's strongly connected components, iteratively. */
  private static List<List<Integer>> stronglyConnected(List<List<Integer>> edges) {
    int n = edges.size();
    int[] index = new int[n];
    int[] low = new int[n];
    int[] next = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    Deque<Integer> stack = new ArrayDeque<>();
    Deque<Integer> calls = new ArrayDeque<>();
    List<List<Integer>> groups = new ArrayList<>();
    int counter = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] != -1) {
        continue;
      }
      calls.push(root);
      index[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = true;
      while (!calls.isEmpty()) {
        int v = calls.peek();
        if (next[v] < edges.get(v).size()) {
          int w = edges.get(v).get(next[v]++);
          if (index[w] == -1) {
            index[w] = low[w] = counter++;
            stack.push(w);
            onStack[w] = true;
            calls.push(w);
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
          continue;
        }
        calls.pop();
        if (!calls.isEmpty()) {
          int parent = calls.peek();
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == index[v]) {
          List<Integer> group = new ArrayList<>();
          int w;
          do {
            w = stack.pop();
            onStack[w] = false;
            group.add(w);
          } while (w != v);
          groups.add(group);
        }
      }
    }
    return groups;
  }
}
