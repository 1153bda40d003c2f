package dev.hearsay.jackson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ids with their positions in a file, in the order of their characters, found again by reading one
 * page of the file. The file is cut into pages of {@value #PAGE_SIZE} bytes; each page holds whole
 * entries (the id's length, its characters and its position) after a count of them. Memory is the
 * first id of each page (about 30 bytes for a page of some 600 ids of eight characters) and the
 * last {@value #CACHED_PAGES} pages read.
 *
 * <p>Written once through {@link #add}, in order, then read through {@link #positionOf}. The file
 * is the caller's to delete.
 */
final class SortedIdFile implements AutoCloseable {
  static final int PAGE_SIZE = 1 << 13;
  static final int CACHED_PAGES = 64;

  private final FileChannel channel;
  private final List<byte[]> firstIds = new ArrayList<>();
  private final ByteBuffer page = ByteBuffer.allocate(PAGE_SIZE);
  private int pageCount;
  private int entriesInPage;
  private boolean reading;

  private final Map<Integer, Page> cache =
      new LinkedHashMap<>(CACHED_PAGES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Page> eldest) {
          return size() > CACHED_PAGES;
        }
      };

  /** A page read: its bytes and where each entry starts in them. */
  private record Page(byte[] bytes, int[] starts) {}

  /**
   * Writes to a file that exists and is empty, made by {@link
   * java.nio.file.Files#createTempFile}, so that it keeps the owner-only permissions that gives it.
   */
  SortedIdFile(Path file) throws IOException {
    this.channel =
        FileChannel.open(
            file,
            LinkOption.NOFOLLOW_LINKS,
            StandardOpenOption.WRITE,
            StandardOpenOption.READ,
            StandardOpenOption.TRUNCATE_EXISTING);
    page.putShort((short) 0);
  }

  /**
   * Adds an id after those added before, which all come before it.
   *
   * @param id the id's characters, ASCII
   * @param length how many of them
   * @param position its position
   */
  void add(byte[] id, int length, int position) throws IOException {
    int need = 1 + length + 4;
    if (page.position() + need > PAGE_SIZE) {
      writePage();
    }
    if (entriesInPage == 0) {
      firstIds.add(Arrays.copyOf(id, length));
    }
    page.put((byte) length).put(id, 0, length).putInt(position);
    entriesInPage++;
  }

  /** Writes the last page; after this, ids are only looked up. */
  void endWriting() throws IOException {
    if (entriesInPage > 0) {
      writePage();
    }
    reading = true;
  }

  private void writePage() throws IOException {
    page.putShort(0, (short) entriesInPage);
    page.position(PAGE_SIZE).flip();
    long at = (long) pageCount * PAGE_SIZE;
    while (page.hasRemaining()) {
      at += channel.write(page, at);
    }
    pageCount++;
    entriesInPage = 0;
    page.clear();
    Arrays.fill(page.array(), (byte) 0);
    page.putShort((short) 0);
  }

  /**
   * The position an id was added with.
   *
   * @return the position, or -1 when the id was not added
   */
  int positionOf(String id) {
    if (!reading) {
      throw new IllegalStateException("the ids are still being written");
    }
    int pageIndex = lastPageStartingAtOrBefore(id);
    if (pageIndex < 0) {
      return -1;
    }
    Page found = page(pageIndex);
    int lo = 0;
    int hi = found.starts().length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int at = found.starts()[mid];
      int length = found.bytes()[at] & 0xFF;
      int c = compare(found.bytes(), at + 1, length, id);
      if (c == 0) {
        return ByteBuffer.wrap(found.bytes(), at + 1 + length, 4).getInt();
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  private int lastPageStartingAtOrBefore(String id) {
    int lo = 0;
    int hi = firstIds.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      byte[] first = firstIds.get(mid);
      if (compare(first, 0, first.length, id) <= 0) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private Page page(int index) {
    Page cached = cache.get(index);
    if (cached != null) {
      return cached;
    }
    ByteBuffer read = ByteBuffer.allocate(PAGE_SIZE);
    long at = (long) index * PAGE_SIZE;
    try {
      while (read.hasRemaining()) {
        int n = channel.read(read, at + read.position());
        if (n < 0) {
          throw new IOException("the file of ids ends inside page " + index);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = read.array();
    int[] starts = new int[read.getShort(0) & 0xFFFF];
    int offset = 2;
    for (int i = 0; i < starts.length; i++) {
      starts[i] = offset;
      offset += 1 + (bytes[offset] & 0xFF) + 4;
    }
    Page loaded = new Page(bytes, starts);
    cache.put(index, loaded);
    return loaded;
  }

  /** Compares stored characters with an id's, as {@link Arrays#compareUnsigned} would. */
  private static int compare(byte[] bytes, int from, int length, String id) {
    int common = Math.min(length, id.length());
    for (int i = 0; i < common; i++) {
      int c = (bytes[from + i] & 0xFF) - id.charAt(i);
      if (c != 0) {
        return c;
      }
    }
    return length - id.length();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
