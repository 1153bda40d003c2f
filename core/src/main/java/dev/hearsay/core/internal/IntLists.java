package dev.hearsay.core.internal;

import java.util.Arrays;

/**
 * Lists of ints under int keys {@code 0..keys-1}, held in two arrays (each key's values one after
 * another, and where each key's run starts), built from pairs added in any order of keys: the
 * adjacency of a graph, or the claims of each actor, with no map or list per key. Each key's
 * values keep the order in which they were added; a value added twice in a row under one key is
 * kept once unless the builder is told to keep repeats.
 */
public final class IntLists {
  private static final int[] NONE = new int[0];

  /**
   * Where each key's run starts, one more than the keys; or, when few keys have values, null, and
   * the key of each value is in {@link #keys}.
   */
  private final int[] starts;

  /** The key of each value, ascending, when {@link #starts} is null. */
  private final int[] keys;

  private final int[] values;

  private IntLists(int[] starts, int[] keys, int[] values) {
    this.starts = starts;
    this.keys = keys;
    this.values = values;
  }

  /** Where a key's run starts. */
  private int from(int key) {
    if (starts != null) {
      return starts[key];
    }
    int low = 0;
    int high = keys.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (keys[middle] < key) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * How many values a key has.
   *
   * @param key the key
   * @return the count
   */
  public int size(int key) {
    int from = from(key);
    return to(key, from) - from;
  }

  /**
   * A key's value at an index.
   *
   * @param key the key
   * @param index the index, below {@link #size(int)}
   * @return the value
   */
  public int get(int key, int index) {
    return values[from(key) + index];
  }

  /**
   * A key's values, as a new array.
   *
   * @param key the key
   * @return the values, in the order added
   */
  public int[] of(int key) {
    int from = from(key);
    int to = to(key, from);
    return to == from ? NONE : Arrays.copyOfRange(values, from, to);
  }

  /** Where the run of a key that starts at {@code from} ends. */
  private int to(int key, int from) {
    if (starts != null) {
      return starts[key + 1];
    }
    int to = from;
    while (to < keys.length && keys[to] == key) {
      to++;
    }
    return to;
  }

  /** Collects pairs, then sorts them by key once. */
  public static final class Builder {
    private final int keys;
    private final boolean repeats;
    private int[] pairKeys;
    private int[] pairValues;
    private int size;

    /**
     * Starts with no pairs.
     *
     * @param keys how many keys there are
     * @param expected about how many pairs will be added
     */
    public Builder(int keys, int expected) {
      this(keys, expected, false);
    }

    /**
     * Starts with no pairs.
     *
     * @param keys how many keys there are
     * @param expected about how many pairs will be added
     * @param repeats whether a value added twice in a row under one key is kept twice
     */
    public Builder(int keys, int expected, boolean repeats) {
      this.keys = keys;
      this.repeats = repeats;
      pairKeys = new int[Math.max(4, expected)];
      pairValues = new int[Math.max(4, expected)];
    }

    /**
     * Adds a value under a key; unless the builder keeps repeats, not when it is the value last
     * added under that key.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder add(int key, int value) {
      if (size == pairKeys.length) {
        pairKeys = Arrays.copyOf(pairKeys, size * 2);
        pairValues = Arrays.copyOf(pairValues, size * 2);
      }
      pairKeys[size] = key;
      pairValues[size] = value;
      size++;
      return this;
    }

    /**
     * The lists, sorted by key in one counting pass, each keeping the order of its values.
     *
     * @return the lists
     */
    public IntLists build() {
      if ((long) size * 8 < keys) {
        return sparse();
      }
      int[] counts = new int[keys + 1];
      int[] last = new int[keys];
      Arrays.fill(last, -1);
      // Keeps a value once when it was added twice in a row under its key.
      boolean[] kept = new boolean[size];
      for (int i = 0; i < size; i++) {
        int key = pairKeys[i];
        if (repeats || last[key] != pairValues[i]) {
          kept[i] = true;
          last[key] = pairValues[i];
          counts[key + 1]++;
        }
      }
      for (int k = 0; k < keys; k++) {
        counts[k + 1] += counts[k];
      }
      int[] starts = counts.clone();
      int[] values = new int[counts[keys]];
      int[] next = Arrays.copyOf(counts, keys);
      for (int i = 0; i < size; i++) {
        if (kept[i]) {
          values[next[pairKeys[i]]++] = pairValues[i];
        }
      }
      return new IntLists(starts, null, values);
    }

    /**
     * The lists when there are far fewer values than keys: the pairs sorted by key, each key's in
     * the order added, found by a binary search rather than through an array of all keys.
     */
    private IntLists sparse() {
      long[] sorted = new long[size];
      for (int i = 0; i < size; i++) {
        sorted[i] = ((long) pairKeys[i] << 32) | i;
      }
      Arrays.sort(sorted);
      int[] sortedKeys = new int[size];
      int[] sortedValues = new int[size];
      int kept = 0;
      for (long pair : sorted) {
        int key = (int) (pair >>> 32);
        int value = pairValues[(int) pair];
        if (repeats
            || kept == 0
            || sortedKeys[kept - 1] != key
            || sortedValues[kept - 1] != value) {
          sortedKeys[kept] = key;
          sortedValues[kept] = value;
          kept++;
        }
      }
      return new IntLists(null, Arrays.copyOf(sortedKeys, kept), Arrays.copyOf(sortedValues, kept));
    }
  }
}
