package dev.hearsay.benchmarks.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.corpus.Identity;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.jackson.DatasetLinesWriter;
import dev.hearsay.jackson.HearsayMappers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class CorpusShardsTest {
  private static final JsonMapper MAPPER = HearsayMappers.recommended().build();

  @TempDir Path directory;

  @Test
  void writesTheLinesAndTheLinksOfTheWorkloadHeldWhole() throws IOException {
    // 60 datasets: groups of the first ones are forgotten long before the last is written.
    CorpusWorkload workload = CorpusWorkload.of(6_000, 7L);
    Path shards = directory.resolve("shards");
    Path links = directory.resolve("links.json");

    CorpusShards.write(workload, MAPPER, shards, 7, links);

    List<Path> files;
    try (Stream<Path> listed = Files.list(shards)) {
      files = listed.sorted().toList();
    }
    assertThat(files).hasSize(9);
    assertThat(files.get(0)).hasFileName("part-00000.jsonl.gz");
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    for (Path file : files) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        in.transferTo(written);
      }
    }
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    try (DatasetLinesWriter lines = DatasetLinesWriter.open(MAPPER, expected)) {
      for (Map.Entry<DatasetId, Dataset> entry : workload.datasets().entrySet()) {
        lines.write(entry.getKey(), entry.getValue());
      }
    }
    assertThat(written.toString()).isEqualTo(expected.toString());
    Links held = workload.links();
    assertThat(Files.readString(links)).isEqualTo(MAPPER.writeValueAsString(held));
    assertThat(held.identities())
        .extracting(IdentityStatement::identity)
        .contains(Identity.SAME, Identity.POSSIBLY_SAME, Identity.DISTINCT);
    assertThat(held.identities())
        .filteredOn(s -> s.identity() == Identity.POSSIBLY_SAME)
        .anyMatch(s -> s.second().dataset().equals(CorpusWorkload.datasetId(59)));
    assertThat(held.claims()).isNotEmpty();
    assertThat(directory).isDirectoryNotContaining("glob:**.part");
  }

  @Test
  void theLinksDocumentsOfTheShardsReadInOrderAreTheOneDocumentsLinks() throws IOException {
    CorpusWorkload workload = CorpusWorkload.of(6_000, 7L);
    Path links = directory.resolve("links");

    CorpusShards.writeWithLinksPerShard(workload, MAPPER, directory.resolve("shards"), 7, links);

    List<Path> documents;
    try (Stream<Path> listed = Files.list(links)) {
      documents = listed.sorted().toList();
    }
    assertThat(documents).hasSize(9);
    assertThat(documents.get(0)).hasFileName("links-00000.json");
    assertThat(documents.get(8)).hasFileName("links-00008.json");
    Links.Builder joined = new Links.Builder();
    List<Integer> claimLinksPerDocument = new ArrayList<>();
    for (Path document : documents) {
      Links read = MAPPER.readValue(document.toFile(), Links.class);
      joined.addAllIdentities(read.identities()).addAllClaims(read.claims());
      claimLinksPerDocument.add(read.claims().size());
    }
    assertThat(joined.build()).isEqualTo(workload.links());
    assertThat(claimLinksPerDocument.subList(1, 9)).allMatch(n -> n > 0);
    assertThat(links).isDirectoryNotContaining("glob:**.part");
  }

  @Test
  void writesADocumentWithoutClaimLinksWhenThereIsOneReport() throws IOException {
    CorpusWorkload workload = CorpusWorkload.of(100);
    Path links = directory.resolve("links.json");

    CorpusShards.write(workload, MAPPER, directory.resolve("shards"), 1_000, links);

    assertThat(Files.readString(links)).isEqualTo(MAPPER.writeValueAsString(workload.links()));
  }

  @Test
  void refusesShardsOfNoReport() {
    assertThatThrownBy(
            () ->
                CorpusShards.write(
                    CorpusWorkload.of(100),
                    MAPPER,
                    directory.resolve("shards"),
                    0,
                    directory.resolve("links.json")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one report a shard, not 0");
  }

  @Test
  void refusesADatasetBeyondTheLast() {
    CorpusWorkload workload = CorpusWorkload.of(100);
    LinkFinder finder = LinkFinder.of(workload, s -> {}, l -> {});
    finder.add(workload.dataset(0));

    assertThatThrownBy(() -> finder.add(workload.dataset(0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("all 1 datasets were given already");
  }
}
