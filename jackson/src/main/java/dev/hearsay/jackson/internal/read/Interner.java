package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.PlaceId;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.Unit;
import dev.hearsay.core.time.ImpreciseTime;
import java.util.function.Function;

/**
 * The values that one read makes again and again, made once: the ids that claims and sources refer
 * to, EDTF times, units, and short texts such as cues and the names of quantities. A document names
 * a few hundred actors and sources thousands of times; sharing one object per text saves the memory
 * of each copy and the work of checking it again. A value is found by the characters the parser
 * holds, so that a text seen before is neither made into a string nor checked again. Each kind
 * keeps at most {@value #LIMIT} values, so that a document of distinct texts cannot make the read
 * hold more than a few megabytes for sharing.
 *
 * <p>Claim ids and free texts of at most {@value #LONGEST_RECENT_TEXT} characters (propositions,
 * quotes, notes, names, descriptions) are shared while they are recent ({@link RecentTexts}): a
 * relation or an event names the very id of its claim when the claim was read not long before, and
 * a proposition or a note repeated gets the text read before. They are kept apart from the short
 * texts above, so that a document's many distinct free texts cannot crowd out its cues and units.
 */
final class Interner {
  static final int LIMIT = 8_192;

  /** Texts longer than this are rarely repeated and are not shared. */
  static final int LONGEST_SHARED_TEXT = 64;

  /** Free texts longer than this are not shared, so that the recent ones hold little memory. */
  static final int LONGEST_RECENT_TEXT = 1_024;

  /** How many free texts are held while recent: at most 4 MB of characters, 8 outside Latin-1. */
  static final int RECENT_TEXTS = 4_096;

  /** How many claim ids are held while recent. */
  static final int RECENT_CLAIMS = 32_768;

  final Kind<ActorId> actors = new Kind<>(ActorId::of);
  final Kind<SourceId> sources = new Kind<>(SourceId::of);
  final Kind<PlaceId> places = new Kind<>(PlaceId::of);
  final Kind<ImpreciseTime> times = new Kind<>(ImpreciseTime::parse);
  final Kind<Unit> currencies = new Kind<>(Unit::currency);
  final Kind<Unit> counts = new Kind<>(Unit::count);
  final Kind<String> texts = new Kind<>(Function.identity());
  final RecentTexts<String> freeTexts =
      new RecentTexts<>(RECENT_TEXTS, LONGEST_RECENT_TEXT, Function.identity());
  final RecentTexts<ClaimId> claims = new RecentTexts<>(RECENT_CLAIMS, 128, ClaimId::of);

  /**
   * The values of one kind by their text, in an open-addressing table that is looked up by
   * characters; a text that fails to convert is not kept.
   */
  static final class Kind<T> implements SharedValues<T> {
    private final Function<String, T> make;

    /** Made on the first value, so that a read that needs no value of this kind makes none. */
    private String[] keys;

    private int[] hashes;
    private Object[] values;
    private int size;

    Kind(Function<String, T> make) {
      this.make = make;
    }

    @Override
    public int longest() {
      return LONGEST_SHARED_TEXT;
    }

    /**
     * Makes the value of a text without looking for it, as the caller found none, and keeps it
     * when the text is short enough to be looked up.
     */
    @Override
    public T make(String text) {
      T value = make.apply(text);
      if (text.length() <= LONGEST_SHARED_TEXT) {
        keep(text, text.hashCode(), value);
      }
      return value;
    }

    /** The value kept for the characters, or null when they were not seen. */
    @Override
    @SuppressWarnings("unchecked")
    public T find(char[] chars, int start, int length) {
      if (keys == null) {
        return null;
      }
      int hash = 0;
      for (int i = start, end = start + length; i < end; i++) {
        hash = 31 * hash + chars[i];
      }
      int mask = keys.length - 1;
      for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
        if (hashes[slot] == hash && Chars.same(keys[slot], chars, start, length)) {
          return (T) values[slot];
        }
      }
      return null;
    }

    private void keep(String text, int hash, T value) {
      if (size >= LIMIT) {
        return;
      }
      if (keys == null) {
        keys = new String[64];
        hashes = new int[64];
        values = new Object[64];
      } else if (2 * (size + 1) > keys.length) {
        grow();
      }
      put(text, hash, value);
      size++;
    }

    private void put(String text, int hash, Object value) {
      int mask = keys.length - 1;
      int slot = spread(hash) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = text;
      hashes[slot] = hash;
      values[slot] = value;
    }

    private void grow() {
      String[] oldKeys = keys;
      int[] oldHashes = hashes;
      Object[] oldValues = values;
      keys = new String[oldKeys.length * 2];
      hashes = new int[oldKeys.length * 2];
      values = new Object[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != null) {
          put(oldKeys[i], oldHashes[i], oldValues[i]);
        }
      }
    }

    private static int spread(int hash) {
      return hash ^ (hash >>> 16);
    }
  }
}
