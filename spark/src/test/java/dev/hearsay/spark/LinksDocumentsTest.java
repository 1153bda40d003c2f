package dev.hearsay.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.corpus.ClaimCluster;
import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusIndex;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.RelationKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked corpus with its links split over two links documents, a document that is not JSON
 * between them and one that declares schema 1.0 after them, and a link of the second document
 * whose two ends name nothing.
 */
class LinksDocumentsTest {
  @TempDir static Path directory;
  private static Corpus worked;
  private static CorpusLines read;
  private static Path missing;

  @BeforeAll
  static void read() throws IOException {
    worked = SparkTests.workedCorpus();
    Path shards = directory.resolve("corpus");
    SparkTests.shards(shards, worked.datasets(), 2);
    Links all = worked.links();
    int identities = all.identities().size() / 2;
    int claims = all.claims().size() / 2;
    int events = all.events().size() / 2;
    Links first =
        new Links.Builder()
            .addAllIdentities(all.identities().subList(0, identities))
            .addAllClaims(all.claims().subList(0, claims))
            .addAllEvents(all.events().subList(0, events))
            .build();
    List<ClaimLink> laterClaims =
        new ArrayList<>(all.claims().subList(claims, all.claims().size()));
    laterClaims.add(
        1,
        ClaimLink.of(
            ClaimRef.of("nowhere", "c-anything"),
            RelationKind.SUPPORTS,
            ClaimRef.of("kyiv", "no-such-claim")));
    Links second =
        new Links.Builder()
            .addAllIdentities(all.identities().subList(identities, all.identities().size()))
            .addAllClaims(laterClaims)
            .addAllEvents(all.events().subList(events, all.events().size()))
            .build();
    Path links = Files.createDirectories(directory.resolve("links"));
    Files.write(links.resolve("links-0.json"), Json.mapper().writeValueAsBytes(first));
    Files.writeString(links.resolve("links-1.json"), "not JSON at all", StandardCharsets.UTF_8);
    Files.write(links.resolve("links-2.json"), Json.mapper().writeValueAsBytes(second));
    String old =
        Json.mapper()
            .writeValueAsString(all)
            .replaceFirst("\"schemaVersion\" *: *\"1\\.1\"", "\"schemaVersion\":\"1.0\"");
    assertThat(old).contains("\"1.0\"");
    Files.writeString(links.resolve("links-3.json"), old, StandardCharsets.UTF_8);
    missing = directory.resolve("no-links-*.json");
    read =
        CorpusLines.read(
            SparkTests.spark(),
            List.of(shards.toString()),
            List.of(links.toString(), missing.toString()));
  }

  @AfterAll
  static void release() {
    SparkTests.releaseKeptTables();
  }

  @Test
  void theLinksAreTheUnionOfTheGoodDocumentsInTheirOrder() {
    assertThat(read.linksFiles()).hasSize(4);
    assertThat(read.linksFiles().get(2)).endsWith("links-2.json");
    assertThat(read.links()).isEqualTo(worked.links());
  }

  @Test
  void theAnswersAreThoseOfTheLinksInOneDocument() {
    CorpusIndex index = CorpusIndex.of(worked);
    CorpusAnswers answers = CorpusAnswers.of(read);
    Map<String, String> clusters = new HashMap<>();
    for (Row r : answers.clusters().collectAsList()) {
      clusters.put(
          r.getAs("dataset") + "/" + r.getAs("claim"),
          r.getAs("clusterDataset") + "/" + r.getAs("clusterClaim"));
    }
    Map<String, String> expectedClusters = new HashMap<>();
    for (ClaimCluster cluster : index.clusters()) {
      cluster.claims().forEach(c -> expectedClusters.put(c.toString(), cluster.first().toString()));
    }

    assertThat(clusters).isEqualTo(expectedClusters);
    assertThat(Differences.actual(answers.evidence().collectAsList()))
        .isEqualTo(Differences.expected(index));
    assertThat(answers.identities().filter("unresolved").count())
        .isEqualTo(worked.identities().unresolved().size());
  }

  @Test
  void theTablesIndexTheStatementsAcrossTheDocuments() {
    CorpusTables tables = CorpusTables.of(read);
    List<String> statements =
        tables.identityStatements().orderBy("index").collectAsList().stream()
            .map(
                r ->
                    r.getAs("index")
                        + " "
                        + r.getAs("firstDataset")
                        + "/"
                        + r.getAs("firstKind")
                        + "/"
                        + r.getAs("firstId")
                        + " "
                        + r.getAs("identity")
                        + " "
                        + r.getAs("secondDataset")
                        + "/"
                        + r.getAs("secondKind")
                        + "/"
                        + r.getAs("secondId"))
            .toList();
    List<String> expected = new ArrayList<>();
    List<IdentityStatement> all = worked.links().identities();
    for (int i = 0; i < all.size(); i++) {
      IdentityStatement s = all.get(i);
      expected.add(i + " " + s.first() + " " + CorpusTables.word(s.identity()) + " " + s.second());
    }

    assertThat(statements).isEqualTo(expected);
    assertThat(tables.claimLinks().filter("not within").count())
        .isEqualTo(worked.links().claims().size());
  }

  @Test
  void aDocumentThatDoesNotReadIsErrorRowsOfItsFileAlone() {
    assertThat(text("links-1.json")).containsExactly("document null");
    assertThat(text("links-3.json")).containsExactly("schemaVersion NOT_IN_VERSION");
    assertThat(text("links-0.json")).isEmpty();
    assertThat(errorsOf(missing.toString()))
        .singleElement()
        .satisfies(r -> assertThat(r.toString()).contains("no file matches"));
  }

  @Test
  void aLinkThatNamesNothingIsOneErrorRowOfItsDocumentAtItsOwnPosition() {
    List<Row> errors = errorsOf("links-2.json");

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).<Integer>getAs("line")).isNull();
    assertThat(errors.get(0).<Row>getList(errors.get(0).fieldIndex("violations")))
        .extracting(v -> v.getAs("path") + " " + v.getAs("code") + " " + v.getAs("message"))
        .containsExactly(
            "claims[1].from.dataset UNKNOWN_REFERENCE no valid line holds a dataset 'nowhere'",
            "claims[1].to.claim UNKNOWN_REFERENCE the dataset 'kyiv' has no claim"
                + " 'no-such-claim'");
  }

  private static List<Row> errorsOf(String file) {
    return read.errors().filter(read.errors().col("file").endsWith(file)).collectAsList();
  }

  /** The path and code of each violation of each error row of a file. */
  private static List<String> text(String file) {
    List<String> text = new ArrayList<>();
    for (Row error : errorsOf(file)) {
      for (Row v : error.<Row>getList(error.fieldIndex("violations"))) {
        text.add(v.getAs("path") + " " + v.getAs("code"));
      }
    }
    return text;
  }
}
