package dev.hearsay.core.model;

import static dev.hearsay.core.model.Fixtures.actors;
import static dev.hearsay.core.model.Fixtures.claimBuilder;
import static dev.hearsay.core.model.Fixtures.dataset;
import static dev.hearsay.core.model.Fixtures.hop;
import static dev.hearsay.core.model.Fixtures.hopAt;
import static dev.hearsay.core.model.Fixtures.relation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * The dataset's rules take steps linear in the size of what they check: doubling an input at most
 * doubles the steps, give or take a tenth. Steps are counted by the rules themselves ({@link
 * Steps}), never timed; each input is the shape that once made a rule quadratic.
 */
class LinearRulesTest {
  private static final int N = 2_000;

  /** Steps for an input of size n, then for 2n: the second at most 2.2 times the first. */
  private static <T> void assertLinear(IntFunction<T> input, ToLongFunction<T> steps) {
    long small = steps.applyAsLong(input.apply(N));
    long large = steps.applyAsLong(input.apply(2 * N));

    assertThat(small).as("steps for n").isPositive();
    assertThat((double) large / small)
        .as("steps for 2n / steps for n (%d / %d)", large, small)
        .isLessThanOrEqualTo(2.2);
  }

  private static long ruleSteps(Dataset dataset) {
    DatasetRules rules = new DatasetRules(dataset);
    assertThat(rules.violations().isEmpty()).isTrue();
    return rules.steps();
  }

  /** One claim held by one chain of n hops that two actors relay in turn. */
  private static Dataset chainOfHops(int n, boolean onlyTheFirstHopHasATime) {
    List<Hop> hops = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String actor = i % 2 == 0 ? "a" : "b";
      hops.add(i == 0 && onlyTheFirstHopHasATime ? hopAt(actor, "2024-10-28") : hop(actor));
    }
    return dataset()
        .addActors(actors("a", "b"))
        .addClaims(
            claimBuilder("c").addAttribution(new Chain.Builder().addAllHops(hops).build()).build())
        .build();
  }

  @Test
  void aLongChainWithoutTimesIsCheckedInLinearSteps() {
    assertLinear(n -> chainOfHops(n, false), LinearRulesTest::ruleSteps);
  }

  @Test
  void aLongChainWithOneTimeAtItsOuterEndIsCheckedInLinearSteps() {
    assertLinear(n -> chainOfHops(n, true), LinearRulesTest::ruleSteps);
  }

  private static long cycleSteps(List<Relation> relations) {
    Steps steps = new Steps();
    RelationCycles.find(relations, RelationKind.DERIVED_FROM, steps);
    return steps.taken();
  }

  /** n disjoint 2-cycles: each claim is derived from its partner and the partner from it. */
  private static List<Relation> disjointTwoCycles(int n) {
    List<Relation> relations = new ArrayList<>(2 * n);
    for (int i = 0; i < n; i++) {
      relations.add(relation("a" + i, RelationKind.DERIVED_FROM, "b" + i));
      relations.add(relation("b" + i, RelationKind.DERIVED_FROM, "a" + i));
    }
    return relations;
  }

  @Test
  void disjointCyclesAreFoundInLinearSteps() {
    assertThat(RelationCycles.find(disjointTwoCycles(3), RelationKind.DERIVED_FROM))
        .containsExactly(List.of(0, 1), List.of(2, 3), List.of(4, 5));
    assertLinear(LinearRulesTest::disjointTwoCycles, LinearRulesTest::cycleSteps);
  }

  /**
   * A cycle of n claims t0 -> t1 -> ... -> t(n-1) -> t0 whose last claim also leads into n
   * 2-cycles, listed before the edge that closes the long cycle: each 2-cycle is reached along the
   * whole long cycle, which a search that starts again from its first claim walks n times.
   */
  private static List<Relation> cyclesBehindALongPath(int n) {
    List<Relation> relations = new ArrayList<>(4 * n);
    for (int i = 0; i + 1 < n; i++) {
      relations.add(relation("t" + i, RelationKind.DERIVED_FROM, "t" + (i + 1)));
    }
    String last = "t" + (n - 1);
    for (int i = 0; i < n; i++) {
      relations.add(relation(last, RelationKind.DERIVED_FROM, "a" + i));
      relations.add(relation("a" + i, RelationKind.DERIVED_FROM, "b" + i));
      relations.add(relation("b" + i, RelationKind.DERIVED_FROM, "a" + i));
    }
    relations.add(relation(last, RelationKind.DERIVED_FROM, "t0"));
    return relations;
  }

  @Test
  void cyclesReachedAlongALongPathAreFoundInLinearSteps() {
    List<List<Integer>> cycles =
        RelationCycles.find(cyclesBehindALongPath(3), RelationKind.DERIVED_FROM);
    assertThat(cycles).hasSize(4);
    assertLinear(LinearRulesTest::cyclesBehindALongPath, LinearRulesTest::cycleSteps);
  }
}
