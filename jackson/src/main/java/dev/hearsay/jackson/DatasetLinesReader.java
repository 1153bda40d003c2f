package dev.hearsay.jackson;

import dev.hearsay.jackson.internal.read.CorpusReaders;
import dev.hearsay.jackson.internal.read.Utf8CheckedStream;
import dev.hearsay.jackson.internal.read.Utf8Checks;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.base.DecorableTSFactory;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a corpus's datasets from JSON Lines, one dataset at a time: each line is {@code {"id":
 * "kursk", "dataset": {...}}}, and memory holds one line's dataset. Blank lines are skipped.
 *
 * <p>A line with problems is refused by {@link #next()} with an {@link InvalidCorpusException}
 * that lists every problem of the line, each with the line's number; the reader can go on with
 * the next line, so that a caller may collect the problems of every line. Whether the ids are
 * unique and the links name datasets that exist is for the corpus to check: {@link
 * CorpusFiles#readLines} does it all.
 *
 * <pre>{@code
 * try (DatasetLinesReader lines = DatasetLinesReader.open(mapper, in, "corpus.jsonl")) {
 *   while (lines.hasNext()) {
 *     DatasetLine line = lines.next();
 *     index(line.id(), line.dataset());
 *   }
 * }
 * }</pre>
 */
public final class DatasetLinesReader implements AutoCloseable {
  private final ObjectMapper mapper;
  private final InputStream in;
  private final String document;
  private final long maxLine;
  private byte[] buffer = new byte[8192];
  private int length;
  private boolean tooLong;
  private boolean pending;
  private boolean ended;
  private int lineNumber;

  private DatasetLinesReader(ObjectMapper mapper, InputStream in, String document) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.in = new BufferedInputStream(Objects.requireNonNull(in, "in"), 65_536);
    this.document = Objects.requireNonNull(document, "document");
    long max = mapper.tokenStreamFactory().streamReadConstraints().getMaxDocumentLength();
    this.maxLine = max > 0 ? Math.min(max, Integer.MAX_VALUE - 16) : Integer.MAX_VALUE - 16;
  }

  /**
   * Opens JSON Lines.
   *
   * @param mapper the mapper whose configuration applies, such as its read limits (the longest
   *     document is the longest line) and whether unknown fields fail
   * @param in the lines, in UTF-8; closed by {@link #close()}
   * @param document the name of the file in problems, such as {@code corpus.jsonl}
   * @return the reader, before the first line
   */
  public static DatasetLinesReader open(ObjectMapper mapper, InputStream in, String document) {
    return new DatasetLinesReader(mapper, in, document);
  }

  /**
   * Whether another line with content follows.
   *
   * @return true when {@link #next()} has a line to read
   * @throws JacksonException when the input cannot be read
   */
  public boolean hasNext() {
    while (!pending && !ended) {
      readLine();
      if (tooLong || !blank()) {
        pending = true;
      }
    }
    return pending;
  }

  /**
   * Reads the next line's dataset.
   *
   * @return the line
   * @throws NoSuchElementException when no line is left
   * @throws InvalidCorpusException when the line has problems, each with its line number; the
   *     next call reads the next line
   * @throws JacksonException when the line is not JSON or breaks a read limit
   */
  public DatasetLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines");
    }
    pending = false;
    if (tooLong) {
      throw new InvalidCorpusException(
          List.of(
              new CorpusProblem(
                  document,
                  new Problem(
                      "line",
                      lineNumber,
                      -1,
                      "is longer than "
                          + maxLine
                          + " bytes, the mapper's limit on the length"
                          + " of a document",
                      null,
                      null))),
          1);
    }
    InputStream line = new ByteArrayInputStream(buffer, 0, length);
    boolean checks =
        mapper.tokenStreamFactory() instanceof DecorableTSFactory decorable
            && decorable.getInputDecorator() instanceof Utf8Checks;
    try (JsonParser p = mapper.createParser(checks ? line : new Utf8CheckedStream(line))) {
      return CorpusReaders.line(p, lineNumber, document);
    }
  }

  /** Closes the input. */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw JacksonIOException.construct(e);
    }
  }

  private boolean blank() {
    for (int i = 0; i < length; i++) {
      byte b = buffer[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Reads one line's bytes, without its end, into the buffer; notes a line beyond the limit. */
  private void readLine() {
    length = 0;
    tooLong = false;
    lineNumber++;
    try {
      int b = in.read();
      if (b < 0) {
        ended = true;
        return;
      }
      while (b >= 0 && b != '\n') {
        if (length >= maxLine) {
          tooLong = true;
        } else {
          if (length == buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min(maxLine, buffer.length * 2L));
          }
          buffer[length++] = (byte) b;
        }
        b = in.read();
      }
      if (b < 0) {
        ended = true;
      }
    } catch (IOException e) {
      throw JacksonIOException.construct(e);
    }
    if (tooLong) {
      length = 0;
    }
  }
}
