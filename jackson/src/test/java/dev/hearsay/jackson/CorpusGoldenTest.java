package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.corpus.Corpus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Golden files pin a corpus's own forms: a manifest with the datasets and links inline, and the
 * same datasets as JSON Lines. (The links document has its golden file in {@link GoldenTest}.)
 * Run with {@code -Dhearsay.golden.update=true} to rewrite them after a deliberate change.
 */
class CorpusGoldenTest {
  @Test
  void theInlineManifest() throws IOException {
    Corpus corpus = CorpusSamples.corpus();
    String written = Json.pretty(corpus);
    update("corpus.json", written);

    assertThat(written).isEqualTo(Json.resource("golden/corpus.json"));
    Corpus read = Json.STRICT.readValue(Json.resource("golden/corpus.json"), Corpus.class);
    assertThat(read.datasets()).isEqualTo(corpus.datasets());
    assertThat(read.links()).isEqualTo(corpus.links());
    assertThat(Json.schemaErrors(written, "Corpus")).isEmpty();
  }

  @Test
  void theJsonLines() throws IOException {
    Corpus corpus = CorpusSamples.corpus();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatasetLinesWriter lines = DatasetLinesWriter.open(Json.MAPPER, out)) {
      corpus.datasets().forEach(lines::write);
    }
    String written = out.toString(StandardCharsets.UTF_8);
    update("corpus.jsonl", written);

    assertThat(written).isEqualTo(Json.resource("golden/corpus.jsonl"));
    Corpus read = CorpusFiles.readLines(Json.STRICT,
        new ByteArrayInputStream(Json.resource("golden/corpus.jsonl")
            .getBytes(StandardCharsets.UTF_8)),
        "corpus.jsonl", Optional.of(new ByteArrayInputStream(
            Json.resource("golden/links.json").getBytes(StandardCharsets.UTF_8))));
    assertThat(read.datasets()).isEqualTo(corpus.datasets());
    assertThat(read.links()).isEqualTo(corpus.links());
    for (String line : written.split("\n")) {
      assertThat(Json.schemaErrors(line, "DatasetLine")).isEmpty();
    }
  }

  private static void update(String name, String written) throws IOException {
    if (Boolean.getBoolean("hearsay.golden.update")) {
      Files.writeString(Path.of("src/test/resources/golden", name), written,
          StandardCharsets.UTF_8);
    }
  }
}
