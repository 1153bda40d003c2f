package dev.hearsay.jackson;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ids seen so far in a stream, each with its position, held in about twenty bytes an id for
 * ids of eight characters, so that a stream of ten million claims can be checked for duplicates in
 * memory. A map of id objects to boxed positions takes about 125 bytes an id.
 *
 * <p>Each id is stored once, in byte blocks of up to 1 MB, as its length, its characters (ids are
 * ASCII by the model's rule) and its position; a hash table of block offsets, split into segments
 * that grow one at a time, finds it again. Ids are added, never removed. A set of few ids takes a
 * few kilobytes: the first block and the segments start small.
 */
final class IdPositions {
  private static final int BLOCK_BITS = 20;
  private static final int BLOCK_SIZE = 1 << BLOCK_BITS;
  private static final int FIRST_BLOCK_SIZE = 1 << 12;
  private static final int SEGMENT_BITS = 8;
  private static final int POSITION_BYTES = 4;

  private final List<byte[]> blocks = new ArrayList<>();
  private int used;

  /** Per segment, slots holding the offset of an id plus one; zero is an empty slot. */
  private final int[][] segments = new int[1 << SEGMENT_BITS][];

  private final int[] counts = new int[1 << SEGMENT_BITS];
  private int size;

  /** The slots looked at so far, counted so that tests can tell how the work grows. */
  private long probes;

  /** The key of {@link #hash(String)}, this table's own. */
  private final long key = ThreadLocalRandom.current().nextLong();

  /** The slots looked at so far, in finding and adding ids. */
  long probes() {
    return probes;
  }

  /** How many ids have been added. */
  int size() {
    return size;
  }

  /**
   * The position an id was added with.
   *
   * @return the position, or -1 when the id has not been added
   */
  int positionOf(String id) {
    int hash = hash(id);
    int[] slots = segments[hash >>> (32 - SEGMENT_BITS)];
    if (slots == null) {
      return -1;
    }
    int mask = slots.length - 1;
    for (int i = hash & mask; slots[i] != 0; i = (i + 1) & mask) {
      probes++;
      if (matches(slots[i] - 1, id)) {
        return readPosition(slots[i] - 1 + 1 + id.length());
      }
    }
    return -1;
  }

  /**
   * Adds an id that has not been added before, with its position.
   *
   * @return where it is stored, for {@link #idAt}
   * @throws IllegalArgumentException when the id is not ASCII or longer than 255 characters
   * @throws IllegalStateException when the ids no longer fit in two gigabytes
   */
  int add(String id, int position) {
    int offset = store(id, position);
    int hash = hash(id);
    int segment = hash >>> (32 - SEGMENT_BITS);
    if (segments[segment] == null) {
      segments[segment] = new int[8];
    }
    if ((counts[segment] + 1) * 4 > segments[segment].length * 3) {
      grow(segment);
    }
    probes += insert(segments[segment], hash, offset);
    counts[segment]++;
    size++;
    return offset;
  }

  /** The id stored at an offset that {@link #add} returned. */
  String idAt(int offset) {
    byte[] block = blocks.get(offset >>> BLOCK_BITS);
    int at = offset & (BLOCK_SIZE - 1);
    return new String(block, at + 1, block[at] & 0xFF, StandardCharsets.US_ASCII);
  }

  private int store(String id, int position) {
    int length = id.length();
    if (length > 255) {
      throw new IllegalArgumentException("an id of " + length + " characters is too long");
    }
    for (int i = 0; i < length; i++) {
      if (id.charAt(i) > 127) {
        throw new IllegalArgumentException("the id '" + id + "' is not ASCII");
      }
    }
    int need = 1 + length + POSITION_BYTES;
    byte[] block = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
    if (block != null && used + need > block.length && block.length < BLOCK_SIZE) {
      // The last block grows in place, up to the full size, so that few ids take little memory.
      block = Arrays.copyOf(block, Math.min(BLOCK_SIZE, block.length * 4));
      blocks.set(blocks.size() - 1, block);
    }
    if (block == null || used + need > block.length) {
      if ((long) (blocks.size() + 1) << BLOCK_BITS > Integer.MAX_VALUE) {
        throw new IllegalStateException("more ids than fit in two gigabytes");
      }
      block = new byte[blocks.isEmpty() ? FIRST_BLOCK_SIZE : BLOCK_SIZE];
      blocks.add(block);
      used = 0;
    }
    int offset = ((blocks.size() - 1) << BLOCK_BITS) + used;
    block[used++] = (byte) length;
    for (int i = 0; i < length; i++) {
      block[used++] = (byte) id.charAt(i);
    }
    for (int shift = 24; shift >= 0; shift -= 8) {
      block[used++] = (byte) (position >>> shift);
    }
    return offset;
  }

  /**
   * Where each id is stored, in the order of the ids' characters (shorter first where one is the
   * start of another), for writing them out sorted.
   */
  int[] offsetsInIdOrder() {
    int[] offsets = new int[size];
    int n = 0;
    for (int[] slots : segments) {
      if (slots != null) {
        for (int slot : slots) {
          if (slot != 0) {
            offsets[n++] = slot - 1;
          }
        }
      }
    }
    IntSort.sort(offsets, this::compareStored);
    return offsets;
  }

  /** Writes the id stored at an offset as its length, its characters and its position. */
  void writeEntry(int offset, DataOutput out) throws IOException {
    byte[] block = blocks.get(offset >>> BLOCK_BITS);
    int at = offset & (BLOCK_SIZE - 1);
    int length = block[at] & 0xFF;
    out.write(block, at, 1 + length + POSITION_BYTES);
  }

  private int compareStored(int a, int b) {
    byte[] blockA = blocks.get(a >>> BLOCK_BITS);
    byte[] blockB = blocks.get(b >>> BLOCK_BITS);
    int atA = a & (BLOCK_SIZE - 1);
    int atB = b & (BLOCK_SIZE - 1);
    return Arrays.compareUnsigned(
        blockA,
        atA + 1,
        atA + 1 + (blockA[atA] & 0xFF),
        blockB,
        atB + 1,
        atB + 1 + (blockB[atB] & 0xFF));
  }

  private boolean matches(int offset, String id) {
    byte[] block = blocks.get(offset >>> BLOCK_BITS);
    int at = offset & (BLOCK_SIZE - 1);
    int length = block[at] & 0xFF;
    if (length != id.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (block[at + 1 + i] != id.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private int readPosition(int offset) {
    byte[] block = blocks.get(offset >>> BLOCK_BITS);
    int at = offset & (BLOCK_SIZE - 1);
    int position = 0;
    for (int i = 0; i < POSITION_BYTES; i++) {
      position = (position << 8) | (block[at + i] & 0xFF);
    }
    return position;
  }

  private void grow(int segment) {
    int[] old = segments[segment];
    int[] slots = new int[old.length * 2];
    for (int slot : old) {
      if (slot != 0) {
        insert(slots, storedHash(slot - 1), slot - 1);
      }
    }
    segments[segment] = slots;
  }

  /** The hash of a stored id, equal to {@link #hash(String)} of the id. */
  private int storedHash(int offset) {
    byte[] block = blocks.get(offset >>> BLOCK_BITS);
    int at = offset & (BLOCK_SIZE - 1);
    int length = block[at] & 0xFF;
    long h = key;
    for (int i = 0; i < length; i++) {
      h = step(h, block[at + 1 + i]);
    }
    return finish(h);
  }

  /** Puts an offset in the first free slot from its hash on; returns the slots looked at. */
  private static int insert(int[] slots, int hash, int offset) {
    int mask = slots.length - 1;
    int i = hash & mask;
    int looked = 1;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
      looked++;
    }
    slots[i] = offset + 1;
    return looked;
  }

  /**
   * The id's hash under this table's key: the characters mixed in one by one, so that both the
   * segment and the slot bits vary. String's own hash will not do: ids that share it are easy to
   * make ("Aa" and "BB" hash alike), and a stream of them would make every lookup look at every
   * earlier id. Without the key, such ids cannot be chosen in advance.
   */
  private int hash(String id) {
    long h = key;
    for (int i = 0; i < id.length(); i++) {
      h = step(h, id.charAt(i));
    }
    return finish(h);
  }

  private static long step(long h, int c) {
    long mixed = (h ^ c) * 0x9E3779B97F4A7C15L;
    return mixed ^ (mixed >>> 32);
  }

  private static int finish(long h) {
    long mixed = h * 0xC2B2AE3D27D4EB4FL;
    mixed ^= mixed >>> 29;
    return (int) (mixed ^ (mixed >>> 32));
  }
}
