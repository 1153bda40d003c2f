package dev.hearsay.core.model;

import dev.hearsay.core.internal.Digraph;
import java.util.List;

/**
 * Finds disjoint cycles among the relations of one kind, by the project's one cycle finder
 * ({@link Digraph#disjointCycles()}), in time and memory linear in the relations.
 */
final class RelationCycles {
  private RelationCycles() {}

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
    Digraph<ClaimId> graph = new Digraph<>();
    for (int i = 0; i < relations.size(); i++) {
      Relation r = relations.get(i);
      if (r.kind() == kind && !r.from().equals(r.to())) {
        graph.edge(r.from(), r.to(), i);
      }
    }
    List<List<Integer>> cycles = graph.disjointCycles();
    steps.take(graph.steps());
    return cycles;
  }
}
