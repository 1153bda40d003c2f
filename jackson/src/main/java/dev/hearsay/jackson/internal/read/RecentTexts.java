package dev.hearsay.jackson.internal.read;

import java.util.function.Function;

/**
 * Values that one read shares while they are recent: each text has one slot, chosen by its hash,
 * and a new text takes the slot from the one that had it. The table holds at most its number of
 * slots whatever the document, which suits values that a document may hold by the million (claim
 * ids, propositions) and that a stream reader must not keep: an equal text read while its value is
 * still in the table gets that value, and any other gets a value of its own.
 *
 * <p>The table starts small and doubles each time it is half full, up to its size.
 */
final class RecentTexts<T> implements SharedValues<T> {
  private static final int FIRST_SLOTS = 64;

  /** How many characters of a text its hash reads. */
  static final int SAMPLES = 16;

  private final int maxSlots;
  private final int longest;
  private final Function<String, T> convert;

  /** Made on the first value, so that a read that needs no value of this kind makes none. */
  private String[] keys;

  private int[] hashes;
  private Object[] values;
  private int kept;

  /**
   * A table of at most {@code maxSlots} values, for texts of at most {@code longest} characters.
   *
   * @param maxSlots a power of two of at least 64
   */
  RecentTexts(int maxSlots, int longest, Function<String, T> convert) {
    if (maxSlots < FIRST_SLOTS || Integer.bitCount(maxSlots) != 1) {
      throw new IllegalArgumentException(maxSlots + " slots: not a power of two of at least 64");
    }
    this.maxSlots = maxSlots;
    this.longest = longest;
    this.convert = convert;
  }

  @Override
  public int longest() {
    return longest;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T find(char[] chars, int start, int length) {
    if (keys == null || length > longest) {
      return null;
    }
    int hash = length;
    int step = step(length);
    for (int i = start, end = start + length; i < end; i += step) {
      hash = 31 * hash + chars[i];
    }
    int slot = slot(hash, keys.length);
    String key = keys[slot];
    if (key != null && hashes[slot] == hash && Chars.same(key, chars, start, length)) {
      return (T) values[slot];
    }
    return null;
  }

  /**
   * The value kept for a text equal to this one, or the text's value, then kept: for texts that
   * the caller has as a string already.
   *
   * @throws IllegalArgumentException when the text is not a value of this kind
   */
  @SuppressWarnings("unchecked")
  T of(String text) {
    if (keys != null && text.length() <= longest) {
      int hash = hash(text);
      int slot = slot(hash, keys.length);
      String key = keys[slot];
      if (key != null && hashes[slot] == hash && key.equals(text)) {
        return (T) values[slot];
      }
    }
    return make(text);
  }

  @Override
  public T make(String text) {
    T value = convert.apply(text);
    if (text.length() <= longest) {
      keep(text, value);
    }
    return value;
  }

  private void keep(String text, T value) {
    if (keys == null) {
      keys = new String[FIRST_SLOTS];
      hashes = new int[FIRST_SLOTS];
      values = new Object[FIRST_SLOTS];
    } else if (2 * (kept + 1) > keys.length && keys.length < maxSlots) {
      grow();
    }
    put(text, hash(text), value);
  }

  /**
   * The hash of a text by its length and at most {@value #SAMPLES} of its characters, spread over
   * it: a long text is found at the cost of a short one, and two texts that differ elsewhere only
   * take each other's slot.
   */
  static int hash(String text) {
    int length = text.length();
    int hash = length;
    int step = step(length);
    for (int i = 0; i < length; i += step) {
      hash = 31 * hash + text.charAt(i);
    }
    return hash;
  }

  private static int step(int length) {
    return Math.max(1, (length + SAMPLES - 1) / SAMPLES);
  }

  private void put(String text, int hash, Object value) {
    int slot = slot(hash, keys.length);
    if (keys[slot] == null) {
      kept++;
    }
    keys[slot] = text;
    hashes[slot] = hash;
    values[slot] = value;
  }

  /** Doubles the table; of two texts that now share a slot, the one put last stays. */
  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    Object[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    kept = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        put(oldKeys[i], oldHashes[i], oldValues[i]);
      }
    }
  }

  private static int slot(int hash, int slots) {
    return (hash ^ (hash >>> 16)) & (slots - 1);
  }
}
