package dev.hearsay.core.corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Directed edges between claims of a corpus, each from a dataset's relation or a link, and the
 * cycles through them: one per strongly connected set of claims, through the first link on it.
 * Linear in the claims and edges.
 */
final class ClaimGraph {
  /** A cycle: its claims in order, the last leading back to the first, and a link on it. */
  record Cycle(List<ClaimRef> claims, int link) {}

  private final Map<ClaimRef, Integer> numbers = new HashMap<>();
  private final List<ClaimRef> claims = new ArrayList<>();
  private final List<int[]> edges = new ArrayList<>();

  /** Adds an edge; {@code link} is the link's position, or -1 for a dataset's relation. */
  void edge(ClaimRef from, ClaimRef to, int link) {
    edges.add(new int[] {number(from), number(to), link});
  }

  private int number(ClaimRef claim) {
    Integer n = numbers.get(claim);
    if (n == null) {
      n = claims.size();
      numbers.put(claim, n);
      claims.add(claim);
    }
    return n;
  }

  List<Cycle> cycles() {
    int size = claims.size();
    int[][] out = outgoing(size);
    int[] component = components(size, out);
    List<Cycle> cycles = new ArrayList<>();
    boolean[] done = new boolean[size];
    for (int[] edge : edges) {
      int from = edge[0];
      int to = edge[1];
      if (edge[2] < 0 || component[from] != component[to] || done[component[from]]) {
        continue;
      }
      done[component[from]] = true;
      cycles.add(new Cycle(route(to, from, out, component), edge[2]));
    }
    return cycles;
  }

  /** The edges leaving each claim, by position in {@link #edges}. */
  private int[][] outgoing(int size) {
    int[] degree = new int[size];
    for (int[] edge : edges) {
      degree[edge[0]]++;
    }
    int[][] out = new int[size][];
    for (int c = 0; c < size; c++) {
      out[c] = new int[degree[c]];
    }
    int[] filled = new int[size];
    for (int e = 0; e < edges.size(); e++) {
      int from = edges.get(e)[0];
      out[from][filled[from]++] = e;
    }
    return out;
  }

  /**
   * The strongly connected component of each claim, by Tarjan's algorithm without recursion;
   * components are numbered from 0.
   */
  private int[] components(int size, int[][] out) {
    int[] index = new int[size];
    int[] low = new int[size];
    int[] component = new int[size];
    Arrays.fill(index, -1);
    boolean[] onStack = new boolean[size];
    int[] stack = new int[size];
    int top = 0;
    int[] callClaim = new int[size];
    int[] callEdge = new int[size];
    int counter = 0;
    int components = 0;
    for (int start = 0; start < size; start++) {
      if (index[start] >= 0) {
        continue;
      }
      int depth = 0;
      callClaim[0] = start;
      callEdge[0] = 0;
      index[start] = low[start] = counter++;
      stack[top++] = start;
      onStack[start] = true;
      while (depth >= 0) {
        int at = callClaim[depth];
        if (callEdge[depth] < out[at].length) {
          int next = edges.get(out[at][callEdge[depth]++])[1];
          if (index[next] < 0) {
            index[next] = low[next] = counter++;
            stack[top++] = next;
            onStack[next] = true;
            depth++;
            callClaim[depth] = next;
            callEdge[depth] = 0;
          } else if (onStack[next]) {
            low[at] = Math.min(low[at], index[next]);
          }
          continue;
        }
        if (low[at] == index[at]) {
          int member;
          do {
            member = stack[--top];
            onStack[member] = false;
            component[member] = components;
          } while (member != at);
          components++;
        }
        depth--;
        if (depth >= 0) {
          int caller = callClaim[depth];
          low[caller] = Math.min(low[caller], low[at]);
        }
      }
    }
    return component;
  }

  /**
   * A shortest route from {@code from} to {@code to} within their component, then back along the
   * link: the claims of the cycle, starting with the link's source {@code to}.
   */
  private List<ClaimRef> route(int from, int to, int[][] out, int[] component) {
    Map<Integer, Integer> previous = new HashMap<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(from);
    previous.put(from, -1);
    while (!queue.isEmpty() && !previous.containsKey(to)) {
      int at = queue.poll();
      for (int e : out[at]) {
        int next = edges.get(e)[1];
        if (component[next] == component[from] && previous.putIfAbsent(next, at) == null) {
          queue.add(next);
        }
      }
    }
    List<ClaimRef> backwards = new ArrayList<>();
    for (int at = to; at >= 0; at = previous.get(at)) {
      backwards.add(claims.get(at));
    }
    // Backwards from the link's source to its target: the cycle starts at the source.
    List<ClaimRef> cycle = new ArrayList<>(backwards.size());
    cycle.add(backwards.get(0));
    for (int i = backwards.size() - 1; i > 0; i--) {
      cycle.add(backwards.get(i));
    }
    return cycle;
  }
}
