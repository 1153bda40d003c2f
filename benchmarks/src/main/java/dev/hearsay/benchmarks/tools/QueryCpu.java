package dev.hearsay.benchmarks.tools;

import dev.hearsay.benchmarks.workload.CorpusWorkload;
import dev.hearsay.benchmarks.workload.Workload;
import dev.hearsay.core.corpus.ClaimCluster;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusIndex;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Stance;
import dev.hearsay.core.query.ProvenanceIndex;
import dev.hearsay.core.timeline.Timeline;
import dev.hearsay.core.timeline.TimelineEntry;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * The queries of {@code QueryBenchmark} timed by the processor time they take, for a machine that
 * other work loads: the time the measuring thread ran, and the time the whole process ran (its
 * collector included), per operation, beside the wall-clock time and the bytes the thread
 * allocated. On a busy machine the wall-clock time counts the time the thread waited for a core;
 * processor time does not, though it still pays for caches that other work shares.
 *
 * <pre>
 * java -Xms4g -Xmx4g -cp benchmarks.jar dev.hearsay.benchmarks.tools.QueryCpu 1000000 2 5
 * </pre>
 *
 * <p>Arguments: the number of claims, the warm-up operations and the measured ones; then,
 * optionally, the operations to run ({@code index}, {@code rules}, {@code asOf}, {@code
 * timeline}), all by default, or the corpus's ({@code corpusParties},
 * {@code singleParties}), which generate the corpus workload instead. Prints one JSON line per operation: medians and the least and
 * greatest value of the measured operations.
 */
public final class QueryCpu {
  private QueryCpu() {}

  /**
   * Measures each operation.
   *
   * @param args the number of claims, warm-up and measured operations, and the operations
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int claims = Integer.parseInt(args[0]);
    int warmups = Integer.parseInt(args[1]);
    int measured = Integer.parseInt(args[2]);
    String[] ops =
        args.length > 3
            ? Arrays.copyOfRange(args, 3, args.length)
            : new String[] {"index", "rules", "asOf", "timeline"};
    if (ops[0].equals("corpusParties") || ops[0].equals("singleParties")) {
      for (String op : ops) {
        out.println(
            measure(op, claims, corpusOperation(op, CorpusWorkload.of(claims)), warmups, measured));
      }
      return;
    }
    Workload workload = Workload.of(claims);
    Dataset dataset = workload.dataset();
    ProvenanceIndex index = ProvenanceIndex.of(dataset);
    Instant middle = workload.middle();
    for (String op : ops) {
      IntSupplier run =
          switch (op) {
            case "index" -> () -> ProvenanceIndex.of(dataset).dataset().claims().size();
            case "rules" ->
                () ->
                    new Dataset.Builder()
                        .header(dataset.header())
                        .addAllClaims(dataset.claims())
                        .addAllEvents(dataset.events())
                        .addAllRelations(dataset.relations())
                        .build()
                        .claims()
                        .size();
            case "asOf" -> () -> index.asOf(middle).claims().size();
            case "timeline" ->
                () -> {
                  int undetermined = 0;
                  for (TimelineEntry entry : Timeline.of(index).entries()) {
                    if (entry.orderUndetermined()) {
                      undetermined++;
                    }
                  }
                  return undetermined;
                };
            default -> throw new IllegalArgumentException("unknown operation: " + op);
          };
      out.println(measure(op, claims, run, warmups, measured));
    }
  }

  /**
   * The questions of {@code CorpusBenchmark}: the evidence on every claim cluster of the corpus,
   * or on every claim of the single dataset that holds the same claims. Each generates only what
   * it asks about, so that the two need not share the heap.
   */
  private static IntSupplier corpusOperation(String op, CorpusWorkload workload) {
    switch (op) {
      case "corpusParties" -> {
        Corpus corpus = workload.corpus();
        return () -> {
          CorpusIndex index = CorpusIndex.of(corpus);
          int answers = 0;
          for (ClaimCluster cluster : index.clusters()) {
            answers += index.evidence(cluster).parties(Stance.FOR).size();
          }
          return answers;
        };
      }
      case "singleParties" -> {
        Dataset single = workload.single();
        return () -> {
          ProvenanceIndex index = ProvenanceIndex.of(single);
          int answers = 0;
          for (Claim claim : single.claims()) {
            answers += index.evidence(claim.id()).partiesFor().size();
          }
          return answers;
        };
      }
      default -> throw new IllegalArgumentException("unknown corpus operation: " + op);
    }
  }

  private static String measure(String op, int claims, IntSupplier run, int warmups, int count) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long sink = 0;
    for (int i = 0; i < warmups; i++) {
      sink += run.getAsInt();
    }
    double[] wall = new double[count];
    double[] thread = new double[count];
    double[] process = new double[count];
    double[] allocated = new double[count];
    long id = Thread.currentThread().getId();
    for (int i = 0; i < count; i++) {
      System.gc();
      long w = System.nanoTime();
      long t = threads.getCurrentThreadCpuTime();
      long p = os.getProcessCpuTime();
      long a = threads.getThreadAllocatedBytes(id);
      sink += run.getAsInt();
      allocated[i] = threads.getThreadAllocatedBytes(id) - a;
      process[i] = os.getProcessCpuTime() - p;
      thread[i] = threads.getCurrentThreadCpuTime() - t;
      wall[i] = System.nanoTime() - w;
    }
    return String.format(
        Locale.ROOT,
        "{\"op\":\"%s\",\"claims\":%d,\"n\":%d,\"threadNsPerClaim\":%s,"
            + "\"processNsPerClaim\":%s,\"wallNsPerClaim\":%s,\"allocatedPerClaim\":%.1f,"
            + "\"sink\":%d}",
        op,
        claims,
        count,
        spread(thread, claims),
        spread(process, claims),
        spread(wall, claims),
        Medians.of(allocated) / claims,
        sink);
  }

  /** The median, least and greatest, per claim. */
  private static String spread(double[] values, int claims) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "[%.1f,%.1f,%.1f]",
        Medians.of(values) / claims,
        sorted[0] / claims,
        sorted[sorted.length - 1] / claims);
  }
}
