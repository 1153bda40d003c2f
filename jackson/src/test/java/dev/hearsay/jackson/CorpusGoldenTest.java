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
    update("golden/corpus.json", written);

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
    update("golden-lines/corpus.jsonl", written);

    assertThat(written).isEqualTo(Json.resource("golden-lines/corpus.jsonl"));
    Corpus read =
        CorpusFiles.readLines(
            Json.STRICT,
            new ByteArrayInputStream(
                Json.resource("golden-lines/corpus.jsonl").getBytes(StandardCharsets.UTF_8)),
            "corpus.jsonl",
            Optional.of(
                new ByteArrayInputStream(
                    Json.resource("golden/links.json").getBytes(StandardCharsets.UTF_8))));
    assertThat(read.datasets()).isEqualTo(corpus.datasets());
    assertThat(read.links()).isEqualTo(corpus.links());
    for (String line : written.split("\n")) {
      assertThat(Json.schemaErrors(line, "DatasetLine")).isEmpty();
    }
  }

  /** The examples of a corpus in docs/json-format.md read as they say. */
  @Test
  void theDocsExamplesRead() throws IOException {
    String page =
        Files.readString(Path.of("..", "docs", "json-format.md"), StandardCharsets.UTF_8)
            .replace("\r\n", "\n");
    int section = page.indexOf("\n## Corpora: ");
    String jsonLines = between(page, "```jsonl\n", "```", section);
    String links = between(page, "```json\n", "```", section);

    Corpus read =
        CorpusFiles.readLines(
            Json.STRICT,
            new ByteArrayInputStream(jsonLines.getBytes(StandardCharsets.UTF_8)),
            "corpus.jsonl",
            Optional.empty());
    assertThat(read.datasets()).hasSize(2);
    assertThat(Json.STRICT.readValue(links, dev.hearsay.core.corpus.Links.class))
        .isEqualTo(CorpusSamples.LINKS);
  }

  private static String between(String text, String open, String close, int from) {
    int start = text.indexOf(open, from) + open.length();
    return text.substring(start, text.indexOf(close, start));
  }

  private static void update(String name, String written) throws IOException {
    if (Boolean.getBoolean("hearsay.golden.update")) {
      Files.writeString(Path.of("src/test/resources", name), written, StandardCharsets.UTF_8);
    }
  }
}
