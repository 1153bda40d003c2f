package dev.hearsay.core.internal;

/**
 * A small table of values built lately, so that a value equal to one of them is replaced by it:
 * immutable values that repeat across a dataset (the same time, the same quantity) are then held
 * once instead of once per use.
 *
 * <p>Each value has one slot, chosen by its hash; a new value takes the slot from whatever was in
 * it. So the table never holds more than its capacity, costs one hash and at most one equality
 * test per value, and shares only the values that repeat while they are still in it. It is safe
 * to share between threads without locking for values whose fields are final: a thread sees
 * either an older value, a newer one or none, and each is whole.
 *
 * @param <T> the type of the values, immutable with value equality
 */
public final class RecentValues<T> {
  private final Object[] slots;
  private final int mask;

  /**
   * A table of the given capacity.
   *
   * @param capacity how many values it holds at most, a power of two
   * @throws IllegalArgumentException when the capacity is not a positive power of two
   */
  public RecentValues(int capacity) {
    if (capacity <= 0 || Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("capacity " + capacity + " is not a power of two");
    }
    this.slots = new Object[capacity];
    this.mask = capacity - 1;
  }

  /**
   * The value the table holds that equals the given one, or the given one, which the table then
   * holds in place of the value that had its slot.
   *
   * @param value the value
   * @return an equal value: the one held already, or {@code value}
   */
  @SuppressWarnings("unchecked")
  public T share(T value) {
    int hash = value.hashCode();
    int slot = (hash ^ (hash >>> 16)) & mask;
    Object held = slots[slot];
    if (held != null && held.equals(value)) {
      return (T) held;
    }
    slots[slot] = value;
    return value;
  }
}
