package dev.hearsay.spark;

import dev.hearsay.benchmarks.workload.CorpusShards;
import dev.hearsay.benchmarks.workload.CorpusWorkload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The scale run of docs/spark.md, not a test. With {@code write}, writes a generated corpus of
 * {@code claims} claims ({@link CorpusWorkload}, 100 a report) as gzipped JSON Lines shards of
 * 1,000 reports and one links document per shard under {@code directory}, one dataset in memory
 * at a time ({@link CorpusShards#writeWithLinksPerShard}). With a number of cores, reads, checks and answers that corpus in {@code
 * local[cores]}, and prints each stage's wall, CPU and collection time, the load average, and the
 * claims per second.
 *
 * <pre>
 * java -Xmx2g -cp ... dev.hearsay.spark.ScaleRun DIR 10000000 write
 * java -Xmx12g [Spark's --add-opens flags] -cp ... dev.hearsay.spark.ScaleRun DIR 10000000 2
 * </pre>
 */
public final class ScaleRun {
  private ScaleRun() {}

  /**
   * Runs the scale run.
   *
   * @param args the directory, the number of claims (a multiple of 100), and {@code write} or the
   *     cores
   * @throws IOException when the shards cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args[0]);
    int claims = Integer.parseInt(args[1]);
    Path shards = directory.resolve("shards-" + claims);
    Path links = directory.resolve("links-" + claims);
    RunMeter meter = new RunMeter();
    if (args[2].equals("write")) {
      CorpusShards.writeWithLinksPerShard(
          CorpusWorkload.of(claims), Json.mapper(), shards, 1_000, links);
      System.out.println(meter.stage("wrote " + claims + " claims"));
      long bytes;
      try (Stream<Path> documents = Files.list(links)) {
        bytes = documents.mapToLong(ScaleRun::size).sum();
      }
      System.out.printf("links documents: %d bytes%n", bytes);
      System.out.println(meter.total());
      return;
    }
    if (!Files.exists(links)) {
      throw new IllegalStateException(
          "ScaleRun: no corpus of " + claims + " claims in " + directory + "; write it first");
    }
    int cores = Integer.parseInt(args[2]);
    SparkSession spark =
        SparkSession.builder()
            .master("local[" + cores + "]")
            .appName("hearsay-scale")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", String.valueOf(4 * cores))
            .getOrCreate();
    System.out.println(meter.stage("session in local[" + cores + "]"));
    long start = System.nanoTime();
    CorpusLines corpus =
        CorpusLines.read(spark, List.of(shards.toString()), List.of(links.toString()));
    System.out.println(
        meter.stage(
            "read and checked "
                + corpus.linesRead()
                + " lines and "
                + (corpus.identityStatements().count() + corpus.claimLinks().count())
                + " links"));
    CorpusAnswers answers = CorpusAnswers.of(corpus);
    long entities = answers.identities().count();
    System.out.println(meter.stage("resolved " + entities + " entities"));
    long clustered = answers.clusters().count();
    System.out.println(meter.stage("clustered " + clustered + " claims"));
    long clusters = answers.evidence().count();
    System.out.println(meter.stage("gathered evidence on " + clusters + " clusters"));
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%d claims, %d cores: %.1f s from reading to evidence, %.0f claims/s%n",
        claims, cores, seconds, claims / seconds);
    System.out.println(meter.total());
    spark.stop();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
