package dev.hearsay.core.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Directed edges between nodes, each with a label, and the cycles through them: the one cycle
 * finder of the project, by which a dataset's rules find cycles of relations, a dataset's index
 * finds sources that cite one another in a circle, and a corpus finds cycles through its links
 * and actors that relay one another in a circle.
 *
 * <p>Nodes are numbered from 0 in the order in which they are first added (by {@link #node} or
 * as an end of an {@link #edge}); edges keep the order in which they are added, and every answer
 * follows these orders, so that the same graph always gives the same cycles. Each question takes
 * time and memory linear in the nodes and edges, without recursion.
 *
 * @param <N> the nodes
 */
public final class Digraph<N> {
  /**
   * A cycle: its nodes in order, the last leading back to the first, the label of the edge it
   * was found through, and the labels of its edges in order (the first is that edge's).
   *
   * @param nodes the nodes, starting at the source of the edge it was found through
   * @param through the label of that edge
   * @param labels the labels of the cycle's edges, in order
   * @param <N> the nodes
   */
  public record Cycle<N>(List<N> nodes, int through, List<Integer> labels) {}

  private final Map<N, Integer> numbers = new HashMap<>();
  private final List<N> nodes = new ArrayList<>();
  private final List<int[]> edges = new ArrayList<>();
  private long steps;

  /** Starts with no node and no edge. */
  public Digraph() {}

  /**
   * Adds a node unless it is there already.
   *
   * @param node the node
   * @return its number
   */
  public int node(N node) {
    Integer n = numbers.get(node);
    if (n == null) {
      n = nodes.size();
      numbers.put(node, n);
      nodes.add(node);
    }
    return n;
  }

  /**
   * How many nodes there are.
   *
   * @return the count
   */
  public int size() {
    return nodes.size();
  }

  /**
   * The node with a number.
   *
   * @param number the number
   * @return the node
   */
  public N node(int number) {
    return nodes.get(number);
  }

  /**
   * The steps that {@link #disjointCycles()} has taken, counted so that tests can tell how its
   * work grows without timing it.
   *
   * @return the steps
   */
  public long steps() {
    return steps;
  }

  /**
   * Adds an edge, and its ends unless they are there already.
   *
   * @param from where it leaves
   * @param to where it arrives
   * @param label what the caller knows it by; a negative label is never the edge that {@link
   *     #cyclePerComponent()} finds a cycle through
   */
  public void edge(N from, N to, int label) {
    int a = node(from);
    int b = node(to);
    edges.add(new int[] {a, b, label});
  }

  /**
   * One cycle per strongly connected set of nodes that an edge with a label of 0 or more lies
   * in: through the first such edge, in the order of the edges, along a shortest route back from
   * its target to its source within the set. An edge from a node to itself is a cycle of one
   * edge, and counts as its set's cycle when it comes first.
   *
   * @return the cycles, in the order of the edges they were found through
   */
  public List<Cycle<N>> cyclePerComponent() {
    int size = nodes.size();
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

  /** The edges leaving each node, by position in {@link #edges}. */
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
   * The strongly connected component of each node, by Tarjan's algorithm without recursion;
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
    int[] callNode = new int[size];
    int[] callEdge = new int[size];
    int counter = 0;
    int components = 0;
    for (int start = 0; start < size; start++) {
      if (index[start] >= 0) {
        continue;
      }
      int depth = 0;
      callNode[0] = start;
      callEdge[0] = 0;
      index[start] = low[start] = counter++;
      stack[top++] = start;
      onStack[start] = true;
      while (depth >= 0) {
        int at = callNode[depth];
        if (callEdge[depth] < out[at].length) {
          int next = edges.get(out[at][callEdge[depth]++])[1];
          if (index[next] < 0) {
            index[next] = low[next] = counter++;
            stack[top++] = next;
            onStack[next] = true;
            depth++;
            callNode[depth] = next;
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
          int caller = callNode[depth];
          low[caller] = Math.min(low[caller], low[at]);
        }
      }
    }
    return component;
  }

  /**
   * A strongly connected set of two or more nodes, and a shortest circle through its first.
   *
   * @param members the set's nodes, in the order of their numbers
   * @param route a shortest circle from the first member back to it, within the set; it starts
   *     and ends with the first member
   * @param <N> the nodes
   */
  public record Circle<N>(List<N> members, List<N> route) {}

  /**
   * Every strongly connected set of two or more nodes, each with a shortest circle through its
   * first member, found breadth first (each node reached by the first edge to reach it).
   *
   * @return the sets, in the order of their first members
   */
  public List<Circle<N>> circles() {
    int size = nodes.size();
    int[][] out = outgoing(size);
    int[] component = components(size, out);
    int[] count = new int[size];
    for (int n = 0; n < size; n++) {
      count[component[n]]++;
    }
    List<List<Integer>> members = new ArrayList<>();
    int[] setOf = new int[size];
    Arrays.fill(setOf, -1);
    for (int n = 0; n < size; n++) {
      int c = component[n];
      if (count[c] < 2) {
        continue;
      }
      if (setOf[c] < 0) {
        setOf[c] = members.size();
        members.add(new ArrayList<>(count[c]));
      }
      members.get(setOf[c]).add(n);
    }
    List<Circle<N>> circles = new ArrayList<>(members.size());
    for (List<Integer> set : members) {
      int first = set.get(0);
      List<N> route = new ArrayList<>();
      route.add(nodes.get(first));
      for (int e : route(first, first, out, component, true)) {
        route.add(nodes.get(edges.get(e)[1]));
      }
      circles.add(new Circle<>(set.stream().map(nodes::get).toList(), List.copyOf(route)));
    }
    return circles;
  }

  /**
   * Disjoint cycles, each the labels of its edges in the order the cycle follows (an edge from a
   * node to itself is a cycle of one edge). Every node on a cycle is on at most one of those
   * returned, and a graph with a cycle gives at least one.
   *
   * <p>Nodes that lie on no cycle are peeled off first: any node that no live edge leaves or
   * enters, again and again. Every node left leads on to another, so a walk along live edges from
   * any of them comes back to a node it passed: that loop is a cycle. Its nodes are then peeled
   * off with everything that hung on them alone, and the walk goes on from the part of its path
   * that is still alive, so that no node is walked twice. Each step is counted in {@link
   * #steps()}.
   *
   * @return the cycles, in the order they were found
   */
  public List<List<Integer>> disjointCycles() {
    return new Peeling(nodes.size(), edges).cycles();
  }

  /** The walk of {@link #disjointCycles()}, with its state. */
  private final class Peeling {
    private final int size;
    private final int[] from;
    private final int[] to;
    private final int[] label;
    private final int[][] outgoing;
    private final int[][] incoming;
    private final int[] outDegree;
    private final int[] inDegree;
    private final boolean[] dead;

    /** Per node, the first of its outgoing edges that may still lead to a live node. */
    private final int[] nextOut;

    private final ArrayDeque<Integer> peel = new ArrayDeque<>();

    Peeling(int size, List<int[]> edgeList) {
      this.size = size;
      int count = edgeList.size();
      from = new int[count];
      to = new int[count];
      label = new int[count];
      outDegree = new int[size];
      inDegree = new int[size];
      for (int e = 0; e < count; e++) {
        int[] edge = edgeList.get(e);
        from[e] = edge[0];
        to[e] = edge[1];
        label[e] = edge[2];
        outDegree[from[e]]++;
        inDegree[to[e]]++;
      }
      outgoing = new int[size][];
      incoming = new int[size][];
      for (int n = 0; n < size; n++) {
        outgoing[n] = new int[outDegree[n]];
        incoming[n] = new int[inDegree[n]];
      }
      int[] outs = new int[size];
      int[] ins = new int[size];
      for (int e = 0; e < count; e++) {
        outgoing[from[e]][outs[from[e]]++] = e;
        incoming[to[e]][ins[to[e]]++] = e;
      }
      dead = new boolean[size];
      nextOut = new int[size];
    }

    List<List<Integer>> cycles() {
      for (int n = 0; n < size; n++) {
        if (inDegree[n] == 0 || outDegree[n] == 0) {
          peel.add(n);
        }
      }
      List<List<Integer>> cycles = new ArrayList<>();
      int[] path = new int[size];
      int[] leaving = new int[size];
      int[] position = new int[size];
      Arrays.fill(position, -1);
      int length = 0;
      int start = 0;
      while (true) {
        peelAll();
        while (length > 0 && dead[path[length - 1]]) {
          steps++;
          position[path[--length]] = -1;
        }
        if (length == 0) {
          while (start < size && dead[start]) {
            steps++;
            start++;
          }
          if (start == size) {
            return cycles;
          }
          position[start] = 0;
          path[length++] = start;
        }
        // Walk on from the top of the path until the walk comes back to a node on it.
        while (true) {
          steps++;
          int at = path[length - 1];
          int edge = nextLive(at);
          leaving[length - 1] = edge;
          int next = to[edge];
          if (position[next] < 0) {
            position[next] = length;
            path[length++] = next;
            continue;
          }
          int first = position[next];
          List<Integer> cycle = new ArrayList<>(length - first);
          for (int k = first; k < length; k++) {
            cycle.add(label[leaving[k]]);
            peel.add(path[k]);
            position[path[k]] = -1;
          }
          cycles.add(cycle);
          length = first;
          break;
        }
      }
    }

    /** The first edge leaving a live node that leads to a live node; there is always one. */
    private int nextLive(int node) {
      int[] out = outgoing[node];
      while (dead[to[out[nextOut[node]]]]) {
        steps++;
        nextOut[node]++;
      }
      return out[nextOut[node]];
    }

    /** Peels off every node that no live edge enters or leaves, until none is left. */
    private void peelAll() {
      while (!peel.isEmpty()) {
        int n = peel.poll();
        steps++;
        if (dead[n]) {
          continue;
        }
        dead[n] = true;
        for (int e : outgoing[n]) {
          steps++;
          if (!dead[to[e]] && --inDegree[to[e]] == 0) {
            peel.add(to[e]);
          }
        }
        for (int e : incoming[n]) {
          steps++;
          if (!dead[from[e]] && --outDegree[from[e]] == 0) {
            peel.add(from[e]);
          }
        }
      }
    }
  }

  /**
   * The cycle through {@code through}: a shortest route from its target {@code from} to its
   * source {@code to} within their component, closed by the edge itself; it starts at the source.
   */
  private Cycle<N> cycle(int from, int to, int[][] out, int[] component, int[] through) {
    int[] route = route(from, to, out, component);
    List<N> cycleNodes = new ArrayList<>(route.length + 1);
    List<Integer> labels = new ArrayList<>(route.length + 1);
    cycleNodes.add(nodes.get(to));
    labels.add(through[2]);
    for (int e : route) {
      int[] edge = edges.get(e);
      cycleNodes.add(nodes.get(edge[0]));
      labels.add(edge[2]);
    }
    return new Cycle<>(cycleNodes, through[2], labels);
  }

  /**
   * The edges of a shortest route from one node to another within the component of the first,
   * found breadth first, each node reached by the first edge to reach it; empty when the two are
   * one node. When {@code to} is {@code from} and {@code around} is true, the route leaves and
   * comes back: a shortest cycle through the node.
   */
  private int[] route(int from, int to, int[][] out, int[] component, boolean around) {
    int size = nodes.size();
    int[] reachedBy = new int[size];
    Arrays.fill(reachedBy, -1);
    boolean[] reached = new boolean[size];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(from);
    reached[from] = !around;
    boolean arrived = from == to && !around;
    while (!queue.isEmpty() && !arrived) {
      int at = queue.poll();
      for (int e : out[at]) {
        int next = edges.get(e)[1];
        if (component[next] == component[from] && !reached[next]) {
          reached[next] = true;
          reachedBy[next] = e;
          if (next == to) {
            arrived = true;
            break;
          }
          queue.add(next);
        }
      }
    }
    ArrayDeque<Integer> backwards = new ArrayDeque<>();
    int at = to;
    do {
      int e = reachedBy[at];
      if (e < 0) {
        break;
      }
      backwards.push(e);
      at = edges.get(e)[0];
    } while (at != from);
    int[] route = new int[backwards.size()];
    for (int i = 0; i < route.length; i++) {
      route[i] = backwards.pop();
    }
    return route;
  }

  private int[] route(int from, int to, int[][] out, int[] component) {
    return route(from, to, out, component, false);
  }
}
