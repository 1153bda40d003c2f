package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.Identity;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.ViolationCode;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * A link that names a dataset whose file or line could not be read is not reported, since it
 * would be found again once the dataset reads; a link that names a dataset never given, or only
 * datasets that were read, is.
 */
class UnreadDatasetsTest {
  private static final JsonMapper MAPPER = BadInputCatalogueTest.RECOMMENDED;

  @TempDir Path dir;

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The datasets of the sample corpus in files of their own, under their ids. */
  private Map<DatasetId, Path> datasetFiles() {
    Map<DatasetId, Path> files = new LinkedHashMap<>();
    CorpusSamples.corpus()
        .datasets()
        .forEach(
            (id, dataset) -> {
              Path file = dir.resolve(id + ".json");
              write(file, Json.MAPPER.writeValueAsString(dataset));
              files.put(id, file);
            });
    return files;
  }

  @Test
  void aDatasetFileThatHoldsNothingIsItsOneProblemAndTheLinksToItAreNotReported() {
    Map<DatasetId, Path> files = datasetFiles();
    write(files.get(DatasetId.of("ooda")), "");
    write(dir.resolve("l.json"), Json.MAPPER.writeValueAsString(CorpusSamples.corpus().links()));

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () -> CorpusFiles.read(MAPPER, files, Optional.of(dir.resolve("l.json"))));

    assertThat(e.problems())
        .singleElement()
        .extracting(CorpusProblem::document)
        .isEqualTo(files.get(DatasetId.of("ooda")).toString());
  }

  @Test
  void linksToADatasetOfALineThatCannotBeReadAreNotReported() {
    Corpus corpus = CorpusSamples.corpus();
    String kyiv =
        "{\"id\": \"kyiv\", \"dataset\": "
            + Json.MAPPER.writeValueAsString(corpus.datasets().get(DatasetId.of("kyiv")))
            + "}";
    String lines = kyiv + "\n{\"id\": \"ooda\" \"dataset\": {}}\n";

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () ->
                CorpusFiles.readLines(
                    MAPPER,
                    new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                    "c.jsonl",
                    Optional.of(
                        new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(corpus.links())))));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.document()).isEqualTo("c.jsonl");
              assertThat(p.problem().line()).isEqualTo(2);
            });
  }

  /** The sample links and one more statement, naming an actor that may not exist. */
  private static byte[] linksAnd(IdentityStatement extra) {
    return Json.MAPPER.writeValueAsBytes(
        new Links.Builder()
            .addAllIdentities(CorpusSamples.LINKS.identities())
            .addIdentities(extra)
            .addAllClaims(CorpusSamples.LINKS.claims())
            .addAllEvents(CorpusSamples.LINKS.events())
            .build());
  }

  @Test
  void linksToADatasetNotListedAreReportedBesideThoseToAFileThatCannotBeRead() {
    Map<DatasetId, Path> files = datasetFiles();
    write(files.get(DatasetId.of("ooda")), "");
    Path links = dir.resolve("l.json");
    try {
      Files.write(
          links,
          linksAnd(
              IdentityStatement.of(
                  Identity.SAME, EntityRef.actor("kyiv", "nyt"), EntityRef.actor("ghost", "nyt"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () -> CorpusFiles.read(MAPPER, files, Optional.of(links)));

    assertThat(e.problems())
        .extracting(CorpusProblem::document)
        .containsExactly(files.get(DatasetId.of("ooda")).toString(), links.toString());
    assertThat(e.problems().get(1).problem().code()).contains(ViolationCode.UNKNOWN_REFERENCE);
    assertThat(e.problems().get(1).problem().message()).contains("'ghost'");
  }

  @Test
  void linksBetweenDatasetsThatWereReadAreReportedBesideALineThatCannotBeRead() {
    StringBuilder lines = new StringBuilder();
    CorpusSamples.corpus()
        .datasets()
        .forEach(
            (id, d) ->
                lines
                    .append("{\"id\": \"")
                    .append(id)
                    .append("\", \"dataset\": ")
                    .append(Json.MAPPER.writeValueAsString(d))
                    .append("}\n"));
    lines.append("{\"id\": \"third\" \"dataset\": {}}\n");
    byte[] links =
        linksAnd(
            IdentityStatement.of(
                Identity.SAME, EntityRef.actor("kyiv", "nyt"), EntityRef.actor("ooda", "nobody")));

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () ->
                CorpusFiles.readLines(
                    MAPPER,
                    new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)),
                    "c.jsonl",
                    Optional.of(new ByteArrayInputStream(links))));

    assertThat(e.problems())
        .extracting(CorpusProblem::document, p -> p.problem().line())
        .first()
        .isEqualTo(tuple("c.jsonl", 3));
    assertThat(e.problems()).hasSize(2);
    assertThat(e.problems().get(1).document()).isEqualTo("links");
    assertThat(e.problems().get(1).problem().message()).contains("'nobody'");
  }
}
