package dev.hearsay.benchmarks.tools;

import dev.hearsay.benchmarks.Corpus;
import dev.hearsay.benchmarks.plain.PlainDataset;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.query.ProvenanceIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import tools.jackson.databind.json.JsonMapper;

/**
 * The heap a dataset holds, per claim, against its JSON bytes per claim: the dataset as a reader
 * gets it from its JSON document, walked with JOL's {@link GraphLayout}, which counts every object
 * reachable once. The plain records that databind reads from the same bytes, and the provenance
 * index on top of the dataset, are measured the same way.
 *
 * <p>The documents are written by one run and read by another, in a JVM of its own: the model's
 * builders hold on to equal times and quantities built lately, and in the JVM that generated the
 * dataset those would be the generator's, not the reader's.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks.jar dev.hearsay.benchmarks.tools.Footprint write DIR 1000 10000
 * java -Xmx8g -cp benchmarks.jar dev.hearsay.benchmarks.tools.Footprint read DIR 1000 10000
 * </pre>
 *
 * <p>{@code write} writes each size's document to {@code DIR}; {@code read} reads them and prints
 * one JSON line per size, and with {@code -Dfootprint.histogram=true} the dataset's objects by
 * class to the standard error.
 */
public final class Footprint {
  private Footprint() {}

  /**
   * Writes or measures each size given.
   *
   * @param args {@code write} or {@code read}, the directory of the documents, the numbers of
   *     claims
   * @throws IOException when a document cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    boolean write = args[0].equals("write");
    if (!write && !args[0].equals("read")) {
      throw new IllegalArgumentException("the first argument is write or read, not " + args[0]);
    }
    Path directory = Path.of(args[1]);
    JsonMapper hearsay = Corpus.hearsayMapper();
    JsonMapper plain = Corpus.plainMapper();
    for (String arg : Arrays.copyOfRange(args, 2, args.length)) {
      int claims = Integer.parseInt(arg);
      Path document = directory.resolve("claims-" + claims + ".json");
      if (write) {
        Files.createDirectories(directory);
        Files.write(document, Corpus.json(Corpus.dataset(claims)));
        continue;
      }
      byte[] json = Files.readAllBytes(document);
      Dataset dataset = hearsay.readValue(json, Dataset.class);
      GraphLayout layout = GraphLayout.parseInstance(dataset);
      long datasetBytes = layout.totalSize();
      if (Boolean.getBoolean("footprint.histogram")) {
        System.err.println(claims + " claims: " + layout.toFootprint());
      }
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
