package dev.hearsay.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.benchmarks.workload.CorpusWorkload;
import dev.hearsay.core.corpus.ClaimCluster;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusIndex;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated corpus of 100,000 claims in 1,000 reports, shaped like real reporting (identifiers
 * and {@code same} statements across reports, {@code possibly_same} and {@code distinct} among
 * anonymous groups, {@code duplicates}, {@code supports} and {@code contradicts} links to earlier
 * reports): Spark's clusters and evidence against the single-JVM {@link CorpusIndex}, cluster by
 * cluster.
 */
class DifferentialTest {
  @TempDir Path directory;

  @AfterAll
  static void release() {
    SparkTests.releaseKeptTables();
  }

  @Test
  void sparkAnswersEveryClusterAsTheSingleJvmCorpusDoes() {
    int claims = Integer.getInteger("hearsay.spark.differentialClaims", 100_000);
    CorpusWorkload workload = CorpusWorkload.of(claims, 20L);
    Corpus corpus = workload.corpus();
    CorpusIndex index = CorpusIndex.of(corpus);
    Path shards = directory.resolve("corpus");
    SparkTests.shards(shards, corpus.datasets(), 8);
    Path links = SparkTests.linksFile(directory, corpus.links());

    CorpusLines read =
        CorpusLines.read(
            SparkTests.spark(), List.of(shards.toString()), Optional.of(links.toString()));
    CorpusAnswers answers = CorpusAnswers.of(read);
    Map<String, String> clusters = new HashMap<>();
    for (Row r : answers.clusters().collectAsList()) {
      clusters.put(
          r.getAs("dataset") + "/" + r.getAs("claim"),
          r.getAs("clusterDataset") + "/" + r.getAs("clusterClaim"));
    }
    Map<String, String> expectedClusters = new HashMap<>();
    for (ClaimCluster cluster : index.clusters()) {
      cluster.claims().forEach(c -> expectedClusters.put(c.toString(), cluster.first().toString()));
    }
    Map<String, String> expected = Differences.expected(index);
    Map<String, String> actual = Differences.actual(answers.evidence().collectAsList());

    assertThat(read.errors().count()).isZero();
    assertThat(read.linesRead()).isEqualTo(claims / 100);
    assertThat(clusters).hasSize(claims).isEqualTo(expectedClusters);
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    actual.forEach(
        (cluster, answer) -> assertThat(answer).as(cluster).isEqualTo(expected.get(cluster)));
    assertThat(index.clusters()).anyMatch(c -> c.datasets().size() > 2);
    assertThat(expected.values())
        .as("intervals, some from a component with a distinct pair inside")
        .anyMatch(line -> !line.contains("widening []"));
  }
}
