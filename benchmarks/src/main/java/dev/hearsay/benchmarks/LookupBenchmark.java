package dev.hearsay.benchmarks;

import dev.hearsay.benchmarks.workload.Workload;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.query.Evidence;
import dev.hearsay.core.query.ProvenanceIndex;
import dev.hearsay.core.query.Trace;
import java.util.SplittableRandom;
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

/**
 * Questions about one claim on an indexed dataset: where it comes from, and who stands for and
 * against it. Each call asks about the next of 4096 claims drawn at random.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class LookupBenchmark {
  /** The number of claims. */
  @Param({"10000", "1000000"})
  public int claims;

  private ProvenanceIndex index;
  private ClaimId[] asked;
  private int next;

  /** Generates and indexes the dataset, and draws the claims to ask about. */
  @Setup
  public void setUp() {
    index = ProvenanceIndex.of(Workload.of(claims).dataset());
    SplittableRandom random = new SplittableRandom(Workload.SEED);
    asked = new ClaimId[4096];
    for (int i = 0; i < asked.length; i++) {
      asked[i] = Workload.claimId(random.nextInt(claims));
    }
  }

  /**
   * Where a claim comes from: its chains, origins and relayers.
   *
   * @return the trace
   */
  @Benchmark
  public Trace trace() {
    return index.trace(asked[next++ & (asked.length - 1)]);
  }

  /**
   * Who stands for and against a claim: its parties and its channels.
   *
   * @return the evidence
   */
  @Benchmark
  public Evidence evidence() {
    return index.evidence(asked[next++ & (asked.length - 1)]);
  }
}
