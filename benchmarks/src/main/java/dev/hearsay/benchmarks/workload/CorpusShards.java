package dev.hearsay.benchmarks.workload;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.jackson.DatasetLinesWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.ObjectMapper;

/**
 * A {@link CorpusWorkload} written as a corpus in files while holding one dataset at a time:
 * gzipped JSON Lines shards ({@code part-00000.jsonl.gz}, ...) of a given number of reports each,
 * in the workload's order, and its links, either as one links document, the same bytes as the
 * mapper writes for {@link CorpusWorkload#links()}, or as one links document per shard. The links
 * are written as they are found, each kind to a part of its own beside the document, and the parts
 * joined into the document at the end.
 */
public final class CorpusShards {
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
    checkReports(reportsPerShard);
    Files.createDirectories(shards);
    try (LinksDocumentWriter document =
        LinksDocumentWriter.open(mapper, links.toAbsolutePath().getParent())) {
      LinkFinder finder = LinkFinder.of(workload, document::add, document::add);
      for (int shard = 0; shard * reportsPerShard < workload.datasetCount(); shard++) {
        writeShard(workload, mapper, shards, reportsPerShard, shard, finder);
      }
      document.finish(links);
    }
  }

  /**
   * Writes the shards and one links document per shard, {@code links-00000.json} beside {@code
   * part-00000.jsonl.gz} and so on: the links found while that shard's reports were written, each
   * a whole links document (with no statement when none was found). Read in the order of their
   * names, the
   * documents' identity statements and claim links are, kind by kind, those of the one document
   * that {@link #write} writes.
   *
   * @param workload the corpus
   * @param mapper the mapper, with Hearsay's module
   * @param shards the directory of the shards, created if need be
   * @param reportsPerShard how many datasets a shard holds
   * @param links the directory of the links documents, created if need be
   * @throws IOException when a file cannot be written
   */
  public static void writeWithLinksPerShard(
      CorpusWorkload workload, ObjectMapper mapper, Path shards, int reportsPerShard, Path links)
      throws IOException {
    checkReports(reportsPerShard);
    Files.createDirectories(shards);
    Files.createDirectories(links);
    LinksDocumentWriter[] current = new LinksDocumentWriter[1];
    LinkFinder finder = LinkFinder.of(workload, s -> current[0].add(s), l -> current[0].add(l));
    for (int shard = 0; shard * reportsPerShard < workload.datasetCount(); shard++) {
      try (LinksDocumentWriter document = LinksDocumentWriter.open(mapper, links)) {
        current[0] = document;
        writeShard(workload, mapper, shards, reportsPerShard, shard, finder);
        document.finish(links.resolve(String.format("links-%05d.json", shard)));
      }
    }
  }

  private static void checkReports(int reportsPerShard) {
    if (reportsPerShard < 1) {
      throw new IllegalArgumentException(
          "CorpusShards: needs at least one report a shard, not " + reportsPerShard);
    }
  }

  /** Writes one shard's reports, handing each to the finder once written. */
  private static void writeShard(
      CorpusWorkload workload,
      ObjectMapper mapper,
      Path shards,
      int reportsPerShard,
      int shard,
      LinkFinder finder)
      throws IOException {
    int first = shard * reportsPerShard;
    int end = Math.min(workload.datasetCount(), first + reportsPerShard);
    Path file = shards.resolve(String.format("part-%05d.jsonl.gz", shard));
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
