package dev.hearsay.core.query;

/** Disjoint sets of the ints {@code 0..size-1}, each set named by its least member. */
final class UnionFind {
  private final int[] parent;

  UnionFind(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
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
    // The lower index stays the root, so that sets come out in the order of their first member.
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  }
}
