package dev.hearsay.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one cycle finder: what each of its questions reports, and that its work is linear. */
class DigraphTest {
  /** Edges given as "from>to" texts, labelled by their position. */
  private static Digraph<String> graph(String... edges) {
    Digraph<String> graph = new Digraph<>();
    for (int i = 0; i < edges.length; i++) {
      String[] ends = edges[i].split(">");
      graph.edge(ends[0], ends[1], i);
    }
    return graph;
  }

  @Test
  void nodesAreNumberedInTheOrderFirstNamed() {
    Digraph<String> graph = graph("b>a", "a>c");
    graph.node("d");
    graph.node("a");

    assertThat(graph.size()).isEqualTo(4);
    assertThat(List.of(graph.node(0), graph.node(1), graph.node(2), graph.node(3)))
        .containsExactly("b", "a", "c", "d");
  }

  @Test
  void oneCyclePerComponentThroughItsFirstLabelledEdgeAlongAShortestRoute() {
    // a -> b -> c -> a and a shortcut b -> a; d -> e -> d; f -> g is no cycle.
    Digraph<String> graph = graph("f>g", "a>b", "b>c", "c>a", "b>a", "d>e", "e>d");

    List<Digraph.Cycle<String>> cycles = graph.cyclePerComponent();

    assertThat(cycles).hasSize(2);
    assertThat(cycles.get(0).nodes()).containsExactly("a", "b");
    assertThat(cycles.get(0).through()).isEqualTo(1);
    assertThat(cycles.get(0).labels()).containsExactly(1, 4);
    assertThat(cycles.get(1).nodes()).containsExactly("d", "e");
    assertThat(cycles.get(1).labels()).containsExactly(5, 6);
  }

  @Test
  void negativeLabelsAreNeverTheEdgeACycleIsFoundThrough() {
    Digraph<String> graph = new Digraph<>();
    graph.edge("a", "b", -1);
    graph.edge("b", "c", -1);
    graph.edge("c", "a", 7);
    graph.edge("x", "y", -1);
    graph.edge("y", "x", -1);

    List<Digraph.Cycle<String>> cycles = graph.cyclePerComponent();

    assertThat(cycles)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.nodes()).containsExactly("c", "a", "b");
              assertThat(c.labels()).containsExactly(7, -1, -1);
            });
  }

  @Test
  void anEdgeFromANodeToItselfIsItsComponentsCycleWhenFirst() {
    Digraph<String> graph = graph("a>a", "a>b", "b>a");

    assertThat(graph.cyclePerComponent())
        .singleElement()
        .satisfies(c -> assertThat(c.nodes()).containsExactly("a"));
  }

  @Test
  void circlesAreTheSetsOfTwoOrMoreWithAShortestCircleThroughTheFirst() {
    // c -> a -> b -> c, and a -> c directly; d -> d alone is no circle; e <-> f.
    Digraph<String> graph = graph("c>a", "a>b", "b>c", "a>c", "d>d", "f>e", "e>f");

    List<Digraph.Circle<String>> circles = graph.circles();

    assertThat(circles).hasSize(2);
    assertThat(circles.get(0).members()).containsExactly("c", "a", "b");
    assertThat(circles.get(0).route()).containsExactly("c", "a", "c");
    assertThat(circles.get(1).members()).containsExactly("f", "e");
    assertThat(circles.get(1).route()).containsExactly("f", "e", "f");
  }

  @Test
  void disjointCyclesShareNoNodeAndMissNoCycleLeftApart() {
    // Two triangles joined by a bridge, and a tail of three nodes into the first.
    Digraph<String> graph =
        graph("a>b", "b>c", "c>a", "c>d", "d>e", "e>f", "f>d", "x>y", "y>z", "z>a");

    List<List<Integer>> cycles = graph.disjointCycles();

    assertThat(cycles).containsExactlyInAnyOrder(List.of(0, 1, 2), List.of(4, 5, 6));
  }

  @Test
  void acyclicGraphsHaveNoCycle() {
    Digraph<String> graph = graph("a>b", "b>c", "a>c");

    assertThat(graph.disjointCycles()).isEmpty();
    assertThat(graph.cyclePerComponent()).isEmpty();
    assertThat(graph.circles()).isEmpty();
  }

  /** {@code n} two-cycles hung on a path of {@code n} nodes. */
  private static Digraph<Integer> ladder(int n) {
    Digraph<Integer> graph = new Digraph<>();
    for (int i = 0; i < n; i++) {
      graph.edge(i, i + 1, 3 * i);
      graph.edge(n + 1 + 2 * i, n + 2 + 2 * i, 3 * i + 1);
      graph.edge(n + 2 + 2 * i, n + 1 + 2 * i, 3 * i + 2);
    }
    return graph;
  }

  @Test
  void disjointCyclesTakeStepsInProportionToTheEdges() {
    Digraph<Integer> small = ladder(5_000);
    Digraph<Integer> large = ladder(20_000);

    assertThat(small.disjointCycles()).hasSize(5_000);
    assertThat(large.disjointCycles()).hasSize(20_000);
    assertThat((double) large.steps() / small.steps()).isBetween(3.8, 4.2);
  }
}
