package dev.hearsay.benchmarks;

import dev.hearsay.benchmarks.workload.CorpusWorkload;
import dev.hearsay.core.corpus.ClaimCluster;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusIndex;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.query.ProvenanceIndex;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Many reports as one body of evidence, beside one dataset holding the same claims
 * ({@link CorpusWorkload}): building the corpus, which checks its rules and resolves identity;
 * answering who stands for and against every claim cluster of the corpus; and answering it for
 * every claim of the single dataset.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class CorpusBenchmark {
  /** The number of claims, a hundred per dataset of the corpus. */
  @Param({"10000", "100000", "1000000"})
  public int claims;

  private Corpus.Builder builder;
  private Corpus corpus;
  private Dataset single;

  /**
   * Generates what the benchmark asks about, and only that: the corpus's parts, the corpus, or
   * the single dataset.
   *
   * @param params the benchmark being run
   */
  @Setup
  public void setUp(BenchmarkParams params) {
    CorpusWorkload workload = CorpusWorkload.of(claims);
    String benchmark = params.getBenchmark();
    if (benchmark.endsWith(".build")) {
      builder = workload.builder();
    } else if (benchmark.endsWith(".parties")) {
      corpus = workload.corpus();
    } else {
      single = workload.single();
    }
  }

  /**
   * Builds the corpus from its datasets, already checked, and its links: the corpus's rules and
   * the resolution of identity.
   *
   * @return the corpus
   */
  @Benchmark
  public Corpus build() {
    return builder.build();
  }

  /**
   * Indexes the corpus and gathers the evidence on every claim cluster: parties and channels
   * for and against, with counts as intervals.
   *
   * @param sink where each answer goes
   */
  @Benchmark
  public void parties(Blackhole sink) {
    CorpusIndex index = CorpusIndex.of(corpus);
    for (ClaimCluster cluster : index.clusters()) {
      sink.consume(index.evidence(cluster));
    }
  }

  /**
   * Indexes the single dataset and gathers the evidence on every claim: the same question on
   * the same claims, without datasets to cross.
   *
   * @param sink where each answer goes
   */
  @Benchmark
  public void singleParties(Blackhole sink) {
    ProvenanceIndex index = ProvenanceIndex.of(single);
    for (Claim claim : single.claims()) {
      sink.consume(index.evidence(claim.id()));
    }
  }
}
