package dev.hearsay.core.corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Directed edges between nodes, each with a label, and the cycles through them: one per strongly
 * connected set of nodes, through the first edge on it whose label is not negative (for claims, a
 * link rather than a dataset's relation). Linear in the nodes and edges.
 *
 * @param <N> the nodes
 */
final class Digraph<N> {
  /**
   * A cycle: its nodes in order, the last leading back to the first, the label of the edge it
   * was found through, and the labels of its edges in order.
   */
  record Cycle<N>(List<N> claims, int link, List<Integer> labels) {}

  private final Map<N, Integer> numbers = new HashMap<>();
  private final List<N> claims = new ArrayList<>();
  private final List<int[]> edges = new ArrayList<>();

  /** Adds an edge with a label; a negative label is never the edge a cycle is found through. */
  void edge(N from, N to, int link) {
    edges.add(new int[] {number(from), number(to), link});
  }

  private int number(N claim) {
    Integer n = numbers.get(claim);
    if (n == null) {
      n = claims.size();
      numbers.put(claim, n);
      claims.add(claim);
    }
    return n;
  }

  List<Cycle<N>> cycles() {
    int size = claims.size();
    int[][] out = outgoing(size);
    int[] component = components(size, out);
    List<Cycle<N>> cycles = new ArrayList<>();
    boolean[] done = new boolean[size];
    for (int[] edge : edges) {
      int from = edge[0];
      int to = edge[1];
      if (edge[2] < 0 || component[from] != component[to] || done[component[from]]) {
        continue;
      }
      done[component[from]] = true;
      cycles.add(cycle(to, from, out, component, edge));
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
   * The cycle through {@code through}: a shortest route from its target {@code from} to its
   * source {@code to} within their component, closed by the edge itself; it starts at the source.
   */
  private Cycle<N> cycle(int from, int to, int[][] out, int[] component, int[] through) {
    Map<Integer, Integer> previous = new HashMap<>();
    Map<Integer, Integer> label = new HashMap<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(from);
    previous.put(from, -1);
    while (!queue.isEmpty() && !previous.containsKey(to)) {
      int at = queue.poll();
      for (int e : out[at]) {
        int next = edges.get(e)[1];
        if (component[next] == component[from] && previous.putIfAbsent(next, at) == null) {
          label.put(next, edges.get(e)[2]);
          queue.add(next);
        }
      }
    }
    List<N> backwards = new ArrayList<>();
    List<Integer> labelsBackwards = new ArrayList<>();
    for (int at = to; at >= 0; at = previous.get(at)) {
      backwards.add(claims.get(at));
      if (at != from) {
        labelsBackwards.add(label.get(at));
      }
    }
    List<N> nodes = new ArrayList<>(backwards.size());
    List<Integer> labels = new ArrayList<>(backwards.size());
    nodes.add(backwards.get(0));
    labels.add(through[2]);
    for (int i = backwards.size() - 1; i > 0; i--) {
      nodes.add(backwards.get(i));
    }
    for (int i = labelsBackwards.size() - 1; i >= 0; i--) {
      labels.add(labelsBackwards.get(i));
    }
    return new Cycle<>(nodes, through[2], labels);
  }
}
