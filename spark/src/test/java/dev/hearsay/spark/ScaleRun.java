package dev.hearsay.spark;

import dev.hearsay.benchmarks.workload.CorpusWorkload;
import dev.hearsay.jackson.DatasetLinesWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;

/**
 * The scale run of docs/spark.md, not a test: writes a generated corpus of {@code claims} claims
 * ({@link CorpusWorkload}, 100 a report) as gzipped JSON Lines shards under {@code directory} if
 * they are not there, then reads, checks and answers it in {@code local[cores]}, and prints the
 * seconds and claims per second of each stage.
 *
 * <pre>
 * java -Xmx12g [Spark's --add-opens flags] -cp ... dev.hearsay.spark.ScaleRun DIR 10000000 2
 * </pre>
 */
public final class ScaleRun {
  private ScaleRun() {}

  /**
   * Runs the scale run.
   *
   * @param args the directory, the number of claims (a multiple of 100) and the cores
   * @throws IOException when the shards cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args[0]);
    int claims = Integer.parseInt(args[1]);
    int cores = Integer.parseInt(args[2]);
    Path shards = directory.resolve("shards-" + claims);
    Path links = directory.resolve("links-" + claims + ".json");
    if (!Files.exists(links)) {
      write(claims, shards, links);
    }
    SparkSession spark =
        SparkSession.builder()
            .master("local[" + cores + "]")
            .appName("hearsay-scale")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", String.valueOf(4 * cores))
            .getOrCreate();
    long start = System.nanoTime();
    CorpusLines corpus =
        CorpusLines.read(spark, List.of(shards.toString()), Optional.of(links.toString()));
    long read = System.nanoTime();
    long identities = CorpusAnswers.of(corpus).identities().count();
    long resolved = System.nanoTime();
    CorpusAnswers answers = CorpusAnswers.of(corpus);
    long clusters = answers.evidence().count();
    long answered = System.nanoTime();
    System.out.printf(
        "%d claims, %d cores: read and checked %d lines in %.1f s; %d entities resolved in %.1f s;"
            + " evidence on %d clusters in %.1f s; %.0f claims/s overall%n",
        claims,
        cores,
        corpus.linesRead(),
        (read - start) / 1e9,
        identities,
        (resolved - read) / 1e9,
        clusters,
        (answered - resolved) / 1e9,
        claims / ((answered - start) / 1e9));
    spark.stop();
  }

  private static void write(int claims, Path shards, Path links) throws IOException {
    CorpusWorkload workload = CorpusWorkload.of(claims);
    Files.createDirectories(shards);
    int perShard = 1_000;
    for (int first = 0; first < workload.datasetCount(); first += perShard) {
      Path file = shards.resolve(String.format("part-%05d.jsonl.gz", first / perShard));
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
          DatasetLinesWriter lines = DatasetLinesWriter.open(Json.mapper(), out)) {
        for (int d = first; d < Math.min(workload.datasetCount(), first + perShard); d++) {
          lines.write(CorpusWorkload.datasetId(d), workload.dataset(d));
        }
      }
    }
    Files.write(links, Json.mapper().writeValueAsBytes(workload.links()));
  }
}
