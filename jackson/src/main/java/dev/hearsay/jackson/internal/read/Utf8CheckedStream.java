package dev.hearsay.jackson.internal.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * An input stream that checks, as a parser reads it, that its bytes are UTF-8 as RFC 3629 defines
 * it: no overlong forms ({@code C0 AF}, {@code E0 80 AF}), no surrogates, nothing beyond U+10FFFF
 * ({@code F4 90 ..}, {@code F5}), no byte out of place. Jackson checks the names of fields, but
 * decodes such bytes in string values to characters ({@code C1 B4} to {@code t}), so that a
 * value could pass for another. The stream does not fail itself, since a parser reads ahead of
 * the value it hands over: it keeps the first errors, with where they are, and the readers refuse
 * the value that holds one when they read it ({@link #errorBefore(long)}).
 *
 * <p>A document in UTF-16 or UTF-32, which JSON allows and Jackson detects by the zero bytes or the
 * byte order mark at its start, is passed through unchecked.
 */
public final class Utf8CheckedStream extends FilterInputStream {
  /** The most errors kept; a reader refuses the document at the first in any case. */
  static final int KEPT = 1_000;

  private final Deque<Utf8Error> errors = new ArrayDeque<>();
  private boolean checking = true;
  private final byte[] start = new byte[4];

  private long offset;
  private int line = 1;
  private long lineStart;

  /** The bytes of the character being read, and how many more it needs. */
  private final int[] sequence = new int[4];

  private int length;
  private int needed;
  private long sequenceStart;
  private int sequenceLine;
  private long sequenceLineStart;

  /**
   * Checks the bytes of another stream as they are read.
   *
   * @param in the stream to read
   */
  public Utf8CheckedStream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      end();
    } else {
      check(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int from, int count) throws IOException {
    int read = super.read(buffer, from, count);
    if (read < 0) {
      end();
    }
    int i = 0;
    while (i < read) {
      if (needed == 0 && offset >= start.length) {
        i = ascii(buffer, from, i, read);
        if (i == read) {
          break;
        }
      }
      check(buffer[from + i] & 0xFF);
      i++;
    }
    return read;
  }

  @Override
  public long skip(long n) throws IOException {
    // Read what is skipped, so that its bytes are checked and counted.
    byte[] buffer = new byte[(int) Math.min(n, 8192)];
    long skipped = 0;
    while (skipped < n) {
      int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Whether an error has been found that no reader has taken yet. */
  boolean hasErrors() {
    return !errors.isEmpty();
  }

  /**
   * Takes the first error that starts before an offset, which a parser has passed.
   *
   * @param consumed the offset up to which the parser has read the bytes it handed over
   * @return the error, no longer kept, or null when there is none before the offset
   */
  Utf8Error errorBefore(long consumed) {
    Utf8Error first = errors.peekFirst();
    return first != null && first.offset() < consumed ? errors.pollFirst() : null;
  }

  /**
   * Counts a run of ASCII bytes between characters, each a character of its own that needs no
   * check: only the offset and the lines move.
   *
   * @return the index of the first byte after the run
   */
  private int ascii(byte[] buffer, int from, int i, int read) {
    int first = i;
    for (; i < read; i++) {
      byte b = buffer[from + i];
      if (b < 0) {
        break;
      }
      if (b == '\n') {
        line++;
        lineStart = offset + (i - first) + 1;
      }
    }
    if (i > first) {
      offset += i - first;
      length = 0;
    }
    return i;
  }

  private void check(int b) {
    if (offset < start.length) {
      start[(int) offset] = (byte) b;
      if (b == 0 || offset == 1 && isByteOrderMark()) {
        // UTF-16 or UTF-32: the zero bytes of ASCII characters, or a byte order mark.
        checking = false;
        errors.clear();
      }
    }
    if (checking) {
      decode(b);
    }
    offset++;
    if (b == '\n') {
      line++;
      lineStart = offset;
    }
  }

  private boolean isByteOrderMark() {
    int first = start[0] & 0xFF;
    int second = start[1] & 0xFF;
    return first == 0xFE && second == 0xFF || first == 0xFF && second == 0xFE;
  }

  private void decode(int b) {
    if (needed > 0) {
      if (b >= 0x80 && b <= 0xBF) {
        sequence[length++] = b;
        if (--needed == 0) {
          complete();
        }
        return;
      }
      record("the character that " + bytes() + " begins is cut short by the byte " + hex(b));
      // The byte that cut it short may begin a character of its own.
    }
    begin(b);
  }

  private void begin(int b) {
    length = 0;
    needed = 0;
    sequenceStart = offset;
    sequenceLine = line;
    sequenceLineStart = lineStart;
    if (b < 0x80) {
      return;
    }
    sequence[length++] = b;
    if (b <= 0xBF) {
      record("the byte " + hex(b) + " continues a character that has not begun");
    } else if (b <= 0xDF) {
      needed = 1;
    } else if (b <= 0xEF) {
      needed = 2;
    } else if (b <= 0xF7) {
      needed = 3;
    } else {
      record("the byte " + hex(b) + " never occurs in UTF-8");
    }
  }

  /** Checks the code point of a whole sequence: the shortest form, a character, in range. */
  private void complete() {
    int codePoint = sequence[0] & (0x7F >> length);
    for (int i = 1; i < length; i++) {
      codePoint = codePoint << 6 | sequence[i] & 0x3F;
    }
    int shortest = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    if (shortest < length) {
      record(
          "the bytes "
              + bytes()
              + " write "
              + character(codePoint)
              + " in "
              + length
              + " bytes, where UTF-8 writes it in "
              + shortest
              + ": an overlong form, which UTF-8"
              + " does not allow");
    } else if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
      record(
          "the bytes "
              + bytes()
              + " write "
              + character(codePoint)
              + ", half of a UTF-16"
              + " surrogate pair, which is not a character");
    } else if (codePoint > 0x10FFFF) {
      record(
          "the bytes "
              + bytes()
              + " write "
              + character(codePoint)
              + ", beyond U+10FFFF,"
              + " the last code point there is");
    }
    length = 0;
  }

  private static String character(int codePoint) {
    String name = String.format(Locale.ROOT, "U+%04X", codePoint);
    return codePoint > 0x20 && codePoint < 0x7F
        ? "'" + (char) codePoint + "' (" + name + ")"
        : name;
  }

  private void end() {
    if (checking && needed > 0) {
      record("the character that " + bytes() + " begins is cut short by the end of the input");
      needed = 0;
      length = 0;
    }
  }

  private void record(String problem) {
    if (errors.size() < KEPT) {
      errors.addLast(
          new Utf8Error(
              sequenceStart, sequenceLine, (int) (sequenceStart - sequenceLineStart + 1), problem));
    }
  }

  private String bytes() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(i == 0 ? "" : " ").append(hex(sequence[i]));
    }
    return text.toString();
  }

  private static String hex(int b) {
    return String.format(Locale.ROOT, "%02X", b);
  }
}
