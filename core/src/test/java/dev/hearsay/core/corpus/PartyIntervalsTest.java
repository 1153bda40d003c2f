package dev.hearsay.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PartyIntervalsTest {
  private static final int CATEGORIES = 3;

  /** The least count of each category over every partition into allowed groups, by brute force. */
  private static int[] bruteForce(int[] masks, List<int[]> edges, List<int[]> distinct) {
    int n = masks.length;
    int[] least = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
    int[] block = new int[n];
    partitions(0, 0, block, masks, edges, distinct, least);
    return least;
  }

  /** Every set partition: block numbers in which each is at most one above all before it. */
  private static void partitions(
      int i,
      int blocks,
      int[] block,
      int[] masks,
      List<int[]> edges,
      List<int[]> distinct,
      int[] least) {
    int n = masks.length;
    if (i == n) {
      for (int[] pair : distinct) {
        if (block[pair[0]] == block[pair[1]]) {
          return;
        }
      }
      for (int b = 0; b < blocks; b++) {
        if (!connected(b, block, edges)) {
          return;
        }
      }
      for (int c = 0; c < CATEGORIES; c++) {
        int count = 0;
        for (int b = 0; b < blocks; b++) {
          boolean has = false;
          for (int p = 0; p < n; p++) {
            has |= block[p] == b && ((masks[p] >> c) & 1) != 0;
          }
          count += has ? 1 : 0;
        }
        least[c] = Math.min(least[c], count);
      }
      return;
    }
    for (int b = 0; b <= blocks; b++) {
      block[i] = b;
      partitions(i + 1, Math.max(blocks, b + 1), block, masks, edges, distinct, least);
    }
  }

  /** Whether the members of a block are connected by the possibly-same edges among them. */
  private static boolean connected(int b, int[] block, List<int[]> edges) {
    Set<Integer> members = new HashSet<>();
    for (int p = 0; p < block.length; p++) {
      if (block[p] == b) {
        members.add(p);
      }
    }
    Set<Integer> reached = new HashSet<>();
    reached.add(members.iterator().next());
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int[] e : edges) {
        if (members.contains(e[0])
            && members.contains(e[1])
            && reached.contains(e[0]) != reached.contains(e[1])) {
          reached.add(e[0]);
          reached.add(e[1]);
          grew = true;
        }
      }
    }
    return reached.equals(members);
  }

  @RepeatedTest(300)
  void theExactLeastCountIsTheLeastOverEveryAllowedPartition() {
    Random random = new Random();
    long seed = random.nextLong();
    random.setSeed(seed);
    int n = 1 + random.nextInt(6);
    int[] masks = new int[n];
    for (int p = 0; p < n; p++) {
      masks[p] = random.nextInt(1 << CATEGORIES);
    }
    List<int[]> edges = new ArrayList<>();
    List<int[]> distinct = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        int roll = random.nextInt(10);
        if (roll < 5) {
          edges.add(new int[] {a, b, edges.size()});
        } else if (roll < 7) {
          distinct.add(new int[] {a, b});
        }
      }
    }

    PartyIntervals counts = PartyIntervals.of(masks, CATEGORIES, edges, distinct);
    int[] least = bruteForce(masks, edges, distinct);

    for (int c = 0; c < CATEGORIES; c++) {
      int most = 0;
      for (int mask : masks) {
        most += (mask >> c) & 1;
      }
      assertThat(counts.exact(c)).as("seed %d", seed).isTrue();
      assertThat(counts.min(c)).as("seed %d, category %d", seed, c).isEqualTo(least[c]);
      assertThat(counts.max(c)).as("seed %d", seed).isEqualTo(most);
      assertThat(counts.reached(c)).isEqualTo(least[c]);
      assertThat(counts.widening(c).isEmpty()).as("seed %d", seed).isEqualTo(least[c] == most);
    }
  }

  @RepeatedTest(20)
  void beyondSixteenEdgesTheBoundAndTheGreedyCountEncloseTheLeastCount() {
    Random random = new Random();
    long seed = random.nextLong();
    random.setSeed(seed);
    int n = 9;
    int[] masks = new int[n];
    for (int p = 0; p < n; p++) {
      masks[p] = 1 | random.nextInt(1 << CATEGORIES);
    }
    List<int[]> edges = new ArrayList<>();
    List<int[]> distinct = new ArrayList<>();
    // Parties 0 and 1 are distinct and possibly the same as every other: one component.
    distinct.add(new int[] {0, 1});
    for (int a = 0; a < n; a++) {
      for (int b = Math.max(a + 1, 2); b < n; b++) {
        if (a < 2 || random.nextInt(10) < 7) {
          edges.add(new int[] {a, b, edges.size()});
        } else {
          distinct.add(new int[] {a, b});
        }
      }
    }

    PartyIntervals counts = PartyIntervals.of(masks, CATEGORIES, edges, distinct);
    int[] least = bruteForce(masks, edges, distinct);

    for (int c = 0; c < CATEGORIES; c++) {
      assertThat(counts.min(c)).as("seed %d", seed).isLessThanOrEqualTo(least[c]);
      assertThat(counts.reached(c))
          .as("seed %d", seed)
          .isGreaterThanOrEqualTo(least[c])
          .isLessThanOrEqualTo(counts.max(c));
      if (counts.exact(c)) {
        assertThat(counts.min(c)).as("seed %d", seed).isEqualTo(least[c]);
      }
    }
    assertThat(edges.size()).isGreaterThan(PartyIntervals.EXACT_EDGES);
    assertThat(counts.exact(0)).as("seed %d: category 0 has every party", seed).isFalse();
    int[] block = new int[n];
    List<int[]> groups = counts.partition();
    for (int g = 0; g < groups.size(); g++) {
      for (int p : groups.get(g)) {
        block[p] = g;
      }
    }
    for (int[] pair : distinct) {
      assertThat(block[pair[0]]).as("seed %d", seed).isNotEqualTo(block[pair[1]]);
    }
    for (int g = 0; g < groups.size(); g++) {
      assertThat(connected(g, block, edges)).as("seed %d", seed).isTrue();
    }
  }

  @Test
  void withoutADistinctPairAComponentIsOnePartyWhateverItsSize() {
    int n = 40;
    List<int[]> path = new ArrayList<>();
    for (int p = 0; p + 1 < n; p++) {
      path.add(new int[] {p, p + 1, p});
    }
    int[] masks = new int[n];
    java.util.Arrays.fill(masks, 1);

    PartyIntervals counts = PartyIntervals.of(masks, 1, path, List.of());

    assertThat(counts.min(0)).isEqualTo(1);
    assertThat(counts.max(0)).isEqualTo(n);
    assertThat(counts.exact(0)).isTrue();
    assertThat(counts.widening(0)).hasSize(n - 1);
    assertThat(counts.partition()).isEmpty();
  }

  @Test
  void beyondSixteenEdgesWithADistinctPairTheCountIsABoundAndAGreedyPartition() {
    int n = 18;
    List<int[]> path = new ArrayList<>();
    for (int p = 0; p + 1 < n; p++) {
      path.add(new int[] {p, p + 1, p});
    }
    int[] masks = new int[n];
    java.util.Arrays.fill(masks, 1);
    List<int[]> ends = List.<int[]>of(new int[] {0, n - 1});

    PartyIntervals counts = PartyIntervals.of(masks, 1, path, ends);

    assertThat(path).hasSize(PartyIntervals.EXACT_EDGES + 1);
    assertThat(counts.exact(0)).isFalse();
    assertThat(counts.min(0)).as("the bound with distinct pairs ignored").isEqualTo(1);
    assertThat(counts.max(0)).isEqualTo(n);
    assertThat(counts.reached(0))
        .as("merged in order until the last edge joins the ends")
        .isEqualTo(2);
    assertThat(counts.partition()).hasSize(2);
    for (int[] group : counts.partition()) {
      Set<Integer> members = new HashSet<>();
      for (int p : group) {
        members.add(p);
      }
      assertThat(members.contains(0) && members.contains(n - 1)).isFalse();
    }
    int all = counts.partition().stream().mapToInt(g -> g.length).sum();
    assertThat(all).isEqualTo(n);
  }

  /**
   * Two components counted greedily, the first led by party 3 and the second by party 17: their
   * groups come in the order of the components' first parties, whatever order a hash keeps them
   * in.
   */
  @Test
  void greedyGroupsComeInTheOrderOfTheirComponentsFirstParties() {
    int n = 70;
    int[] masks = new int[n];
    java.util.Arrays.fill(masks, 1);
    List<int[]> edges = new ArrayList<>();
    List<int[]> distinct = new ArrayList<>();
    for (int[] component : new int[][] {{3, 30}, {17, 50}}) {
      int lead = component[0];
      int from = component[1];
      edges.add(new int[] {lead, from, edges.size()});
      for (int p = from; p < from + 16; p++) {
        edges.add(new int[] {p, p + 1, edges.size()});
      }
      distinct.add(new int[] {lead, from + 16});
    }

    PartyIntervals counts = PartyIntervals.of(masks, 1, edges, distinct);

    assertThat(counts.exact(0)).isFalse();
    assertThat(counts.partition()).hasSize(4);
    assertThat(counts.partition().get(0)).contains(3);
    assertThat(counts.partition().get(2)).contains(17);
  }

  @Test
  void atSixteenEdgesTheCountIsStillExact() {
    int n = 17;
    List<int[]> path = new ArrayList<>();
    for (int p = 0; p + 1 < n; p++) {
      path.add(new int[] {p, p + 1, p});
    }
    int[] masks = new int[n];
    java.util.Arrays.fill(masks, 1);

    PartyIntervals counts = PartyIntervals.of(masks, 1, path, List.<int[]>of(new int[] {0, n - 1}));

    assertThat(counts.exact(0)).isTrue();
    assertThat(counts.min(0)).isEqualTo(2);
  }

  @Test
  void stepsGrowLinearlyWithTheNumberOfComponents() {
    long small = stepsOf(1_000);
    long large = stepsOf(4_000);

    assertThat(small).isPositive();
    assertThat(large).isEqualTo(4 * small);
  }

  /** Components of three parties in a path, with a distinct pair at the ends; one more alone. */
  private static long stepsOf(int components) {
    int n = components * 3;
    int[] masks = new int[n];
    java.util.Arrays.fill(masks, 1);
    List<int[]> edges = new ArrayList<>();
    List<int[]> distinct = new ArrayList<>();
    for (int k = 0; k < components; k++) {
      edges.add(new int[] {3 * k, 3 * k + 1, edges.size()});
      edges.add(new int[] {3 * k + 1, 3 * k + 2, edges.size()});
      distinct.add(new int[] {3 * k, 3 * k + 2});
    }
    PartyIntervals counts = PartyIntervals.of(masks, 1, edges, distinct);
    assertThat(counts.min(0)).isEqualTo(2 * components);
    return counts.steps();
  }
}
