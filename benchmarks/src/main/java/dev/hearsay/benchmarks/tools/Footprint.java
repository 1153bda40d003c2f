package dev.hearsay.benchmarks.tools;

import dev.hearsay.benchmarks.Corpus;
import dev.hearsay.benchmarks.plain.PlainDataset;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.query.ProvenanceIndex;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import tools.jackson.databind.json.JsonMapper;

/**
 * The heap a dataset holds, per claim, against its JSON bytes per claim: the dataset as a reader
 * gets it from its JSON document (every id and text its own object, as Jackson makes them), walked
 * with JOL's {@link GraphLayout}, which counts every object reachable once. The plain records that
 * databind reads from the same bytes, and the provenance index on top of the dataset, are
 * measured the same way.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks.jar dev.hearsay.benchmarks.tools.Footprint 1000 10000 100000
 * </pre>
 *
 * <p>Prints one JSON line per size.
 */
public final class Footprint {
  private Footprint() {}

  /**
   * Measures each size given.
   *
   * @param args the numbers of claims
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    JsonMapper hearsay = Corpus.hearsayMapper();
    JsonMapper plain = Corpus.plainMapper();
    for (String arg : args) {
      int claims = Integer.parseInt(arg);
      byte[] json = Corpus.json(Corpus.dataset(claims));
      Dataset dataset = hearsay.readValue(json, Dataset.class);
      long datasetBytes = GraphLayout.parseInstance(dataset).totalSize();
      ProvenanceIndex index = ProvenanceIndex.of(dataset);
      long withIndex = GraphLayout.parseInstance(index).totalSize();
      PlainDataset records = plain.readValue(json, PlainDataset.class);
      long recordBytes = GraphLayout.parseInstance(records).totalSize();
      out.println(
          String.format(
              Locale.ROOT,
              "{\"claims\":%d,\"jsonBytes\":%d,\"datasetHeapBytes\":%d,\"indexHeapBytes\":%d,"
                  + "\"recordsHeapBytes\":%d,\"jsonPerClaim\":%.1f,\"heapPerClaim\":%.1f,"
                  + "\"indexPerClaim\":%.1f,\"recordsPerClaim\":%.1f}",
              claims,
              json.length,
              datasetBytes,
              withIndex - datasetBytes,
              recordBytes,
              (double) json.length / claims,
              (double) datasetBytes / claims,
              (double) (withIndex - datasetBytes) / claims,
              (double) recordBytes / claims));
    }
  }
}
