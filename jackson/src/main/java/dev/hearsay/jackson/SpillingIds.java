package dev.hearsay.jackson;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The ids of one list of a stream (its claims or its events), each with its position, in memory
 * that does not grow with the stream: up to a number of ids in an {@link IdPositions}, then
 * written out to a temporary file as a run sorted by id, and the table emptied.
 *
 * <p>While the list is read, an id is found only among those still in memory, so a duplicate of
 * an id in memory is caught at once, and a duplicate of one written out is caught by {@link
 * #seal()}, which merges the runs into one sorted file when the list ends. After that, ids are
 * found in that file by reading one page of it (see {@link SortedIdFile}). When no run was
 * written, nothing goes to disk and the ids stay in memory.
 *
 * <p>{@link #close()} deletes every file made, whatever happened before; the runs themselves are
 * deleted as soon as they are merged.
 */
final class SpillingIds implements AutoCloseable {
  /** An id given twice: its later position, and the position it was first given at. */
  record Duplicate(String id, int position, int earlier) {}

  private final IdSpill spill;
  private IdPositions memory = new IdPositions();
  private final List<Path> runs = new ArrayList<>();
  private Path merged;
  private SortedIdFile sorted;
  private boolean sealed;

  SpillingIds(IdSpill spill) {
    this.spill = spill;
  }

  /**
   * The position an id was added with, when it can be known now: before {@link #seal()}, among
   * the ids still in memory only.
   *
   * @return the position, or -1 when it was not found
   */
  int positionOf(String id) {
    if (sorted != null) {
      return sorted.positionOf(id);
    }
    return memory.positionOf(id);
  }

  /** Whether some ids were written out, so that {@link #positionOf} before sealing is partial. */
  boolean spilled() {
    return !runs.isEmpty() || sorted != null;
  }

  /** Whether {@link #seal()} has been called. */
  boolean sealed() {
    return sealed;
  }

  /**
   * Adds an id not found by {@link #positionOf}, with its position.
   *
   * @throws IllegalStateException after {@link #seal()}
   * @throws UncheckedIOException when a run cannot be written
   */
  void add(String id, int position) {
    if (sealed) {
      throw new IllegalStateException("the ids are sealed");
    }
    memory.add(id, position);
    if (memory.size() >= spill.idsInMemory()) {
      writeRun();
    }
  }

  /**
   * Ends the list: merges the runs written, if any, with the ids in memory into one sorted file,
   * and tells which ids were given more than once. Does nothing the second time.
   *
   * @param keep the most duplicates to return, those of the lowest positions
   * @param counted receives the number of duplicates, all of them
   * @return the duplicates kept, by position
   * @throws UncheckedIOException when the files cannot be written or read
   */
  List<Duplicate> seal(int keep, long[] counted) {
    counted[0] = 0;
    if (sealed) {
      return List.of();
    }
    sealed = true;
    if (runs.isEmpty()) {
      return List.of();
    }
    writeRun();
    memory = null;
    try {
      return merge(keep, counted);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot merge the ids written to " + spill.directory(), e);
    }
  }

  private void writeRun() {
    if (memory.size() == 0) {
      return;
    }
    try {
      Path run = Files.createTempFile(spill.directory(), "hearsay-ids-", ".run");
      runs.add(run);
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
        for (int offset : memory.offsetsInIdOrder()) {
          memory.writeEntry(offset, out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write ids to " + spill.directory(), e);
    }
    memory = new IdPositions();
  }

  /** One run being read: its current id and position. */
  private static final class Cursor {
    final DataInputStream in;
    final byte[] id = new byte[255];
    int length;
    int position;

    Cursor(Path run) throws IOException {
      this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
    }

    boolean next() throws IOException {
      int read = in.read();
      if (read < 0) {
        return false;
      }
      length = read;
      in.readFully(id, 0, length);
      position = in.readInt();
      return true;
    }

    int compareTo(Cursor other) {
      return Arrays.compareUnsigned(id, 0, length, other.id, 0, other.length);
    }
  }

  private List<Duplicate> merge(int keep, long[] counted) throws IOException {
    merged = Files.createTempFile(spill.directory(), "hearsay-ids-", ".sorted");
    sorted = new SortedIdFile(merged);
    PriorityQueue<Cursor> queue = new PriorityQueue<>(Cursor::compareTo);
    List<Cursor> cursors = new ArrayList<>();
    // the kept duplicates, the one of the highest position first, so that it goes when full
    PriorityQueue<Duplicate> kept =
        new PriorityQueue<>(Comparator.comparingInt(Duplicate::position).reversed());
    try {
      for (Path run : runs) {
        Cursor cursor = new Cursor(run);
        cursors.add(cursor);
        if (cursor.next()) {
          queue.add(cursor);
        }
      }
      byte[] current = new byte[255];
      int currentLength = -1;
      int earliest = -1;
      int[] repeats = new int[4];
      int count = 0;
      while (!queue.isEmpty()) {
        Cursor cursor = queue.poll();
        boolean same =
            currentLength == cursor.length
                && Arrays.equals(current, 0, currentLength, cursor.id, 0, cursor.length);
        if (same) {
          if (count == repeats.length) {
            repeats = Arrays.copyOf(repeats, count * 2);
          }
          repeats[count++] = cursor.position;
          earliest = Math.min(earliest, cursor.position);
        } else {
          flush(current, currentLength, earliest, repeats, count, keep, kept, counted);
          System.arraycopy(cursor.id, 0, current, 0, cursor.length);
          currentLength = cursor.length;
          earliest = cursor.position;
          repeats[0] = cursor.position;
          count = 1;
        }
        if (cursor.next()) {
          queue.add(cursor);
        }
      }
      flush(current, currentLength, earliest, repeats, count, keep, kept, counted);
      sorted.endWriting();
    } finally {
      for (Cursor cursor : cursors) {
        cursor.in.close();
      }
      deleteRuns();
    }
    List<Duplicate> found = new ArrayList<>(kept);
    found.sort(Comparator.comparingInt(Duplicate::position));
    return found;
  }

  /** Writes one id with its earliest position, and notes its other positions as duplicates. */
  private void flush(
      byte[] id,
      int length,
      int earliest,
      int[] positions,
      int count,
      int keep,
      PriorityQueue<Duplicate> kept,
      long[] counted)
      throws IOException {
    if (length < 0) {
      return;
    }
    sorted.add(id, length, earliest);
    if (count < 2) {
      return;
    }
    String text = new String(id, 0, length, StandardCharsets.US_ASCII);
    for (int i = 0; i < count; i++) {
      int position = positions[i];
      if (position == earliest) {
        continue;
      }
      counted[0]++;
      kept.add(new Duplicate(text, position, earliest));
      if (kept.size() > keep) {
        kept.poll();
      }
    }
  }

  private void deleteRuns() throws IOException {
    IOException failure = null;
    for (Path run : runs) {
      try {
        Files.deleteIfExists(run);
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    runs.clear();
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * Deletes every file made, runs and merged file alike.
   *
   * @throws UncheckedIOException when a file cannot be deleted
   */
  @Override
  public void close() {
    try {
      try {
        if (sorted != null) {
          sorted.close();
        }
      } finally {
        try {
          deleteRuns();
        } finally {
          if (merged != null) {
            Files.deleteIfExists(merged);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the ids written to " + spill.directory(), e);
    }
  }
}
