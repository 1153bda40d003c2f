package dev.hearsay.benchmarks;

import dev.hearsay.core.time.ImpreciseTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parsing one EDTF text of each shape the workload uses, which every read of a time does. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2)
public class EdtfBenchmark {
  /** The text. */
  @Param({
    "2024-10-25",
    "2024-10",
    "2024-10-27/2024-10-28",
    "../2024-10-28",
    "2024-08/..",
    "2024-24",
    "2024?",
    "202X",
    "2024-XX",
    "[2024-10-27,2024-10-28]"
  })
  public String edtf;

  /**
   * Parses the text.
   *
   * @return the time
   */
  @Benchmark
  public ImpreciseTime parse() {
    return ImpreciseTime.parse(edtf);
  }
}
