package dev.hearsay.core.corpus;

/**
 * The first index recorded for each unordered pair of entity numbers, in an open-addressing
 * table of longs: no boxing, and a hash that spreads pairs whose numbers differ in few bits.
 */
final class PairTable {
  private long[] keys;
  private int[] values;
  private int size;
  private long probes;

  /**
   * Starts empty.
   *
   * @param expected how many pairs are expected, to size the table once
   */
  PairTable(int expected) {
    int length = Integer.highestOneBit(Math.max(expected, 8) * 2 - 1) << 1;
    keys = new long[length];
    values = new int[length];
  }

  /**
   * Records the index for the pair unless one is recorded.
   *
   * @return the index recorded earlier, or -1 when this one is now recorded
   */
  int putIfAbsent(int a, int b, int index) {
    long key = (((long) Math.min(a, b) << 32) | Math.max(a, b)) + 1;
    int mask = keys.length - 1;
    int at = hash(key) & mask;
    while (keys[at] != 0) {
      probes++;
      if (keys[at] == key) {
        return values[at];
      }
      at = (at + 1) & mask;
    }
    keys[at] = key;
    values[at] = index;
    if (++size * 2 > keys.length) {
      grow();
    }
    return -1;
  }

  /** The slots looked at that were taken, counted so that tests can tell how the work grows. */
  long probes() {
    return probes;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int at = hash(oldKeys[i]) & mask;
        while (keys[at] != 0) {
          at = (at + 1) & mask;
        }
        keys[at] = oldKeys[i];
        values[at] = oldValues[i];
      }
    }
  }

  /** The finalizer of MurmurHash3's 64-bit variant, folded to an int. */
  private static int hash(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h;
  }
}
