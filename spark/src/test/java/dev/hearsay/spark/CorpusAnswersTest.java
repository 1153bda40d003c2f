package dev.hearsay.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.corpus.ClaimCluster;
import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusIndex;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.Identities;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked corpus of eight reports: Spark's answers against the single-JVM corpus's. */
class CorpusAnswersTest {
  @TempDir static Path directory;
  private static Corpus worked;
  private static CorpusIndex index;
  private static CorpusAnswers answers;

  @BeforeAll
  static void answer() {
    worked = SparkTests.workedCorpus();
    index = CorpusIndex.of(worked);
    Path shards = directory.resolve("corpus");
    SparkTests.shards(shards, worked.datasets(), 3);
    Path links = SparkTests.linksFile(directory, worked.links());
    answers =
        CorpusAnswers.of(
            CorpusLines.read(
                SparkTests.spark(), List.of(shards.toString()), Optional.of(links.toString())));
  }

  @Test
  void identityGroupsAndUnresolvedActorsAreTheCorpusOwn() {
    Identities identities = worked.identities();
    Map<String, String> expected = new HashMap<>();
    Map<String, String> actual = new HashMap<>();
    for (Row r : answers.identities().collectAsList()) {
      EntityRef entity = entity(r.getAs("dataset"), r.getAs("kind"), r.getAs("id"));
      actual.put(
          entity.toString(),
          entity(r.getAs("groupDataset"), r.getAs("groupKind"), r.getAs("groupId"))
              + (r.<Boolean>getAs("unresolved") ? " unresolved" : ""));
      expected.put(
          entity.toString(),
          identities.representative(entity)
              + (identities.isUnresolved(entity) ? " unresolved" : ""));
    }

    assertThat(actual).hasSize(expected.size()).isEqualTo(expected);
    assertThat(identities.merged()).isNotEmpty();
    assertThat(identities.unresolved()).isNotEmpty();
  }

  @Test
  void claimClustersAreTheCorpusOwn() {
    Map<String, String> actual = new HashMap<>();
    for (Row r : answers.clusters().collectAsList()) {
      actual.put(
          r.getAs("dataset") + "/" + r.getAs("claim"),
          r.getAs("clusterDataset") + "/" + r.getAs("clusterClaim"));
    }
    Map<String, String> expected = new HashMap<>();
    for (ClaimCluster cluster : index.clusters()) {
      for (ClaimRef claim : cluster.claims()) {
        expected.put(claim.toString(), cluster.first().toString());
      }
    }

    assertThat(actual).isEqualTo(expected);
    assertThat(index.clusters()).anyMatch(c -> c.datasets().size() > 1);
  }

  @Test
  void theEvidenceOnEveryClusterIsTheCorpusOwn() {
    Map<String, String> expected = Differences.expected(index);

    assertThat(Differences.actual(answers.evidence().collectAsList())).isEqualTo(expected);
    assertThat(expected.values())
        .anyMatch(line -> line.contains("widening [pravda/actor/american-officials possibly_same"));
  }

  private static EntityRef entity(String dataset, String kind, String id) {
    return switch (kind) {
      case "actor" -> EntityRef.actor(dataset, id);
      case "source" -> EntityRef.source(dataset, id);
      default -> EntityRef.place(dataset, id);
    };
  }
}
