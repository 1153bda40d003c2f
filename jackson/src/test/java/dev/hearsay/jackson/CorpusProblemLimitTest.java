package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.Identity;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.cfg.ContextAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * A corpus's problems share the mapper's limit whichever document they come from (the manifest, a
 * line, a dataset's file, the corpus's rules): the first are kept, and every one is counted.
 */
class CorpusProblemLimitTest {
  private static final JsonMapper TWO =
      BadInputCatalogueTest.RECOMMENDED
          .rebuild()
          .defaultAttributes(
              ContextAttributes.getEmpty().withSharedAttribute(HearsayModule.MAX_PROBLEMS, 2))
          .build();

  /** A dataset whose three actors each have a kind that is none. */
  private static final String THREE_BAD_ACTORS =
      "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t\"}, \"actors\": ["
          + "{\"id\": \"a\", \"name\": \"A\", \"kind\": \"crowd\"},"
          + " {\"id\": \"b\", \"name\": \"B\", \"kind\": \"crowd\"},"
          + " {\"id\": \"c\", \"name\": \"C\", \"kind\": \"crowd\"}]}";

  @TempDir Path dir;

  private Path write(String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertTwoKeptOfThree(InvalidCorpusException e) {
    assertThat(e.problems()).hasSize(2);
    assertThat(e.total()).isEqualTo(3);
    assertThat(e.omitted()).isEqualTo(1);
  }

  @Test
  void theManifestsOwnProblems() {
    Path manifest =
        write(
            "corpus.json",
            "{\"schemaVersion\": \"1.1\", \"datasets\": [{\"file\": \"a.json\"},"
                + " {\"file\": \"b.json\"}, {\"file\": \"c.json\"}]}");

    assertTwoKeptOfThree(
        catchThrowableOfType(InvalidCorpusException.class, () -> CorpusFiles.read(TWO, manifest)));
  }

  @Test
  void theProblemsOfALine() {
    String line = "{\"id\": \"a\", \"dataset\": " + THREE_BAD_ACTORS + "}\n";

    assertTwoKeptOfThree(
        catchThrowableOfType(
            InvalidCorpusException.class,
            () ->
                CorpusFiles.readLines(
                    TWO,
                    new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
                    "c.jsonl",
                    Optional.empty())));
  }

  @Test
  void theProblemsOfADatasetsFile() {
    Path file = write("a.json", THREE_BAD_ACTORS);

    assertTwoKeptOfThree(
        catchThrowableOfType(
            InvalidCorpusException.class,
            () -> CorpusFiles.read(TWO, Map.of(DatasetId.of("a"), file), Optional.empty())));
  }

  @Test
  void theViolationsOfTheCorpusRules() {
    Map<DatasetId, Path> files = new LinkedHashMap<>();
    CorpusSamples.corpus()
        .datasets()
        .forEach((id, d) -> files.put(id, write(id + ".json", Json.MAPPER.writeValueAsString(d))));
    Links.Builder ghosts = new Links.Builder();
    for (String ghost : new String[] {"ghost-1", "ghost-2", "ghost-3"}) {
      ghosts.addIdentities(
          IdentityStatement.of(
              Identity.SAME, EntityRef.actor("kyiv", "nyt"), EntityRef.actor(ghost, "nyt")));
    }
    Path links = write("links.json", Json.MAPPER.writeValueAsString(ghosts.build()));

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class, () -> CorpusFiles.read(TWO, files, Optional.of(links)));

    assertTwoKeptOfThree(e);
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.document()).isEqualTo(links.toString()));
  }

  @Test
  void theProblemsOfADatasetInlineInAManifest() {
    String manifest =
        "{\"schemaVersion\": \"1.1\", \"datasets\": [{\"id\": \"a\", \"dataset\": "
            + THREE_BAD_ACTORS
            + "}]}";

    assertTwoKeptOfThree(
        catchThrowableOfType(
            InvalidCorpusException.class,
            () -> TWO.readValue(manifest, dev.hearsay.core.corpus.Corpus.class)));
  }

  @Test
  void theProblemsOfSeveralDocumentsShareOneLimit() {
    Map<DatasetId, Path> files = new LinkedHashMap<>();
    files.put(DatasetId.of("a"), write("a.json", THREE_BAD_ACTORS));
    files.put(DatasetId.of("b"), write("b.json", THREE_BAD_ACTORS));

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class, () -> CorpusFiles.read(TWO, files, Optional.empty()));

    assertThat(e.problems())
        .extracting(CorpusProblem::document)
        .containsExactly(
            files.get(DatasetId.of("a")).toString(), files.get(DatasetId.of("a")).toString());
    assertThat(e.total()).isEqualTo(6);
  }
}
