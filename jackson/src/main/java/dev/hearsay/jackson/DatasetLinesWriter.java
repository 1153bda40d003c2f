package dev.hearsay.jackson;

import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.model.Dataset;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * Writes a corpus's datasets as JSON Lines, one dataset at a time: each line is {@code {"id":
 * "kursk", "dataset": {...}}}, the dataset as {@link HearsayModule} writes it, never indented.
 * Memory holds one dataset's JSON. {@link DatasetLinesReader} reads the lines back.
 *
 * <pre>{@code
 * try (DatasetLinesWriter lines = DatasetLinesWriter.open(mapper, out)) {
 *   corpus.datasets().forEach(lines::write);
 * }
 * }</pre>
 */
public final class DatasetLinesWriter implements AutoCloseable {
  private final ObjectWriter writer;
  private final OutputStream out;

  private DatasetLinesWriter(ObjectWriter writer, OutputStream out) {
    this.writer = writer;
    this.out = out;
  }

  /**
   * Opens a writer.
   *
   * @param mapper a mapper with {@link HearsayModule}; its indentation is not used
   * @param out where the lines go, as UTF-8; closed by {@link #close()}
   * @return the writer
   */
  public static DatasetLinesWriter open(ObjectMapper mapper, OutputStream out) {
    return new DatasetLinesWriter(
        mapper.writer().without(SerializationFeature.INDENT_OUTPUT),
        Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes one dataset as one line.
   *
   * @param id the dataset's id in the corpus
   * @param dataset the dataset
   * @throws tools.jackson.core.JacksonException when it cannot be written
   */
  public void write(DatasetId id, Dataset dataset) {
    Objects.requireNonNull(id, "id");
    byte[] json = writer.writeValueAsBytes(Objects.requireNonNull(dataset, "dataset"));
    try {
      out.write("{\"id\":\"".getBytes(StandardCharsets.UTF_8));
      out.write(id.value().getBytes(StandardCharsets.UTF_8)); // an id needs no escaping
      out.write("\",\"dataset\":".getBytes(StandardCharsets.UTF_8));
      out.write(json);
      out.write("}\n".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw JacksonIOException.construct(e);
    }
  }

  /** Flushes and closes the output. */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw JacksonIOException.construct(e);
    }
  }
}
