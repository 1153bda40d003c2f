package dev.hearsay.core.internal;

/**
 * Disjoint sets of the ints {@code 0..size-1}, each set named by its least member: the one
 * union-find of the project, by which voices become parties and entities, claims and events of a
 * corpus become one.
 */
public final class UnionFind {
  private final int[] parent;

  /**
   * Starts with every int in a set of its own.
   *
   * @param size how many ints
   */
  public UnionFind(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  /**
   * How many ints the sets hold.
   *
   * @return the size
   */
  public int size() {
    return parent.length;
  }

  /**
   * The least member of the set that holds an int.
   *
   * @param i the int
   * @return the least member of its set
   */
  public int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * Joins the sets of two ints.
   *
   * @param a one int
   * @param b the other
   * @return true when they were apart
   */
  public boolean union(int a, int b) {
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
