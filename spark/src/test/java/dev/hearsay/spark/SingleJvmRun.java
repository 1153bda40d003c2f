package dev.hearsay.spark;

import dev.hearsay.core.corpus.ClaimCluster;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusIndex;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.jackson.DatasetLine;
import dev.hearsay.jackson.DatasetLinesReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The single-JVM corpus on the files of a {@link ScaleRun}, timed the same way, for the time per
 * claim beside Spark's: reads the shards and the links (every document of the directory {@code
 * links-N}, or the one document {@code links-N.json}), builds the corpus (its rules and identity),
 * indexes it and gathers the evidence on every claim cluster, printing each stage's cost.
 *
 * <pre>
 * java -Xmx12g -cp ... dev.hearsay.spark.SingleJvmRun DIR 1000000
 * </pre>
 */
public final class SingleJvmRun {
  private SingleJvmRun() {}

  /**
   * Runs the corpus on one JVM.
   *
   * @param args the directory and the number of claims, as written by {@link ScaleRun}
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args[0]);
    int claims = Integer.parseInt(args[1]);
    Path shards = directory.resolve("shards-" + claims);
    Path linksPath = directory.resolve("links-" + claims);
    RunMeter meter = new RunMeter();
    long start = System.nanoTime();
    Corpus.Builder builder = new Corpus.Builder();
    List<Path> files;
    try (Stream<Path> listed = Files.list(shards)) {
      files = listed.sorted().toList();
    }
    int lines = 0;
    for (Path file : files) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
          DatasetLinesReader reader = DatasetLinesReader.open(Json.mapper(), in, file.toString())) {
        while (reader.hasNext()) {
          DatasetLine line = reader.next();
          builder.add(line.id(), line.dataset());
          lines++;
        }
      }
    }
    Links links = links(linksPath);
    System.out.println(meter.stage("read and checked " + lines + " lines and the links"));
    Corpus corpus = builder.links(links).build();
    System.out.println(meter.stage("built the corpus (its rules, identity)"));
    CorpusIndex index = CorpusIndex.of(corpus);
    System.out.println(meter.stage("indexed"));
    int clusters = 0;
    long parties = 0;
    for (ClaimCluster cluster : index.clusters()) {
      parties += index.evidence(cluster).parties().size();
      clusters++;
    }
    System.out.println(
        meter.stage("gathered evidence on " + clusters + " clusters, " + parties + " parties"));
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%d claims, one JVM: %.1f s from reading to evidence, %.0f claims/s%n",
        claims, seconds, claims / seconds);
    System.out.println(meter.total());
  }

  /** The links of every document in a directory, in their files' order, or of one document. */
  private static Links links(Path path) throws IOException {
    List<Path> documents;
    if (Files.isDirectory(path)) {
      try (Stream<Path> listed = Files.list(path)) {
        documents = listed.sorted().toList();
      }
    } else {
      documents = List.of(Path.of(path + ".json"));
    }
    Links.Builder all = new Links.Builder();
    for (Path document : documents) {
      Links links;
      try (InputStream in = Files.newInputStream(document)) {
        links = Json.linksMapper().readValue(in, Links.class);
      }
      all.addAllIdentities(links.identities())
          .addAllClaims(links.claims())
          .addAllEvents(links.events());
    }
    return all.build();
  }
}
