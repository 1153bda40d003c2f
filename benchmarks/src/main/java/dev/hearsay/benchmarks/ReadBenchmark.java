package dev.hearsay.benchmarks;

import dev.hearsay.benchmarks.limit.JsonTokens;
import dev.hearsay.benchmarks.limit.ModelTokensReader;
import dev.hearsay.benchmarks.plain.PlainDataset;
import dev.hearsay.benchmarks.plain.PlainTokensReader;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.jackson.DatasetStreamReader;
import java.io.ByteArrayInputStream;
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
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a whole dataset document: Hearsay (which checks every value and every rule of the
 * dataset), against tokenizing the same bytes, and against plain databind into records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class ReadBenchmark {
  /** The number of claims. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int claims;

  private byte[] json;
  private JsonMapper hearsay;
  private JsonMapper plain;
  private JsonFactory factory;

  /** Generates the dataset and writes it once. */
  @Setup
  public void setUp() {
    json = Corpus.json(Corpus.dataset(claims));
    hearsay = Corpus.hearsayMapper();
    plain = Corpus.plainMapper();
    factory = new JsonFactory();
  }

  /**
   * Hearsay: the dataset read, every value built and checked, every rule of the dataset checked.
   *
   * @return the dataset
   */
  @Benchmark
  public Dataset hearsay() {
    return hearsay.readValue(json, Dataset.class);
  }

  /**
   * Hearsay's stream reader: each claim read and checked, then dropped.
   *
   * @param sink where the claims go
   * @return the number of events
   */
  @Benchmark
  public int hearsayStream(Blackhole sink) {
    try (DatasetStreamReader reader =
        DatasetStreamReader.open(hearsay, new ByteArrayInputStream(json))) {
      while (reader.hasNextClaim()) {
        Claim claim = reader.nextClaim();
        sink.consume(claim);
      }
      sink.consume(reader.relations());
      return reader.events().size();
    }
  }

  /**
   * The limit: every token of the same bytes, nothing decoded or built.
   *
   * @return the number of tokens
   */
  @Benchmark
  public long streamingLimit() {
    return JsonTokens.count(factory, json);
  }

  /**
   * Every token with its names and values decoded into strings, nothing built.
   *
   * @return a checksum
   */
  @Benchmark
  public long streamingDecode() {
    return JsonTokens.decode(factory, json);
  }

  /**
   * Every token, with only the texts that any reader must return as strings decoded: with the
   * dataset's rules ({@code QueryBenchmark.validate}), the least that reading the form can cost.
   *
   * @return a checksum
   */
  @Benchmark
  public long streamingTexts() {
    return JsonTokens.decodeTexts(factory, json);
  }

  /**
   * Plain databind reading the same bytes into records, without any check.
   *
   * @return the records
   */
  @Benchmark
  public PlainDataset databind() {
    return plain.readValue(json, PlainDataset.class);
  }

  /**
   * The same records read by hand from the tokens, without databind and without any check.
   *
   * @return the records
   */
  @Benchmark
  public PlainDataset byHand() {
    return PlainTokensReader.read(factory, json);
  }

  /**
   * Hearsay's values read by hand from the tokens: every value built and checked, the rules run,
   * without the places of problems or the other care of Hearsay's reader.
   *
   * @return the dataset
   */
  @Benchmark
  public Dataset byHandModel() {
    return ModelTokensReader.read(factory, json);
  }
}
