package dev.hearsay.spark;

import dev.hearsay.core.corpus.ClaimCluster;
import dev.hearsay.core.corpus.CorpusEvidence;
import dev.hearsay.core.corpus.CorpusIndex;
import dev.hearsay.core.corpus.CorpusParty;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.PartyCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Spark's answers beside the single-JVM corpus's, cluster by cluster, as lines of text, so that a
 * difference names its cluster and what differs.
 */
final class Differences {
  private Differences() {}

  /** The evidence of every cluster, as core answers it on the whole corpus. */
  static Map<String, String> expected(CorpusIndex index) {
    Map<String, String> lines = new HashMap<>();
    for (ClaimCluster cluster : index.clusters()) {
      CorpusEvidence e = index.evidence(cluster);
      lines.put(
          cluster.first().toString(),
          line(
              cluster.claims().size(),
              cluster.datasets().size(),
              text(e.partiesFor()),
              text(e.partiesAgainst()),
              text(e.partiesNeither()),
              text(e.allParties()),
              e.channels().size(),
              e.parties().stream().map(CorpusParty::name).toList(),
              e.allParties().widening().stream()
                  .map(s -> s.first() + " " + CorpusTables.word(s.identity()) + " " + s.second())
                  .toList(),
              e.unresolved().stream().map(EntityRef::toString).toList(),
              e.relayedOnly().stream().map(DatasetId::toString).toList()));
    }
    return lines;
  }

  /** The evidence of every cluster, as Spark answers it. */
  static Map<String, String> actual(List<Row> evidence) {
    Map<String, String> lines = new HashMap<>();
    for (Row r : evidence) {
      String problem = r.getAs("problem");
      lines.put(
          r.getAs("clusterDataset") + "/" + r.getAs("clusterClaim"),
          problem != null
              ? "problem: " + problem
              : line(
                  r.<Integer>getAs("claims"),
                  r.<Integer>getAs("datasets"),
                  text(r.<Row>getAs("partiesFor")),
                  text(r.<Row>getAs("partiesAgainst")),
                  text(r.<Row>getAs("partiesNeither")),
                  text(r.<Row>getAs("allParties")),
                  r.<Integer>getAs("channels"),
                  r.getList(r.fieldIndex("parties")),
                  r.getList(r.fieldIndex("widening")),
                  r.getList(r.fieldIndex("unresolved")),
                  r.getList(r.fieldIndex("relayedOnly"))));
    }
    return lines;
  }

  private static String text(PartyCount c) {
    return c.min() + ".." + c.max() + (c.exact() ? "" : "~") + "/" + c.reached();
  }

  private static String text(Row c) {
    return c.<Integer>getAs("min")
        + ".."
        + c.<Integer>getAs("max")
        + (c.<Boolean>getAs("exact") ? "" : "~")
        + "/"
        + c.<Integer>getAs("reached");
  }

  private static String line(
      int claims,
      int datasets,
      String partiesFor,
      String against,
      String neither,
      String all,
      int channels,
      List<?> parties,
      List<?> widening,
      List<?> unresolved,
      List<?> relayedOnly) {
    return "claims "
        + claims
        + ", datasets "
        + datasets
        + "; for "
        + partiesFor
        + ", against "
        + against
        + ", neither "
        + neither
        + ", all "
        + all
        + "; channels "
        + channels
        + "; parties "
        + new ArrayList<>(parties)
        + "; widening "
        + new ArrayList<>(widening)
        + "; unresolved "
        + new ArrayList<>(unresolved)
        + "; only relayed "
        + new ArrayList<>(relayedOnly);
  }
}
