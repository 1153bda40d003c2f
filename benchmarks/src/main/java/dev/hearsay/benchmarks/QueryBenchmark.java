package dev.hearsay.benchmarks;

import dev.hearsay.benchmarks.workload.Workload;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.query.ProvenanceIndex;
import dev.hearsay.core.timeline.Timeline;
import dev.hearsay.core.timeline.TimelineEntry;
import java.time.Instant;
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
 * Whole-dataset work in memory: checking a dataset's rules, building the provenance index, the
 * dataset as of a day, and the timeline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class QueryBenchmark {
  /** The number of claims. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int claims;

  private Dataset dataset;
  private ProvenanceIndex index;
  private Instant middle;

  /** Generates the dataset and indexes it. */
  @Setup
  public void setUp() {
    Workload workload = Workload.of(claims);
    dataset = workload.dataset();
    index = ProvenanceIndex.of(dataset);
    middle = workload.middle();
  }

  /**
   * Builds the dataset again from its values: every value is already checked, so this is the cost
   * of the dataset's own rules (references, duplicates, cycles, time order).
   *
   * @return the dataset
   */
  @Benchmark
  public Dataset validate() {
    return new Dataset.Builder()
        .header(dataset.header())
        .addAllClaims(dataset.claims())
        .addAllEvents(dataset.events())
        .addAllRelations(dataset.relations())
        .build();
  }

  /**
   * Builds the provenance index.
   *
   * @return the index
   */
  @Benchmark
  public ProvenanceIndex index() {
    return ProvenanceIndex.of(dataset);
  }

  /**
   * What had been said by the middle of the period: a new, checked dataset.
   *
   * @return the dataset
   */
  @Benchmark
  public Dataset asOf() {
    return index.asOf(middle);
  }

  /**
   * The timeline of the events, in order, and for each entry whether its order is undetermined,
   * as a display of the timeline asks. Listing every entry's overlaps is left out: its cost is the
   * number of overlapping pairs, which grows with the square of the events when many times are
   * open or a year wide.
   *
   * @return how many entries have an undetermined order
   */
  @Benchmark
  public int timeline() {
    int undetermined = 0;
    for (TimelineEntry entry : Timeline.of(index).entries()) {
      if (entry.orderUndetermined()) {
        undetermined++;
      }
    }
    return undetermined;
  }
}
