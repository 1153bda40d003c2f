package dev.hearsay.core.query;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
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
      loops.add(
          new CircularReporting.CitationLoop(
              group.stream().map(ids::get).toList(),
              circle(cites, group).stream().map(ids::get).toList()));
    }
    loops.sort(
        (a, b) ->
            Integer.compare(
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
