package dev.hearsay.benchmarks.workload;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.Dataset;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.databind.ObjectMapper;

/**
 * One links document written as its statements are found, holding a batch at a time: each kind
 * goes to a part of its own beside the document, and {@link #finish} joins the parts into the
 * document, the same bytes as the mapper writes for the links held whole.
 */
final class LinksDocumentWriter implements AutoCloseable {
  /** Statements serialized together, to keep the mapper's own form of each. */
  private static final int BATCH = 4_096;

  private final Path identityPart;
  private final Path claimPart;
  private final Section<IdentityStatement> identities;
  private final Section<ClaimLink> claims;

  private LinksDocumentWriter(ObjectMapper mapper, Path directory) throws IOException {
    identityPart = Files.createTempFile(directory, "identities", ".part");
    claimPart = Files.createTempFile(directory, "claims", ".part");
    try {
      identities = new Section<>(mapper, identityPart, "identities", Links.Builder::addIdentities);
      claims = new Section<>(mapper, claimPart, "claims", Links.Builder::addClaims);
    } catch (IOException | RuntimeException e) {
      deleteParts();
      throw e;
    }
  }

  /**
   * A writer whose parts lie in the given directory until {@link #finish} or {@link #close}.
   *
   * @param mapper the mapper, with Hearsay's module
   * @param directory where the parts are kept, created if need be
   * @return the writer, with nothing written yet
   * @throws IOException when the parts cannot be created
   */
  static LinksDocumentWriter open(ObjectMapper mapper, Path directory) throws IOException {
    Files.createDirectories(directory);
    return new LinksDocumentWriter(mapper, directory);
  }

  void add(IdentityStatement statement) {
    identities.add(statement);
  }

  void add(ClaimLink link) {
    claims.add(link);
  }

  /**
   * Writes the document: the version, then each kind that holds something, as the mapper writes
   * it; the parts are then deleted.
   *
   * @param document the document, replaced if it exists
   * @throws IOException when it cannot be written
   */
  void finish(Path document) throws IOException {
    identities.close();
    claims.close();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(document))) {
      out.write(ascii("{\"schemaVersion\":\"" + Dataset.SCHEMA_VERSION + "\""));
      for (Path part : List.of(identityPart, claimPart)) {
        if (Files.size(part) > 0) {
          Files.copy(part, out);
        }
      }
      out.write('}');
    } finally {
      deleteParts();
    }
  }

  /** Deletes the parts, whether or not the document was written. */
  @Override
  public void close() throws IOException {
    try {
      identities.close();
      claims.close();
    } finally {
      deleteParts();
    }
  }

  private void deleteParts() throws IOException {
    Files.deleteIfExists(identityPart);
    Files.deleteIfExists(claimPart);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * One kind of the links document, written in batches: {@code ,"name":[} before the first, the
   * elements as the mapper writes them inside a document of that kind alone, {@code ]} at the
   * end.
   */
  private static final class Section<T> implements AutoCloseable {
    private final ObjectMapper mapper;
    private final OutputStream out;
    private final String name;
    private final BiConsumer<Links.Builder, T> adder;
    private final byte[] prefix;
    private final List<T> batch = new ArrayList<>(BATCH);
    private boolean written;
    private boolean closed;

    Section(ObjectMapper mapper, Path part, String name, BiConsumer<Links.Builder, T> adder)
        throws IOException {
      this.mapper = mapper;
      this.out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
      this.name = name;
      this.adder = adder;
      this.prefix =
          ascii("{\"schemaVersion\":\"" + Dataset.SCHEMA_VERSION + "\",\"" + name + "\":[");
    }

    void add(T value) {
      batch.add(value);
      if (batch.size() == BATCH) {
        flush();
      }
    }

    private void flush() {
      if (batch.isEmpty()) {
        return;
      }
      Links.Builder links = new Links.Builder();
      batch.forEach(value -> adder.accept(links, value));
      batch.clear();
      byte[] json = mapper.writeValueAsBytes(links.build());
      int end = json.length - 2;
      if (!Arrays.equals(json, 0, prefix.length, prefix, 0, prefix.length)
          || json[end] != ']'
          || json[end + 1] != '}') {
        throw new IllegalStateException(
            "CorpusShards: the mapper writes links in a form other than the compact one expected"
                + " (a document that starts "
                + new String(json, 0, Math.min(json.length, 80), StandardCharsets.UTF_8)
                + ")");
      }
      try {
        out.write(written ? ascii(",") : ascii(",\"" + name + "\":["));
        out.write(json, prefix.length, end - prefix.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written = true;
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      try (out) {
        flush();
        if (written) {
          out.write(']');
        }
      }
    }
  }
}
