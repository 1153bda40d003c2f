package dev.hearsay.benchmarks.tools;

import dev.hearsay.benchmarks.workload.CorpusWorkload;
import dev.hearsay.core.corpus.ClaimCluster;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusEvidence;
import dev.hearsay.core.corpus.CorpusIndex;
import dev.hearsay.core.model.Dataset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints the shape of a {@link CorpusWorkload}: its datasets and entities, its statements and
 * links by kind, its clusters, and how many party counts are intervals, so that the proportions
 * its Javadoc states can be checked.
 *
 * <pre>
 * java -cp benchmarks.jar dev.hearsay.benchmarks.tools.CorpusShape 10000 [1000000 ...]
 * </pre>
 */
public final class CorpusShape {
  private CorpusShape() {}

  /**
   * Prints one block per size.
   *
   * @param args the numbers of claims
   */
  public static void main(String[] args) {
    for (String arg : args) {
      CorpusWorkload workload = CorpusWorkload.of(Integer.parseInt(arg));
      Corpus corpus = workload.corpus();
      long actors = 0;
      long sources = 0;
      for (Dataset dataset : corpus.datasets().values()) {
        actors += dataset.actors().size();
        sources += dataset.sources().size();
      }
      Map<String, Long> statements =
          corpus.links().identities().stream()
              .collect(
                  Collectors.groupingBy(
                      s -> s.identity().name().toLowerCase(java.util.Locale.ROOT),
                      TreeMap::new,
                      Collectors.counting()));
      Map<String, Long> claimLinks =
          corpus.links().claims().stream()
              .collect(
                  Collectors.groupingBy(
                      l -> l.kind().name().toLowerCase(java.util.Locale.ROOT),
                      TreeMap::new,
                      Collectors.counting()));
      CorpusIndex index = CorpusIndex.of(corpus);
      Map<Integer, Long> sizes =
          index.clusters().stream()
              .collect(
                  Collectors.groupingBy(
                      c -> c.claims().size(), TreeMap::new, Collectors.counting()));
      long acrossDatasets = index.clusters().stream().filter(c -> c.datasets().size() > 1).count();
      long wide = 0;
      long notExact = 0;
      for (ClaimCluster cluster : index.clusters()) {
        CorpusEvidence evidence = index.evidence(cluster);
        wide += evidence.allParties().min() < evidence.allParties().max() ? 1 : 0;
        notExact += evidence.allParties().exact() ? 0 : 1;
      }
      System.out.printf(
          java.util.Locale.ROOT,
          "%s%n  actor copies %,d (%.1f per dataset), source copies %,d (%.1f per dataset),"
              + " merged groups %,d, unresolved anonymous %,d%n"
              + "  identity statements %s%n  claim links %s%n"
              + "  clusters %,d, of two or more datasets %,d, sizes %s%n"
              + "  clusters whose party count is an interval %,d, not exact %,d%n",
          workload,
          actors,
          (double) actors / workload.datasetCount(),
          sources,
          (double) sources / workload.datasetCount(),
          corpus.identities().merged().size(),
          corpus.identities().unresolved().size(),
          statements,
          claimLinks,
          index.clusters().size(),
          acrossDatasets,
          sizes,
          wide,
          notExact);
    }
  }
}
