package dev.hearsay.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.RelationKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLinesTest {
  @TempDir static Path directory;
  private static CorpusLines read;
  private static Path bad;

  /**
   * The worked corpus in two shards (one gzipped), a third shard with four bad lines among a
   * blank one, and the worked links with one link to a claim no report holds.
   */
  @BeforeAll
  static void read() throws IOException {
    Corpus worked = SparkTests.workedCorpus();
    Path shards = directory.resolve("corpus");
    SparkTests.shards(shards, worked.datasets(), 2);
    String kyiv =
        Files.readAllLines(shards.resolve("part-0000.jsonl"), StandardCharsets.UTF_8).get(1);
    bad = shards.resolve("part-0002.jsonl");
    Files.write(
        bad,
        List.of(
            "{\"id\": \"broken\", \"dataset\": {\"schemaVersion\": ",
            "",
            kyiv.replaceFirst("\"schemaVersion\" *: *\"1\\.1\"", "\"schemaVersion\": \"1.9\""),
            kyiv,
            "not JSON at all"),
        StandardCharsets.UTF_8);
    Links links =
        new Links.Builder()
            .schemaVersion(worked.links().schemaVersion())
            .addAllIdentities(worked.links().identities())
            .addAllClaims(worked.links().claims())
            .addAllEvents(worked.links().events())
            .addClaims(
                ClaimLink.of(
                    ClaimRef.of("kursk", "c-set-to-join"),
                    RelationKind.SUPPORTS,
                    ClaimRef.of("kyiv", "no-such-claim")))
            .build();
    Path linksFile = SparkTests.linksFile(directory, links);
    read =
        CorpusLines.read(
            SparkTests.spark(), List.of(shards.toString()), Optional.of(linksFile.toString()));
  }

  @Test
  void everyLineReadEndsAsADatasetOrAnError() {
    long lineErrors =
        read.errors().filter(read.errors().col("file").isin(fileNames().toArray())).count();

    assertThat(read.datasets().count()).isEqualTo(8);
    assertThat(lineErrors).isEqualTo(4);
    assertThat(read.linesRead()).isEqualTo(12).isEqualTo(read.datasets().count() + lineErrors);
  }

  @Test
  void badLinesAreErrorRowsWithTheirFileLineAndViolations() {
    Map<Integer, Row> byLine =
        read
            .errors()
            .filter(read.errors().col("file").endsWith("part-0002.jsonl"))
            .collectAsList()
            .stream()
            .collect(Collectors.toMap(r -> r.<Integer>getAs("line"), r -> r));

    assertThat(byLine).containsOnlyKeys(1, 3, 4, 5);
    assertThat(messages(byLine.get(1))).isNotEmpty();
    assertThat(text(byLine.get(3))).contains("schemaVersion").contains("1.9");
    assertThat(byLine.get(4).<String>getAs("id")).isEqualTo("kyiv");
    assertThat(text(byLine.get(4))).contains("DUPLICATE_ID").contains("already used by line 2");
    assertThat(messages(byLine.get(5))).isNotEmpty();
  }

  @Test
  void aDanglingLinkIsAnErrorOfTheLinksAndIsLeftOut() {
    List<Row> linkErrors =
        read.errors().filter(read.errors().col("file").endsWith("links.json")).collectAsList();

    assertThat(linkErrors).hasSize(1);
    assertThat(text(linkErrors.get(0)))
        .contains("claims[" + SparkTests.workedCorpus().links().claims().size() + "].to.claim")
        .contains("UNKNOWN_REFERENCE")
        .contains("no-such-claim");
    assertThat(read.links()).isEqualTo(SparkTests.workedCorpus().links());
  }

  @Test
  void aLinksDocumentUnderTheInputIsReadAsLinksOnly() {
    Path linksFile = directory.resolve("links.json");
    assertThat(linksFile).exists();

    CorpusLines whole =
        CorpusLines.read(
            SparkTests.spark(), List.of(directory.toString()), List.of(linksFile.toString()));

    assertThat(whole.files()).hasSize(3).noneMatch(f -> f.endsWith("links.json"));
    assertThat(whole.linesRead()).isEqualTo(read.linesRead());
    assertThat(whole.links()).isEqualTo(read.links());
  }

  @Test
  void theDatasetsAreInTheCorpusOrderOfFilesAndLines() {
    List<String> ids =
        read.datasets().orderBy("fileIndex", "line").collectAsList().stream()
            .map(r -> r.<String>getAs("id"))
            .toList();

    assertThat(ids)
        .containsExactlyElementsOf(
            SparkTests.workedCorpus().datasets().keySet().stream().map(Object::toString).toList());
    assertThat(read.files()).hasSize(3);
    assertThat(read.files().get(1)).endsWith("part-0001.jsonl.gz");
  }

  private static List<String> fileNames() {
    return read.files();
  }

  private static List<String> messages(Row error) {
    return error.<Row>getList(error.fieldIndex("violations")).stream()
        .map(v -> v.<String>getAs("message"))
        .toList();
  }

  private static String text(Row error) {
    return error.<Row>getList(error.fieldIndex("violations")).stream()
        .map(v -> v.getAs("path") + " " + v.getAs("code") + " " + v.getAs("message"))
        .collect(Collectors.joining("\n"));
  }
}
