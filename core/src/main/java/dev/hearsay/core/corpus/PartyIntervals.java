package dev.hearsay.core.corpus;

import dev.hearsay.core.internal.UnionFind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The counts of parties as intervals: parties numbered {@code 0..n-1}, each with a mask of the
 * categories it counts under (a stance, or every party), possibly-same edges between parties and
 * distinct pairs. The rule is {@link PartyCount}'s; this is its arithmetic, apart from the
 * evidence so that it can be tested against brute force.
 *
 * <p>Cost: linear in the parties, edges and pairs, plus for each component of at most {@link
 * #EXACT_EDGES} edges with a distinct pair inside, {@code 2^edges} times its size.
 */
final class PartyIntervals {
  /** The most possibly-same edges of a component whose least count is found exactly. */
  static final int EXACT_EDGES = 16;

  private final int categories;
  private final int[] min;
  private final int[] max;
  private final int[] reached;
  private final boolean[] exact;

  /** Per category, the widening statements; null until the first (most counts have none). */
  private final List<Set<Integer>> widening = new ArrayList<>();

  private final List<int[]> partition = new ArrayList<>();
  private long steps;

  private PartyIntervals(int categories) {
    this.categories = categories;
    this.min = new int[categories];
    this.max = new int[categories];
    this.reached = new int[categories];
    this.exact = new boolean[categories];
    Arrays.fill(exact, true);
    for (int c = 0; c < categories; c++) {
      widening.add(null);
    }
  }

  /**
   * Counts the parties.
   *
   * @param masks for each party, bit {@code c} set when it counts under category {@code c}
   * @param categories how many categories there are
   * @param possiblySame edges {@code {p, q, statement}}: parties p and q may be one, as the
   *     statement with that number says
   * @param distinct pairs {@code {p, q}} that must not end up in one party
   */
  static PartyIntervals of(
      int[] masks, int categories, List<int[]> possiblySame, List<int[]> distinct) {
    PartyIntervals counts = new PartyIntervals(categories);
    counts.count(masks, possiblySame, distinct);
    return counts;
  }

  int min(int category) {
    return min[category];
  }

  int max(int category) {
    return max[category];
  }

  int reached(int category) {
    return reached[category];
  }

  boolean exact(int category) {
    return exact[category];
  }

  /** The numbers of the statements that widen the category's interval, ascending. */
  Set<Integer> widening(int category) {
    Set<Integer> statements = widening.get(category);
    return statements == null ? Set.of() : statements;
  }

  /** The groups of parties that merging greedily reached in the components not counted exactly. */
  List<int[]> partition() {
    return partition;
  }

  /** The steps taken, to show that counting is linear. */
  long steps() {
    return steps;
  }

  private void count(int[] masks, List<int[]> possiblySame, List<int[]> distinct) {
    int n = masks.length;
    UnionFind components = new UnionFind(n);
    Map<Long, Integer> edgeOfPair = new HashMap<>();
    List<int[]> edges = new ArrayList<>();
    List<List<Integer>> statementsOf = new ArrayList<>();
    for (int[] e : possiblySame) {
      steps++;
      if (e[0] == e[1]) {
        continue;
      }
      long pair = ((long) Math.min(e[0], e[1]) << 32) | Math.max(e[0], e[1]);
      Integer known = edgeOfPair.putIfAbsent(pair, edges.size());
      if (known == null) {
        edges.add(new int[] {e[0], e[1]});
        statementsOf.add(new ArrayList<>(1));
        known = edges.size() - 1;
      }
      statementsOf.get(known).add(e[2]);
      components.union(e[0], e[1]);
    }
    // Each component with an edge, as the lists of its parties, edges and distinct pairs.
    Map<Integer, Component> byRoot = new HashMap<>();
    for (int e = 0; e < edges.size(); e++) {
      steps++;
      int root = components.find(edges.get(e)[0]);
      byRoot.computeIfAbsent(root, r -> new Component()).edges.add(e);
    }
    for (int p = 0; p < n; p++) {
      steps++;
      Component component = byRoot.get(components.find(p));
      if (component == null) {
        for (int c = 0; c < categories; c++) {
          int one = (masks[p] >> c) & 1;
          min[c] += one;
          max[c] += one;
          reached[c] += one;
        }
      } else {
        component.parties.add(p);
      }
    }
    for (int[] d : distinct) {
      steps++;
      if (d[0] != d[1] && components.find(d[0]) == components.find(d[1])) {
        Component component = byRoot.get(components.find(d[0]));
        if (component != null) {
          component.distinct.add(d);
        }
      }
    }
    List<Integer> roots = new ArrayList<>(byRoot.keySet());
    roots.sort(null);
    for (int root : roots) {
      count(byRoot.get(root), masks, edges, statementsOf);
    }
  }

  private static final class Component {
    final List<Integer> parties = new ArrayList<>();
    final List<Integer> edges = new ArrayList<>();
    final List<int[]> distinct = new ArrayList<>();
  }

  private void count(
      Component component, int[] masks, List<int[]> allEdges, List<List<Integer>> statementsOf) {
    int k = component.parties.size();
    Map<Integer, Integer> local = new HashMap<>(k * 2);
    int[] localMasks = new int[k];
    for (int i = 0; i < k; i++) {
      local.put(component.parties.get(i), i);
      localMasks[i] = masks[component.parties.get(i)];
    }
    int m = component.edges.size();
    int[][] edges = new int[m][];
    for (int e = 0; e < m; e++) {
      int[] edge = allEdges.get(component.edges.get(e));
      edges[e] = new int[] {local.get(edge[0]), local.get(edge[1])};
    }
    int[][] pairs = new int[component.distinct.size()][];
    for (int d = 0; d < pairs.length; d++) {
      int[] pair = component.distinct.get(d);
      pairs[d] = new int[] {local.get(pair[0]), local.get(pair[1])};
    }
    int[] most = new int[categories];
    for (int mask : localMasks) {
      for (int c = 0; c < categories; c++) {
        most[c] += (mask >> c) & 1;
      }
    }
    int[] least = new int[categories];
    int[] greedy = null;
    boolean countedExactly = pairs.length == 0 || m <= EXACT_EDGES;
    if (pairs.length == 0) {
      for (int c = 0; c < categories; c++) {
        least[c] = most[c] > 0 ? 1 : 0;
      }
      steps += k;
    } else if (m <= EXACT_EDGES) {
      least = everySubset(localMasks, edges, pairs);
    } else {
      for (int c = 0; c < categories; c++) {
        least[c] = most[c] > 0 ? 1 : 0;
      }
      greedy = greedily(component, localMasks, edges, pairs);
    }
    for (int c = 0; c < categories; c++) {
      min[c] += least[c];
      max[c] += most[c];
      reached[c] += greedy == null ? least[c] : greedy[c];
      if (!countedExactly && least[c] != most[c]) {
        exact[c] = false;
      }
      if (least[c] != most[c]) {
        for (int e : component.edges) {
          if (widening.get(c) == null) {
            widening.set(c, new TreeSet<>());
          }
          widening.get(c).addAll(statementsOf.get(e));
        }
      }
    }
  }

  /** The least count of each category over every subset of the edges that keeps pairs apart. */
  private int[] everySubset(int[] masks, int[][] edges, int[][] pairs) {
    int k = masks.length;
    int[] least = new int[categories];
    Arrays.fill(least, Integer.MAX_VALUE);
    int[] parent = new int[k];
    int[] groupMask = new int[k];
    for (int subset = 0; subset < 1 << edges.length; subset++) {
      for (int i = 0; i < k; i++) {
        parent[i] = i;
        groupMask[i] = 0;
      }
      steps += k + edges.length + pairs.length;
      for (int e = 0; e < edges.length; e++) {
        if ((subset >> e & 1) != 0) {
          int a = root(parent, edges[e][0]);
          int b = root(parent, edges[e][1]);
          parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
      boolean apart = true;
      for (int[] pair : pairs) {
        if (root(parent, pair[0]) == root(parent, pair[1])) {
          apart = false;
          break;
        }
      }
      if (!apart) {
        continue;
      }
      for (int i = 0; i < k; i++) {
        groupMask[root(parent, i)] |= masks[i];
      }
      for (int c = 0; c < categories; c++) {
        int count = 0;
        for (int i = 0; i < k; i++) {
          if (parent[i] == i && ((groupMask[i] >> c) & 1) != 0) {
            count++;
          }
        }
        least[c] = Math.min(least[c], count);
      }
    }
    return least;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * Merges along the edges in order wherever no pair ends up together; records the groups and
   * returns their count in each category. Each group keeps the parties it must stay apart from,
   * and the smaller of two such sets is checked and poured into the larger.
   */
  private int[] greedily(Component component, int[] masks, int[][] edges, int[][] pairs) {
    int k = masks.length;
    UnionFind groups = new UnionFind(k);
    List<Set<Integer>> apart = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      apart.add(new HashSet<>(2));
    }
    for (int[] pair : pairs) {
      apart.get(pair[0]).add(pair[1]);
      apart.get(pair[1]).add(pair[0]);
    }
    for (int[] edge : edges) {
      steps++;
      int a = groups.find(edge[0]);
      int b = groups.find(edge[1]);
      if (a == b) {
        continue;
      }
      Set<Integer> small = apart.get(a).size() <= apart.get(b).size() ? apart.get(a) : apart.get(b);
      int other = small == apart.get(a) ? b : a;
      boolean allowed = true;
      for (int x : small) {
        steps++;
        if (groups.find(x) == other) {
          allowed = false;
          break;
        }
      }
      if (!allowed) {
        continue;
      }
      Set<Integer> large = small == apart.get(a) ? apart.get(b) : apart.get(a);
      steps += small.size();
      large.addAll(small);
      groups.union(a, b);
      int root = groups.find(a);
      apart.set(root, large);
    }
    int[] groupMask = new int[k];
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < k; i++) {
      int root = groups.find(i);
      groupMask[root] |= masks[i];
      members.computeIfAbsent(root, r -> new ArrayList<>()).add(component.parties.get(i));
    }
    int[] count = new int[categories];
    for (int i = 0; i < k; i++) {
      if (groups.find(i) == i) {
        partition.add(members.get(i).stream().mapToInt(Integer::intValue).toArray());
        for (int c = 0; c < categories; c++) {
          count[c] += (groupMask[i] >> c) & 1;
        }
      }
    }
    return count;
  }
}
