package dev.hearsay.benchmarks;

import dev.hearsay.benchmarks.limit.JsonTokens;
import dev.hearsay.benchmarks.plain.PlainDataset;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetHeader;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Relation;
import dev.hearsay.jackson.DatasetStreamWriter;
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
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing a whole dataset document to memory: Hearsay against writing the same tokens from a
 * recording, and against plain databind writing records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms10g", "-Xmx10g"})
public class WriteBenchmark {
  /** The number of claims. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int claims;

  private Dataset dataset;
  private DatasetHeader header;
  private PlainDataset records;
  private JsonTokens tokens;
  private JsonMapper hearsay;
  private JsonMapper plain;
  private JsonFactory factory;
  private Corpus.Sink out;

  /** Generates the dataset and its other forms. */
  @Setup
  public void setUp() {
    dataset = Corpus.dataset(claims);
    header = dataset.header();
    hearsay = Corpus.hearsayMapper();
    plain = Corpus.plainMapper();
    factory = new JsonFactory();
    byte[] json = hearsay.writeValueAsBytes(dataset);
    records = plain.readValue(json, PlainDataset.class);
    tokens = JsonTokens.record(factory, json);
    out = new Corpus.Sink(json.length + json.length / 4);
  }

  /**
   * Hearsay writing the dataset.
   *
   * @return the number of bytes
   */
  @Benchmark
  public int hearsay() {
    out.reset();
    hearsay.writeValue(out, dataset);
    return out.size();
  }

  /**
   * Hearsay's stream writer: each claim and event checked, then written.
   *
   * @return the number of bytes
   */
  @Benchmark
  public int hearsayStream() {
    out.reset();
    try (DatasetStreamWriter writer = DatasetStreamWriter.open(hearsay, out, header)) {
      for (Claim claim : dataset.claims()) {
        writer.writeClaim(claim);
      }
      for (Event event : dataset.events()) {
        writer.writeEvent(event);
      }
      for (Relation relation : dataset.relations()) {
        writer.writeRelation(relation);
      }
    }
    return out.size();
  }

  /**
   * The limit: the same tokens written from a recording.
   *
   * @return the number of bytes
   */
  @Benchmark
  public int streamingLimit() {
    out.reset();
    try (JsonGenerator generator = factory.createGenerator(ObjectWriteContext.empty(), out)) {
      tokens.write(generator);
    }
    return out.size();
  }

  /**
   * Plain databind writing the records.
   *
   * @return the number of bytes
   */
  @Benchmark
  public int databind() {
    out.reset();
    plain.writeValue(out, records);
    return out.size();
  }
}
