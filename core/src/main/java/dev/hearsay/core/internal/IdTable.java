package dev.hearsay.core.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The positions of values in a list by their ids: ids numbered once, so that the rest of a query
 * or a check works on dense ints. Each id is held once, at the first position that has it; an
 * open-addressing table keeps each id's hash beside its position, so that a lookup touches one
 * array slot per probe and reads an id only when the hashes match.
 *
 * @param <K> the type of the ids
 */
public final class IdTable<K> {
  /** Called for each value whose id an earlier value has. */
  @FunctionalInterface
  public interface Duplicates {
    /**
     * A value repeats an id.
     *
     * @param position the value's position
     * @param earlier the position of the first value with the same id
     */
    void found(int position, int earlier);
  }

  private static final long EMPTY = 0L;

  /** Each slot: the id's hash in the high half, its position plus one in the low half. */
  private final long[] slots;

  private final Object[] keys;
  private final int mask;
  private int size;

  private IdTable(int capacity) {
    int tableSize = Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) * 2;
    slots = new long[tableSize];
    keys = new Object[Math.max(1, capacity)];
    mask = tableSize - 1;
  }

  /**
   * Numbers the ids of a list's values by their positions.
   *
   * @param values the values
   * @param id the id of a value
   * @param duplicates told of each value whose id is taken already
   * @param <T> the type of the values
   * @param <K> the type of the ids
   * @return the table
   */
  public static <T, K> IdTable<K> of(
      List<T> values, Function<? super T, ? extends K> id, Duplicates duplicates) {
    IdTable<K> table = new IdTable<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      int earlier = table.add(Objects.requireNonNull(id.apply(values.get(i))), i);
      if (earlier >= 0) {
        duplicates.found(i, earlier);
      }
    }
    return table;
  }

  /**
   * Numbers the ids of a list's values by their positions, a repeated id keeping its first.
   *
   * @param values the values
   * @param id the id of a value
   * @param <T> the type of the values
   * @param <K> the type of the ids
   * @return the table
   */
  public static <T, K> IdTable<K> of(List<T> values, Function<? super T, ? extends K> id) {
    return of(values, id, (position, earlier) -> {});
  }

  /** Adds an id at a position unless it is there: returns -1, or the position it has. */
  private int add(K key, int position) {
    int hash = spread(key.hashCode());
    int slot = hash & mask;
    while (true) {
      long entry = slots[slot];
      if (entry == EMPTY) {
        slots[slot] = ((long) hash << 32) | (position + 1L);
        keys[position] = key;
        size++;
        return -1;
      }
      if ((int) (entry >>> 32) == hash) {
        int found = (int) entry - 1;
        Object held = keys[found];
        if (held == key || held.equals(key)) {
          return found;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The position of the first value with an id.
   *
   * @param key the id
   * @return the position, or -1 when no value has it
   */
  public int indexOf(Object key) {
    int hash = spread(key.hashCode());
    int slot = hash & mask;
    while (true) {
      long entry = slots[slot];
      if (entry == EMPTY) {
        return -1;
      }
      if ((int) (entry >>> 32) == hash) {
        int found = (int) entry - 1;
        Object held = keys[found];
        if (held == key || held.equals(key)) {
          return found;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Whether a value has the id.
   *
   * @param key the id
   * @return true when one has
   */
  public boolean contains(Object key) {
    return indexOf(key) >= 0;
  }

  /**
   * How many distinct ids the table holds.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
