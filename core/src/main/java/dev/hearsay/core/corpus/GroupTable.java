package dev.hearsay.core.corpus;

import java.util.Arrays;

/**
 * A small map from entity groups to non-negative ints (a voice, a chain), in open addressing with
 * no boxing; its keys in the order they came.
 */
final class GroupTable {
  private static final int FREE = -1;

  private int[] slots;
  private int[] values;
  private int[] keys;
  private int size;

  GroupTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    slots = new int[capacity];
    values = new int[capacity];
    Arrays.fill(slots, FREE);
    keys = new int[Math.max(4, expected)];
  }

  /** The value of a group, or -1 when it has none. */
  int get(int group) {
    int mask = slots.length - 1;
    for (int i = mix(group) & mask; slots[i] != FREE; i = (i + 1) & mask) {
      if (slots[i] == group) {
        return values[i];
      }
    }
    return -1;
  }

  /**
   * Gives the group the value unless it has one.
   *
   * @return the value it had, or -1 when it had none and now has this one
   */
  int putIfAbsent(int group, int value) {
    int mask = slots.length - 1;
    int i = mix(group) & mask;
    for (; slots[i] != FREE; i = (i + 1) & mask) {
      if (slots[i] == group) {
        return values[i];
      }
    }
    slots[i] = group;
    values[i] = value;
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
    }
    keys[size++] = group;
    if (size * 2 > slots.length) {
      grow();
    }
    return -1;
  }

  /** How many groups have a value. */
  int size() {
    return size;
  }

  /** The k-th group given a value. */
  int key(int k) {
    return keys[k];
  }

  private void grow() {
    int[] oldSlots = slots;
    int[] oldValues = values;
    slots = new int[oldSlots.length * 2];
    values = new int[oldSlots.length * 2];
    Arrays.fill(slots, FREE);
    int mask = slots.length - 1;
    for (int j = 0; j < oldSlots.length; j++) {
      if (oldSlots[j] != FREE) {
        int i = mix(oldSlots[j]) & mask;
        while (slots[i] != FREE) {
          i = (i + 1) & mask;
        }
        slots[i] = oldSlots[j];
        values[i] = oldValues[j];
      }
    }
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
