package dev.hearsay.benchmarks.workload;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.jackson.DatasetLinesWriter;
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
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.ObjectMapper;

/**
 * A {@link CorpusWorkload} written as a corpus in files while holding one dataset at a time:
 * gzipped JSON Lines shards ({@code part-00000.jsonl.gz}, ...) of a given number of reports each,
 * in the workload's order, and the links document, the same bytes as the mapper writes for {@link
 * CorpusWorkload#links()}. The links are written as they are found, each kind to a part of its own
 * beside the document, and the parts joined into the document at the end.
 */
public final class CorpusShards {
  /** Statements serialized together, to keep the mapper's own form of each. */
  private static final int BATCH = 4_096;

  private CorpusShards() {}

  /**
   * Writes the shards and the links document.
   *
   * @param workload the corpus
   * @param mapper the mapper, with Hearsay's module
   * @param shards the directory of the shards, created if need be
   * @param reportsPerShard how many datasets a shard holds
   * @param links the links document, replaced if it exists
   * @throws IOException when a file cannot be written
   */
  public static void write(
      CorpusWorkload workload, ObjectMapper mapper, Path shards, int reportsPerShard, Path links)
      throws IOException {
    if (reportsPerShard < 1) {
      throw new IllegalArgumentException(
          "CorpusShards: needs at least one report a shard, not " + reportsPerShard);
    }
    Files.createDirectories(shards);
    Path directory = links.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path identityPart = Files.createTempFile(directory, "identities", ".part");
    Path claimPart = Files.createTempFile(directory, "claims", ".part");
    try {
      try (Section<IdentityStatement> identities =
              new Section<>(mapper, identityPart, "identities", Links.Builder::addIdentities);
          Section<ClaimLink> claims =
              new Section<>(mapper, claimPart, "claims", Links.Builder::addClaims)) {
        LinkFinder finder = LinkFinder.of(workload, identities::add, claims::add);
        for (int first = 0; first < workload.datasetCount(); first += reportsPerShard) {
          Path file = shards.resolve(String.format("part-%05d.jsonl.gz", first / reportsPerShard));
          int end = Math.min(workload.datasetCount(), first + reportsPerShard);
          try (OutputStream out =
                  new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
              DatasetLinesWriter lines = DatasetLinesWriter.open(mapper, out)) {
            for (int d = first; d < end; d++) {
              Dataset dataset = workload.dataset(d);
              lines.write(CorpusWorkload.datasetId(d), dataset);
              finder.add(dataset);
            }
          }
        }
      }
      join(links, identityPart, claimPart);
    } finally {
      Files.deleteIfExists(identityPart);
      Files.deleteIfExists(claimPart);
    }
  }

  /** The document: the version, then each part that holds something, as the mapper writes it. */
  private static void join(Path links, Path identities, Path claims) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(links))) {
      out.write(ascii("{\"schemaVersion\":\"" + Dataset.SCHEMA_VERSION + "\""));
      for (Path part : List.of(identities, claims)) {
        if (Files.size(part) > 0) {
          Files.copy(part, out);
        }
      }
      out.write('}');
    }
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
      try (out) {
        flush();
        if (written) {
          out.write(']');
        }
      }
    }
  }
}
