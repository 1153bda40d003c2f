package dev.hearsay.benchmarks.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON result ({@code -rf json}) into the Markdown tables of {@code
 * docs/benchmarks.md}: throughputs with their error, ratios to each baseline, and time per claim
 * from 1e3 to 1e6 claims; a corpus beside one dataset of the same claims, with the bytes allocated
 * per claim where JMH ran with {@code -prof gc}. Lines from {@link Footprint} and {@link LargeStream} are tabulated too.
 *
 * <pre>
 * java -cp benchmarks.jar dev.hearsay.benchmarks.tools.Report jmh.json [footprint.txt] [stream.txt]
 * </pre>
 *
 * <p>A ratio divides Hearsay's throughput by the baseline's; its error combines the two relative
 * errors (JMH's 99.9% intervals) in quadrature.
 */
public final class Report {
  private static final int[] SIZES = {1_000, 10_000, 100_000, 1_000_000};

  private final Map<String, Score> scores = new LinkedHashMap<>();
  private final PrintStream out;

  private Report(PrintStream out) {
    this.out = out;
  }

  /**
   * Prints the tables.
   *
   * @param args JMH's JSON results, comma-separated, then optionally the output of {@link
   *     Footprint} and of {@link LargeStream}
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: Report JMH_JSON [FOOTPRINT_LINES] [STREAM_LINES]");
      System.exit(2);
    }
    Report report = new Report(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    JsonMapper mapper = JsonMapper.builder().build();
    for (String file : args[0].split(",")) {
      if (Files.exists(Path.of(file))) {
        report.load(mapper.readTree(Files.readString(Path.of(file))));
      }
    }
    report.throughputs();
    report.ratios();
    report.scaling();
    report.queries();
    report.edtf();
    report.corpus();
    if (args.length > 1 && Files.exists(Path.of(args[1]))) {
      report.footprint(lines(mapper, Path.of(args[1])));
    }
    if (args.length > 2 && Files.exists(Path.of(args[2]))) {
      report.stream(lines(mapper, Path.of(args[2])));
    }
  }

  /** One JMH score, as time per operation in nanoseconds. */
  record Score(double nanos, double errorNanos, int claims, double bytes) {
    double perClaim() {
      return nanos / claims;
    }

    double claimsPerSecond() {
      return claims / (nanos / 1e9);
    }

    double relativeError() {
      return Double.isNaN(errorNanos) ? 0 : errorNanos / nanos;
    }
  }

  private void load(JsonNode results) {
    for (JsonNode result : results) {
      String name = result.get("benchmark").asString();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      int claims = result.path("params").path("claims").asInt(0);
      String edtf = result.path("params").path("edtf").asString("");
      if (!edtf.isEmpty()) {
        name = name + " " + edtf;
      }
      String document = result.path("params").path("document").asString("");
      if (!document.isEmpty()) {
        name = name + " " + document;
      }
      JsonNode metric = result.get("primaryMetric");
      double unit = nanosPer(metric.get("scoreUnit").asString());
      double score = metric.get("score").asDouble() * unit;
      double error = metric.get("scoreError").asDouble(Double.NaN) * unit;
      double bytes = Double.NaN;
      for (Map.Entry<String, JsonNode> secondary : result.path("secondaryMetrics").properties()) {
        if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
          bytes = secondary.getValue().get("score").asDouble();
        }
      }
      scores.put(name + "@" + claims, new Score(score, error, claims, bytes));
    }
  }

  private static double nanosPer(String unit) {
    return switch (unit) {
      case "ns/op" -> 1;
      case "us/op" -> 1e3;
      case "ms/op" -> 1e6;
      case "s/op" -> 1e9;
      default -> throw new IllegalArgumentException("unexpected unit " + unit);
    };
  }

  private Score score(String benchmark, int claims) {
    return scores.get(benchmark + "@" + claims);
  }

  private void throughputs() {
    String[][] rows = {
      {"Read + validate: Hearsay (whole dataset)", "ReadBenchmark.hearsay"},
      {"Read + validate: Hearsay stream reader", "ReadBenchmark.hearsayStream"},
      {"Read: streaming limit (tokens only)", "ReadBenchmark.streamingLimit"},
      {"Read: tokens with names and values decoded", "ReadBenchmark.streamingDecode"},
      {"Read: tokens with only the free texts decoded", "ReadBenchmark.streamingTexts"},
      {"Read: plain databind into records", "ReadBenchmark.databind"},
      {"Read: the same records read by hand from the tokens", "ReadBenchmark.byHand"},
      {"Read: Hearsay's values read by hand from the tokens", "ReadBenchmark.byHandModel"},
      {"Read: ProvToolbox, PROV-JSON-LD, lossless", "ProvBenchmark.read lossless"},
      {"Read: ProvToolbox, PROV-JSON-LD, provenance only", "ProvBenchmark.read provenance"},
      {"Write: Hearsay (whole dataset)", "WriteBenchmark.hearsay"},
      {"Write: Hearsay stream writer (checks each claim)", "WriteBenchmark.hearsayStream"},
      {"Write: streaming limit (same tokens)", "WriteBenchmark.streamingLimit"},
      {"Write: plain databind from records", "WriteBenchmark.databind"},
      {"Write: ProvToolbox, PROV-JSON-LD, lossless", "ProvBenchmark.write lossless"},
      {"Write: ProvToolbox, PROV-JSON-LD, provenance only", "ProvBenchmark.write provenance"},
    };
    for (int claims : new int[] {10_000, 1_000}) {
      out.println("### Throughput at " + claims + " claims");
      out.println();
      out.println("| Operation | ms per dataset (± 99.9%) | µs per claim | claims/s |");
      out.println("|---|---:|---:|---:|");
      for (String[] row : rows) {
        Score s = score(row[1], claims);
        if (s != null) {
          out.printf(
              Locale.ROOT,
              "| %s | %.2f ± %.2f | %.2f | %,.0f |%n",
              row[0],
              s.nanos / 1e6,
              s.errorNanos / 1e6,
              s.perClaim() / 1e3,
              s.claimsPerSecond());
        }
      }
      out.println();
    }
  }

  private void ratios() {
    String[][] rows = {
      {
        "Read + validate / streaming limit",
        "ReadBenchmark.hearsay",
        "ReadBenchmark.streamingLimit",
        "≥ 0.5"
      },
      {
        "Read + validate / tokens decoded",
        "ReadBenchmark.hearsay",
        "ReadBenchmark.streamingDecode",
        ""
      },
      {"Read + validate / plain databind", "ReadBenchmark.hearsay", "ReadBenchmark.databind", ""},
      {
        "Plain records read by hand / streaming limit",
        "ReadBenchmark.byHand",
        "ReadBenchmark.streamingLimit",
        ""
      },
      {
        "Read + validate / ProvToolbox, lossless",
        "ReadBenchmark.hearsay",
        "ProvBenchmark.read lossless",
        "≥ 10"
      },
      {
        "Read + validate / ProvToolbox, provenance only",
        "ReadBenchmark.hearsay",
        "ProvBenchmark.read provenance",
        "≥ 10"
      },
      {
        "Stream read / streaming limit",
        "ReadBenchmark.hearsayStream",
        "ReadBenchmark.streamingLimit",
        ""
      },
      {
        "Write / streaming limit",
        "WriteBenchmark.hearsay",
        "WriteBenchmark.streamingLimit",
        "≥ 0.7"
      },
      {"Write / plain databind", "WriteBenchmark.hearsay", "WriteBenchmark.databind", ""},
      {
        "Write / ProvToolbox, lossless",
        "WriteBenchmark.hearsay",
        "ProvBenchmark.write lossless",
        "≥ 10"
      },
      {
        "Write / ProvToolbox, provenance only",
        "WriteBenchmark.hearsay",
        "ProvBenchmark.write provenance",
        "≥ 10"
      },
      {
        "Stream write / streaming limit",
        "WriteBenchmark.hearsayStream",
        "WriteBenchmark.streamingLimit",
        ""
      },
    };
    out.println("### Ratios to the baselines (Hearsay's throughput / the baseline's)");
    out.println();
    out.println("| Ratio | Target | 1e3 claims | 1e4 claims | 1e5 claims | 1e6 claims |");
    out.println("|---|---|---:|---:|---:|---:|");
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("| " + row[0] + " | " + row[3] + " |");
      for (int claims : SIZES) {
        Score ours = score(row[1], claims);
        Score base = score(row[2], claims);
        if (ours == null || base == null) {
          line.append(" – |");
        } else {
          double ratio = base.nanos / ours.nanos;
          double error = ratio * Math.hypot(ours.relativeError(), base.relativeError());
          line.append(String.format(Locale.ROOT, " %.3f ± %.3f |", ratio, error));
        }
      }
      out.println(line);
    }
    out.println();
  }

  private void scaling() {
    List<String> names = new ArrayList<>();
    for (String key : scores.keySet()) {
      String name = key.substring(0, key.indexOf('@'));
      if (!names.contains(name)
          && !name.startsWith("LookupBenchmark")
          && !name.startsWith("EdtfBenchmark")
          && !name.startsWith("CorpusBenchmark")) {
        names.add(name);
      }
    }
    out.println("### Time per claim from 1e3 to 1e6 claims (ns per claim)");
    out.println();
    out.println("| Benchmark | 1e3 | 1e4 | 1e5 | 1e6 | 1e6 / 1e4 (target ≤ 1.5) |");
    out.println("|---|---:|---:|---:|---:|---:|");
    for (String name : names) {
      StringBuilder line = new StringBuilder("| " + name + " |");
      for (int claims : SIZES) {
        Score s = score(name, claims);
        line.append(
            s == null
                ? " – |"
                : String.format(
                    Locale.ROOT, " %,.0f ± %,.0f |", s.perClaim(), s.errorNanos / claims));
      }
      Score small = score(name, 10_000);
      Score large = score(name, 1_000_000);
      line.append(
          small == null || large == null
              ? " – |"
              : String.format(Locale.ROOT, " %.2f |", large.perClaim() / small.perClaim()));
      out.println(line);
    }
    out.println();
  }

  private void queries() {
    out.println("### Questions about one claim (ns per question)");
    out.println();
    out.println("| Query | 1e3 claims | 1e4 claims | 1e5 claims | 1e6 claims |");
    out.println("|---|---:|---:|---:|---:|");
    for (String name : new String[] {"LookupBenchmark.trace", "LookupBenchmark.evidence"}) {
      StringBuilder line = new StringBuilder("| " + name + " |");
      for (int claims : SIZES) {
        Score s = score(name, claims);
        line.append(
            s == null
                ? " – |"
                : String.format(Locale.ROOT, " %,.0f ± %,.0f |", s.nanos, s.errorNanos));
      }
      out.println(line);
    }
    out.println();
  }

  private void edtf() {
    out.println("### Parsing one EDTF text (ns per parse)");
    out.println();
    out.println("| Text | ns |");
    out.println("|---|---:|");
    scores.forEach(
        (key, s) -> {
          if (key.startsWith("EdtfBenchmark.parse ")) {
            String text = key.substring("EdtfBenchmark.parse ".length(), key.indexOf('@'));
            out.printf(Locale.ROOT, "| `%s` | %,.0f ± %,.0f |%n", text, s.nanos, s.errorNanos);
          }
        });
    out.println();
  }

  private void corpus() {
    if (scores.keySet().stream().noneMatch(k -> k.startsWith("CorpusBenchmark."))) {
      return;
    }
    out.println("### A corpus of reports of 100 claims beside one dataset of the same claims");
    out.println();
    out.println(
        "| Claims | Datasets | Build the corpus, ms | Corpus: index + evidence on every"
            + " cluster, ms | One dataset: index + evidence on every claim, ms | Corpus µs per claim"
            + " | One dataset µs per claim | Corpus / one dataset (target ≤ 2) | Allocated per claim,"
            + " corpus / one dataset, bytes |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int claims : SIZES) {
      Score build = score("CorpusBenchmark.build", claims);
      Score corpus = score("CorpusBenchmark.parties", claims);
      Score single = score("CorpusBenchmark.singleParties", claims);
      if (build == null && corpus == null && single == null) {
        continue;
      }
      out.printf(
          Locale.ROOT,
          "| %,d | %,d | %s | %s | %s | %s | %s | %s | %s / %s |%n",
          claims,
          claims / 100,
          millis(build),
          millis(corpus),
          millis(single),
          micros(corpus),
          micros(single),
          corpus == null || single == null ? "–" : ratio(single, corpus),
          allocated(corpus),
          allocated(single));
    }
    out.println();
    out.println("Time per claim at 1e6 claims over that at 1e4:");
    out.println();
    for (String name :
        new String[] {
          "CorpusBenchmark.build", "CorpusBenchmark.parties", "CorpusBenchmark.singleParties"
        }) {
      Score small = score(name, 10_000);
      Score large = score(name, 1_000_000);
      if (small != null && large != null) {
        out.printf(Locale.ROOT, "- %s: %.2f%n", name, large.perClaim() / small.perClaim());
      }
    }
    out.println();
  }

  private static String millis(Score s) {
    if (s == null) {
      return "–";
    }
    return Double.isNaN(s.errorNanos)
        ? String.format(Locale.ROOT, "%,.1f", s.nanos / 1e6)
        : String.format(Locale.ROOT, "%,.1f ± %,.1f", s.nanos / 1e6, s.errorNanos / 1e6);
  }

  private static String micros(Score s) {
    return s == null ? "–" : String.format(Locale.ROOT, "%.2f", s.perClaim() / 1e3);
  }

  private static String allocated(Score s) {
    return s == null || Double.isNaN(s.bytes)
        ? "–"
        : String.format(Locale.ROOT, "%,.0f", s.bytes / s.claims);
  }

  /** How many times the baseline's time the measured one takes, with the combined error. */
  private static String ratio(Score baseline, Score measured) {
    double ratio = measured.nanos / baseline.nanos;
    double error = ratio * Math.hypot(measured.relativeError(), baseline.relativeError());
    return String.format(Locale.ROOT, "%.2f ± %.2f", ratio, error);
  }

  private void footprint(List<JsonNode> lines) {
    out.println("### Retained heap per claim, against JSON bytes per claim");
    out.println();
    out.println(
        "| Claims | JSON bytes/claim | Dataset heap bytes/claim | heap / JSON | "
            + "Index on top, bytes/claim | Plain records heap bytes/claim |");
    out.println("|---:|---:|---:|---:|---:|---:|");
    for (JsonNode line : lines) {
      out.printf(
          Locale.ROOT,
          "| %,d | %.0f | %.0f | %.2f | %.0f | %.0f |%n",
          line.get("claims").asLong(),
          line.get("jsonPerClaim").asDouble(),
          line.get("heapPerClaim").asDouble(),
          line.get("heapPerClaim").asDouble() / line.get("jsonPerClaim").asDouble(),
          line.get("indexPerClaim").asDouble(),
          line.get("recordsPerClaim").asDouble());
    }
    out.println();
  }

  private void stream(List<JsonNode> lines) {
    out.println("### Streaming far more claims than the heap holds");
    out.println();
    out.println(
        "| Phase | Outcome | Claims | JSON MB | Seconds | Claims/s | Max heap MB | "
            + "Most live heap after a GC, MB |");
    out.println("|---|---|---:|---:|---:|---:|---:|---:|");
    for (JsonNode line : lines) {
      String outcome =
          line.path("completed").asBoolean(true)
              ? "completed"
              : "stopped: " + line.path("failure").asString();
      out.printf(
          Locale.ROOT,
          "| %s | %s | %,d | %,.0f | %.1f | %,.0f | %.0f | %.0f |%n",
          line.get("phase").asString(),
          outcome,
          line.get("claims").asLong(),
          line.get("bytes").asDouble() / 1e6,
          line.get("seconds").asDouble(),
          line.get("claimsPerSecond").asDouble(),
          line.get("maxHeap").asDouble() / (1 << 20),
          line.get("maxLiveAfterGc").asDouble() / (1 << 20));
    }
    out.println();
  }

  private static List<JsonNode> lines(JsonMapper mapper, Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("{")) {
        nodes.add(mapper.readTree(line));
      }
    }
    return nodes;
  }
}
