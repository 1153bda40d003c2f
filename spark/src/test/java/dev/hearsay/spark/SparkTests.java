package dev.hearsay.spark;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.jackson.CorpusFiles;
import dev.hearsay.jackson.DatasetLinesWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;

/** One local[2] session for every test of the JVM, and corpora written as JSON Lines shards. */
final class SparkTests {
  private static SparkSession spark;

  private SparkTests() {}

  static synchronized SparkSession spark() {
    if (spark == null) {
      spark =
          SparkSession.builder()
              .master("local[2]")
              .appName("hearsay-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.default.parallelism", "2")
              .config("spark.driver.host", "localhost")
              .config("spark.sql.codegen.wholeStage", "false")
              // No broadcast joins: on a loaded machine a broadcast can outlast its timeout.
              .config("spark.sql.autoBroadcastJoinThreshold", "-1")
              .getOrCreate();
      spark.sparkContext().setLogLevel("ERROR");
    }
    return spark;
  }

  /**
   * Drops every table kept by the tests run so far, so that a test class that kept a large corpus
   * leaves the session's memory to the classes after it.
   */
  static synchronized void releaseKeptTables() {
    if (spark != null) {
      spark.catalog().clearCache();
    }
  }

  /** The worked corpus of eight reports, as the single-JVM reader reads it. */
  static Corpus workedCorpus() {
    try {
      Path manifest =
          Path.of(SparkTests.class.getResource("/dev/hearsay/examples/corpus/corpus.json").toURI());
      return CorpusFiles.read(Json.mapper(), manifest);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes datasets in order as JSON Lines over several shards, the odd ones gzipped, named so
   * that their sorted order is the datasets' order.
   */
  static List<Path> shards(Path directory, Map<DatasetId, Dataset> datasets, int shards) {
    List<Map.Entry<DatasetId, Dataset>> all = List.copyOf(datasets.entrySet());
    int per = (all.size() + shards - 1) / shards;
    try {
      Files.createDirectories(directory);
      java.util.ArrayList<Path> files = new java.util.ArrayList<>();
      for (int s = 0; s < shards; s++) {
        boolean gzip = s % 2 == 1;
        Path file = directory.resolve(String.format("part-%04d.jsonl%s", s, gzip ? ".gz" : ""));
        try (OutputStream raw = Files.newOutputStream(file);
            OutputStream out = gzip ? new GZIPOutputStream(raw) : raw;
            DatasetLinesWriter lines = DatasetLinesWriter.open(Json.mapper(), out)) {
          for (int i = s * per; i < Math.min(all.size(), (s + 1) * per); i++) {
            lines.write(all.get(i).getKey(), all.get(i).getValue());
          }
        }
        files.add(file);
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path linksFile(Path directory, Object links) {
    try {
      Path file = directory.resolve("links.json");
      Files.write(file, Json.mapper().writeValueAsBytes(links));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
