package dev.hearsay.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.corpus.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HearsaySparkJobTest {
  @TempDir Path directory;

  @Test
  void writesTheErrorsTheTablesAndTheAnswersAskedFor() throws IOException {
    Corpus worked = SparkTests.workedCorpus();
    Path shards = directory.resolve("corpus");
    SparkTests.shards(shards, worked.datasets(), 2);
    Path links = SparkTests.linksFile(directory, worked.links());
    Path none = directory.resolve("no-links.json");
    Files.writeString(none, "{\"schemaVersion\": \"1.1\"}");
    Path output = directory.resolve("out");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    HearsaySparkJob.run(
        SparkTests.spark(),
        new String[] {
          "--input",
          shards.toString(),
          "--links",
          links + "," + none,
          "--output",
          output.toString(),
          "--tables",
          "hops",
          "--answers",
          "clusters"
        },
        new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith(
            "read 8 lines in 2 files: 8 datasets, 0 lines in errors; "
                + worked.links().claims().size()
                + " claim links and "
                + worked.links().identities().size()
                + " identity statements kept")
        .contains("table hops: " + output + "/hops")
        .contains("answer clusters: " + output + "/clusters");
    assertThat(output.resolve("errors")).isDirectory();
    assertThat(output.resolve("hops")).isDirectory();
    assertThat(output.resolve("clusters")).isDirectory();
    assertThat(Files.exists(output.resolve("evidence"))).isFalse();
  }

  @Test
  void refusesAnUnknownNameWithTheNamesThereAre() {
    assertThatThrownBy(
            () ->
                HearsaySparkJob.run(
                    SparkTests.spark(),
                    new String[] {"--input", "x", "--output", "y", "--tables", "claimz"},
                    System.out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no 'claimz'")
        .hasMessageContaining("claim_links");
  }
}
