package dev.hearsay.benchmarks.tools;

import dev.hearsay.benchmarks.Corpus;
import dev.hearsay.benchmarks.limit.JsonTokens;
import dev.hearsay.benchmarks.limit.ModelTokensReader;
import dev.hearsay.benchmarks.plain.PlainDataset;
import dev.hearsay.benchmarks.plain.PlainTokensReader;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.jackson.DatasetStreamReader;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of {@code ReadBenchmark}, and the dataset's rules, timed by the processor time of
 * the measuring thread in alternating rounds: each round runs every operation once, so that a
 * round's ratios to the streaming limit compare operations that ran under the same load. For a
 * machine that other work loads, and to see what bounds reading: the limit, the texts that any
 * reader must decode, the rules that any reader must run, Hearsay's readers, plain databind, the plain records read by hand
 * from the tokens, and Hearsay's values read by hand from them.
 *
 * <pre>
 * java -Xms6g -Xmx6g -cp benchmarks.jar dev.hearsay.benchmarks.tools.ReadCpu 10000 20 60
 * </pre>
 *
 * <p>Arguments: the number of claims, the warm-up rounds and the measured ones. Prints one JSON
 * line per operation: the median processor time per claim with the first and third quartiles, the
 * median of the rounds' ratios of the limit's time to the operation's, and the bytes the thread
 * allocated per claim. Then two sums, each taken round by round: the limit's time over that of the
 * free texts and the rules together, and over that of the records read by hand and the rules
 * together.
 */
public final class ReadCpu {
  private ReadCpu() {}

  /**
   * Measures each operation.
   *
   * @param args the number of claims, the warm-up rounds and the measured rounds
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int claims = Integer.parseInt(args[0]);
    int warmups = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Map<String, LongSupplier> ops = operations(claims);
    String[] names = ops.keySet().toArray(new String[0]);
    LongSupplier[] runs = ops.values().toArray(new LongSupplier[0]);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long sink = 0;
    for (int w = 0; w < warmups; w++) {
      for (LongSupplier run : runs) {
        sink += run.getAsLong();
      }
    }
    double[][] cpu = new double[runs.length][rounds];
    double[][] allocated = new double[runs.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < runs.length; k++) {
        int op = (k + r) % runs.length;
        long a = threads.getThreadAllocatedBytes(id);
        long t = threads.getCurrentThreadCpuTime();
        sink += runs[op].getAsLong();
        cpu[op][r] = threads.getCurrentThreadCpuTime() - t;
        allocated[op][r] = threads.getThreadAllocatedBytes(id) - a;
      }
    }
    for (int op = 0; op < runs.length; op++) {
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = cpu[0][r] / cpu[op][r];
      }
      double[] sorted = cpu[op].clone();
      Arrays.sort(sorted);
      out.printf(
          Locale.ROOT,
          "{\"op\":\"%s\",\"claims\":%d,\"rounds\":%d,\"nsPerClaim\":[%.1f,%.1f,%.1f],"
              + "\"toLimit\":%.3f,\"allocatedPerClaim\":%.0f}%n",
          names[op],
          claims,
          rounds,
          sorted[rounds / 4] / claims,
          Medians.of(cpu[op]) / claims,
          sorted[3 * rounds / 4] / claims,
          Medians.of(ratio),
          Medians.of(allocated[op]) / claims);
    }
    int limit = indexOf(names, "limit");
    int rules = indexOf(names, "rules");
    for (String floor : new String[] {"texts", "byHand"}) {
      int op = indexOf(names, floor);
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = cpu[limit][r] / (cpu[op][r] + cpu[rules][r]);
      }
      out.printf(Locale.ROOT, "{\"op\":\"%s+rules\",\"toLimit\":%.3f}%n", floor, Medians.of(ratio));
    }
    out.println("{\"sink\":" + sink + "}");
  }

  /** The operations, the limit first: every other is compared with it round by round. */
  private static Map<String, LongSupplier> operations(int claims) {
    byte[] json = Corpus.json(Corpus.dataset(claims));
    JsonMapper hearsay = Corpus.hearsayMapper();
    JsonMapper plain = Corpus.plainMapper();
    JsonFactory factory = new JsonFactory();
    Dataset dataset = hearsay.readValue(json, Dataset.class);
    Map<String, LongSupplier> ops = new LinkedHashMap<>();
    ops.put("limit", () -> JsonTokens.count(factory, json));
    ops.put("texts", () -> JsonTokens.decodeTexts(factory, json));
    ops.put("decode", () -> JsonTokens.decode(factory, json));
    ops.put(
        "rules",
        () ->
            new Dataset.Builder()
                .header(dataset.header())
                .addAllClaims(dataset.claims())
                .addAllEvents(dataset.events())
                .addAllRelations(dataset.relations())
                .addAllAssessments(dataset.assessments())
                .build()
                .claims()
                .size());
    ops.put("read", () -> hearsay.readValue(json, Dataset.class).claims().size());
    ops.put(
        "stream",
        () -> {
          long read = 0;
          try (DatasetStreamReader reader =
              DatasetStreamReader.open(hearsay, new ByteArrayInputStream(json))) {
            while (reader.hasNextClaim()) {
              read += reader.nextClaim().attribution().size();
            }
            return read + reader.events().size();
          }
        });
    ops.put("databind", () -> plain.readValue(json, PlainDataset.class).claims().size());
    ops.put("byHand", () -> PlainTokensReader.read(factory, json).claims().size());
    ops.put("byHandModel", () -> ModelTokensReader.read(factory, json).claims().size());
    return ops;
  }

  private static int indexOf(String[] names, String name) {
    return Arrays.asList(names).indexOf(name);
  }
}
