package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.Dataset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/**
 * Fuzzes the readers of a corpus's documents: a links document, a corpus manifest with its
 * datasets and links inline, and JSON Lines with links beside them. Only Jackson exceptions may
 * escape; no input may hang, overflow the stack or run out of memory. What reads must write back
 * to JSON that reads to an equal corpus.
 *
 * <p>With the normal tests each method replays its inputs under {@code CorpusFuzzTestInputs/<method>}
 * in the test resources; {@code docs/robustness.md} says how to fuzz for longer.
 */
class CorpusFuzzTest {
  /** Separates the JSON Lines from the links document in an input of {@link #lines}. */
  static final byte RECORD_SEPARATOR = 0x1E;

  @FuzzTest(maxDuration = "5m")
  void links(byte[] input) {
    Links links;
    try {
      links = Json.MAPPER.readValue(input, Links.class);
    } catch (JacksonException e) {
      return;
    }
    Links read = Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(links), Links.class);
    assertSameLinks(read, links);
  }

  @FuzzTest(maxDuration = "5m")
  void manifest(byte[] input) {
    Corpus corpus;
    try {
      corpus = Json.MAPPER.readValue(input, Corpus.class);
    } catch (JacksonException e) {
      return;
    }
    Corpus read = Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(corpus), Corpus.class);
    assertSameCorpus(read, corpus);
  }

  /** JSON Lines, then, after a record separator byte, a links document. */
  @FuzzTest(maxDuration = "5m")
  void lines(byte[] input) {
    int separator = indexOf(input, RECORD_SEPARATOR);
    byte[] lines = separator < 0 ? input : Arrays.copyOfRange(input, 0, separator);
    Optional<InputStream> links =
        separator < 0
            ? Optional.empty()
            : Optional.of(new ByteArrayInputStream(input, separator + 1, input.length));
    Corpus corpus;
    try {
      corpus =
          CorpusFiles.readLines(Json.MAPPER, new ByteArrayInputStream(lines), "fuzz.jsonl", links);
    } catch (JacksonException e) {
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatasetLinesWriter writer = DatasetLinesWriter.open(Json.MAPPER, out)) {
      corpus.datasets().forEach(writer::write);
    }
    byte[] linksOut = Json.MAPPER.writeValueAsBytes(corpus.links());
    Corpus read =
        CorpusFiles.readLines(
            Json.MAPPER,
            new ByteArrayInputStream(out.toByteArray()),
            "written.jsonl",
            Optional.of(new ByteArrayInputStream(linksOut)));
    assertSameCorpus(read, corpus);
  }

  private static int indexOf(byte[] input, byte b) {
    for (int i = 0; i < input.length; i++) {
      if (input[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** Equal but for the schema versions, which the writer always writes as its own. */
  static void assertSameCorpus(Corpus read, Corpus written) {
    assertThat(read.datasets().keySet()).containsExactlyElementsOf(written.datasets().keySet());
    Iterator<Map.Entry<DatasetId, Dataset>> each = written.datasets().entrySet().iterator();
    for (Dataset dataset : read.datasets().values()) {
      assertSameContent(dataset, each.next().getValue());
    }
    assertSameLinks(read.links(), written.links());
  }

  static void assertSameLinks(Links read, Links written) {
    assertThat(read.schemaVersion()).isEqualTo(Dataset.SCHEMA_VERSION);
    assertThat(read.identities()).isEqualTo(written.identities());
    assertThat(read.claims()).isEqualTo(written.claims());
    assertThat(read.events()).isEqualTo(written.events());
  }

  private static void assertSameContent(Dataset read, Dataset written) {
    assertThat(read.schemaVersion()).isEqualTo(Dataset.SCHEMA_VERSION);
    assertThat(read.metadata()).isEqualTo(written.metadata());
    assertThat(read.actors()).isEqualTo(written.actors());
    assertThat(read.places()).isEqualTo(written.places());
    assertThat(read.sources()).isEqualTo(written.sources());
    assertThat(read.claims()).isEqualTo(written.claims());
    assertThat(read.events()).isEqualTo(written.events());
    assertThat(read.relations()).isEqualTo(written.relations());
  }
}
