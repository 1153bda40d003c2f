package dev.hearsay.core.corpus;

/**
 * Disjoint sets of the ints {@code 0..size-1}, each set named by its least member, as the query
 * package merges voices into parties; the corpus merges entities, claims and events with it.
 */
final class DisjointSets {
  private final int[] parent;

  DisjointSets(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  int size() {
    return parent.length;
  }

  /** The least member of the set that holds {@code i}. */
  int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins the sets of {@code a} and {@code b}; true when they were apart. */
  boolean union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return false;
    }
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  }
}
