package dev.hearsay.core.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds disjoint cycles among the relations of one kind, without recursion, in time and memory
 * linear in the relations.
 *
 * <p>Claims that lie on no cycle are peeled off first: any claim that no live relation leaves or
 * enters, again and again. Every claim left leads on to another, so a walk along live relations
 * from any of them comes back to a claim it passed: that loop is a cycle. Its claims are then
 * peeled off with everything that hung on them alone, and the walk goes on from the part of its
 * path that is still alive, so that no claim is walked twice.
 */
final class RelationCycles {
  private final List<Relation> relations;
  private final Steps steps;

  /** Each claim's number, in the order in which the relations first name them. */
  private final Map<ClaimId, Integer> number = new HashMap<>();

  /** Per relation of the kind: its claims' numbers; -1 for the relations left out. */
  private final int[] from;

  private final int[] to;

  /** The relations that leave and enter each claim, in the order of the relations. */
  private int[][] outgoing;

  private int[][] incoming;
  private int[] outDegree;
  private int[] inDegree;
  private boolean[] dead;

  /** Per claim, the first of its outgoing relations that may still lead to a live claim. */
  private int[] nextOut;

  private final Deque<Integer> peel = new ArrayDeque<>();

  private RelationCycles(List<Relation> relations, RelationKind kind, Steps steps) {
    this.relations = relations;
    this.steps = steps;
    this.from = new int[relations.size()];
    this.to = new int[relations.size()];
    for (int i = 0; i < relations.size(); i++) {
      Relation r = relations.get(i);
      if (r.kind() != kind || r.from().equals(r.to())) {
        from[i] = -1;
        to[i] = -1;
        continue;
      }
      from[i] = number(r.from());
      to[i] = number(r.to());
    }
  }

  /**
   * Returns disjoint cycles of relations of the given kind; each cycle is the list of indexes of its
   * relations in {@code relations}, in the order that the cycle follows. Self-relations are not
   * cycles here; another rule reports them.
   */
  static List<List<Integer>> find(List<Relation> relations, RelationKind kind) {
    return find(relations, kind, new Steps());
  }

  /** As {@link #find(List, RelationKind)}, counting the steps taken. */
  static List<List<Integer>> find(List<Relation> relations, RelationKind kind, Steps steps) {
    return new RelationCycles(relations, kind, steps).find();
  }

  private int number(ClaimId claim) {
    Integer n = number.get(claim);
    if (n == null) {
      n = number.size();
      number.put(claim, n);
    }
    return n;
  }

  private List<List<Integer>> find() {
    int claims = number.size();
    link(claims);
    for (int c = 0; c < claims; c++) {
      if (inDegree[c] == 0 || outDegree[c] == 0) {
        peel.add(c);
      }
    }
    List<List<Integer>> cycles = new ArrayList<>();
    int[] path = new int[claims];
    int[] leaving = new int[claims];
    int[] position = new int[claims];
    Arrays.fill(position, -1);
    int size = 0;
    int start = 0;
    while (true) {
      peelAll();
      while (size > 0 && dead[path[size - 1]]) {
        steps.take();
        position[path[--size]] = -1;
      }
      if (size == 0) {
        while (start < claims && dead[start]) {
          steps.take();
          start++;
        }
        if (start == claims) {
          return cycles;
        }
        position[start] = 0;
        path[size++] = start;
      }
      // Walk on from the top of the path until the walk comes back to a claim on it.
      while (true) {
        steps.take();
        int at = path[size - 1];
        int relation = nextLive(at);
        leaving[size - 1] = relation;
        int next = to[relation];
        if (position[next] < 0) {
          position[next] = size;
          path[size++] = next;
          continue;
        }
        int first = position[next];
        List<Integer> cycle = new ArrayList<>(size - first);
        for (int k = first; k < size; k++) {
          cycle.add(leaving[k]);
          peel.add(path[k]);
          position[path[k]] = -1;
        }
        cycles.add(cycle);
        size = first;
        break;
      }
    }
  }

  /** The first relation leaving a live claim that leads to a live claim; there is always one. */
  private int nextLive(int claim) {
    int[] out = outgoing[claim];
    while (dead[to[out[nextOut[claim]]]]) {
      steps.take();
      nextOut[claim]++;
    }
    return out[nextOut[claim]];
  }

  /** Peels off every claim that no live relation enters or leaves, until none is left. */
  private void peelAll() {
    while (!peel.isEmpty()) {
      int c = peel.poll();
      steps.take();
      if (dead[c]) {
        continue;
      }
      dead[c] = true;
      for (int i : outgoing[c]) {
        steps.take();
        if (!dead[to[i]] && --inDegree[to[i]] == 0) {
          peel.add(to[i]);
        }
      }
      for (int i : incoming[c]) {
        steps.take();
        if (!dead[from[i]] && --outDegree[from[i]] == 0) {
          peel.add(from[i]);
        }
      }
    }
  }

  /** Lists the relations that leave and enter each claim. */
  private void link(int claims) {
    outDegree = new int[claims];
    inDegree = new int[claims];
    for (int i = 0; i < relations.size(); i++) {
      if (from[i] >= 0) {
        outDegree[from[i]]++;
        inDegree[to[i]]++;
      }
    }
    outgoing = new int[claims][];
    incoming = new int[claims][];
    for (int c = 0; c < claims; c++) {
      outgoing[c] = new int[outDegree[c]];
      incoming[c] = new int[inDegree[c]];
    }
    int[] outs = new int[claims];
    int[] ins = new int[claims];
    for (int i = 0; i < relations.size(); i++) {
      if (from[i] >= 0) {
        outgoing[from[i]][outs[from[i]]++] = i;
        incoming[to[i]][ins[to[i]]++] = i;
      }
    }
    dead = new boolean[claims];
    nextOut = new int[claims];
  }
}
