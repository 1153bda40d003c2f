package dev.hearsay.core.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds cycles among the relations of one kind, without recursion. */
final class RelationCycles {
  private RelationCycles() {}

  /**
   * Returns disjoint cycles of relations of the given kind; each cycle is the list of indexes of its
   * relations in {@code relations}, in the order that the cycle follows. Self-relations are not
   * cycles here; another rule reports them.
   */
  static List<List<Integer>> find(List<Relation> relations, RelationKind kind) {
    Map<ClaimId, List<Integer>> outgoing = new LinkedHashMap<>();
    Map<ClaimId, Integer> inDegree = new HashMap<>();
    Map<ClaimId, Integer> outDegree = new HashMap<>();
    for (int i = 0; i < relations.size(); i++) {
      Relation r = relations.get(i);
      if (r.kind() != kind || r.from().equals(r.to())) {
        continue;
      }
      outgoing.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(i);
      outgoing.computeIfAbsent(r.to(), k -> new ArrayList<>());
      outDegree.merge(r.from(), 1, Integer::sum);
      inDegree.merge(r.to(), 1, Integer::sum);
    }
    Map<ClaimId, List<Integer>> incoming = new HashMap<>();
    outgoing.forEach((from, edges) -> edges.forEach(
        i -> incoming.computeIfAbsent(relations.get(i).to(), k -> new ArrayList<>()).add(i)));
    // Peel off every claim with no incoming or no outgoing edge left: it lies on no cycle.
    Map<ClaimId, Boolean> alive = new LinkedHashMap<>();
    outgoing.keySet().forEach(c -> alive.put(c, true));
    Deque<ClaimId> peel = new ArrayDeque<>();
    for (ClaimId c : outgoing.keySet()) {
      if (inDegree.getOrDefault(c, 0) == 0 || outDegree.getOrDefault(c, 0) == 0) {
        peel.add(c);
      }
    }
    List<List<Integer>> cycles = new ArrayList<>();
    while (true) {
      while (!peel.isEmpty()) {
        ClaimId c = peel.poll();
        if (!alive.put(c, false)) {
          continue;
        }
        for (int i : outgoing.get(c)) {
          ClaimId to = relations.get(i).to();
          if (alive.get(to) && inDegree.merge(to, -1, Integer::sum) == 0) {
            peel.add(to);
          }
        }
        for (int i : incoming.getOrDefault(c, List.of())) {
          ClaimId from = relations.get(i).from();
          if (alive.get(from) && outDegree.merge(from, -1, Integer::sum) == 0) {
            peel.add(from);
          }
        }
      }
      ClaimId start = alive.entrySet().stream()
          .filter(Map.Entry::getValue).map(Map.Entry::getKey).findFirst().orElse(null);
      if (start == null) {
        return cycles;
      }
      List<Integer> cycle = walk(relations, outgoing, alive, start);
      cycles.add(cycle);
      cycle.forEach(i -> peel.add(relations.get(i).from()));
    }
  }

  /** Follows live edges from {@code start} until a claim repeats; returns that loop's edges. */
  private static List<Integer> walk(
      List<Relation> relations,
      Map<ClaimId, List<Integer>> outgoing,
      Map<ClaimId, Boolean> alive,
      ClaimId start) {
    Map<ClaimId, Integer> seenAt = new HashMap<>();
    List<Integer> path = new ArrayList<>();
    ClaimId at = start;
    while (!seenAt.containsKey(at)) {
      seenAt.put(at, path.size());
      int next = -1;
      for (int i : outgoing.get(at)) {
        if (alive.get(relations.get(i).to())) {
          next = i;
          break;
        }
      }
      path.add(next);
      at = relations.get(next).to();
    }
    return new ArrayList<>(path.subList(seenAt.get(at), path.size()));
  }
}
