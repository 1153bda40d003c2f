package dev.hearsay.benchmarks;

import dev.hearsay.prov.ProvMapping;
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
import org.openprovenance.prov.core.jsonld11.serialization.ProvDeserialiser;
import org.openprovenance.prov.core.jsonld11.serialization.ProvSerialiser;
import org.openprovenance.prov.model.Document;

/**
 * The alternative: ProvToolbox holding the same provenance as W3C PROV ({@link ProvMapping}),
 * written and read in its JSON form, PROV-JSON-LD. Sizes stop at 1e4 claims: one read of 1e5
 * claims takes about twenty seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class ProvBenchmark {
  /** The number of claims. */
  @Param({"1000", "10000"})
  public int claims;

  /**
   * Which PROV document: {@code lossless}, all that {@link ProvMapping} writes, or {@code
   * provenance}, the same without what only an import back needs ({@link ProvenanceOnly}), the
   * size of the document the baseline was measured on before the mapping became lossless.
   */
  @Param({"lossless", "provenance"})
  public String document;

  private Document provDocument;
  private byte[] json;
  private ProvSerialiser serialiser;
  private ProvDeserialiser deserialiser;
  private Corpus.Sink out;

  /** Generates the dataset, maps it to PROV and writes it once. */
  @Setup
  public void setUp() {
    Document lossless = new ProvMapping().toProv(Corpus.dataset(claims));
    provDocument = "provenance".equals(document) ? ProvenanceOnly.of(lossless) : lossless;
    serialiser = new ProvSerialiser();
    deserialiser = new ProvDeserialiser();
    out = new Corpus.Sink(1 << 20);
    serialiser.serialiseDocument(out, provDocument, true);
    json = out.toByteArray();
  }

  /**
   * ProvToolbox reading the PROV-JSON-LD document.
   *
   * @return the document
   */
  @Benchmark
  public Document read() {
    return deserialiser.deserialiseDocument(new ByteArrayInputStream(json));
  }

  /**
   * ProvToolbox writing the document as PROV-JSON-LD, without indentation. (ProvToolbox's
   * {@code formatted} flag is inverted: {@code true} writes without the pretty printer.)
   *
   * @return the number of bytes
   */
  @Benchmark
  public int write() {
    out.reset();
    serialiser.serialiseDocument(out, provDocument, true);
    return out.size();
  }
}
