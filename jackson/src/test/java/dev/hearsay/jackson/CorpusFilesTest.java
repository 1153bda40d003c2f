package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.model.ViolationCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A corpus in files: written and read back equal, as a manifest with files, inline, as separate
 * files and as JSON Lines; refused whole, with every problem of every file, each naming its
 * file and its place.
 */
class CorpusFilesTest {
  private static final JsonMapper MAPPER = BadInputCatalogueTest.RECOMMENDED;

  @TempDir Path dir;

  @Test
  void aManifestWithFilesRoundTrips() throws IOException {
    Corpus corpus = CorpusSamples.corpus();

    CorpusFiles.write(MAPPER, corpus, dir.resolve("corpus.json"));
    Corpus read = CorpusFiles.read(MAPPER, dir.resolve("corpus.json"));

    assertThat(read.datasets()).isEqualTo(corpus.datasets());
    assertThat(read.links()).isEqualTo(corpus.links());
    assertThat(Json.PLAIN.readTree(dir.resolve("corpus.json").toFile()).toString())
        .isEqualTo(
            "{\"schemaVersion\":\"1.1\",\"datasets\":[{\"id\":\"kyiv\",\"file\":\"kyiv.json\"},"
                + "{\"id\":\"ooda\",\"file\":\"ooda.json\"}],\"links\":\"links.json\"}");
    assertThat(Json.schemaErrors(Files.readString(dir.resolve("corpus.json")), "Corpus")).isEmpty();
  }

  @Test
  void anInlineManifestRoundTrips() {
    Corpus corpus = CorpusSamples.corpus();

    CorpusFiles.writeInline(MAPPER, corpus, dir.resolve("corpus.json"));
    Corpus read = CorpusFiles.read(MAPPER, dir.resolve("corpus.json"));

    assertThat(read.datasets()).isEqualTo(corpus.datasets());
    assertThat(read.links()).isEqualTo(corpus.links());
  }

  @Test
  void jsonLinesRoundTrip() throws IOException {
    Corpus corpus = CorpusSamples.corpus();

    CorpusFiles.writeLines(MAPPER, corpus, dir.resolve("corpus.jsonl"), dir.resolve("links.json"));
    Corpus read =
        CorpusFiles.readLines(
            MAPPER, dir.resolve("corpus.jsonl"), Optional.of(dir.resolve("links.json")));

    assertThat(read.datasets()).isEqualTo(corpus.datasets());
    assertThat(read.links()).isEqualTo(corpus.links());
    List<String> lines = Files.readAllLines(dir.resolve("corpus.jsonl"));
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      assertThat(Json.schemaErrors(line, "DatasetLine")).isEmpty();
    }
  }

  @Test
  void filesUnderIdsWithLinks() {
    Corpus corpus = CorpusSamples.corpus();
    Map<DatasetId, Path> files = new LinkedHashMap<>();
    corpus
        .datasets()
        .forEach(
            (id, dataset) -> {
              Path file = dir.resolve(id + "-report.json");
              write(file, Json.MAPPER.writeValueAsString(dataset));
              files.put(id, file);
            });
    write(dir.resolve("l.json"), Json.MAPPER.writeValueAsString(corpus.links()));

    Corpus read = CorpusFiles.read(MAPPER, files, Optional.of(dir.resolve("l.json")));

    assertThat(read.datasets()).isEqualTo(corpus.datasets());
    assertThat(read.links()).isEqualTo(corpus.links());
  }

  @Test
  void everyProblemOfEveryFileAtOnceEachWithItsFileAndPlace() {
    CorpusFiles.write(MAPPER, CorpusSamples.corpus(), dir.resolve("corpus.json"));
    write(
        dir.resolve("corpus.json"),
        """
        {
          "schemaVersion": "1.1",
          "datasets": [
            {"id": "kyiv", "file": "kyiv.json"},
            {"id": "ooda", "file": "links.json"},
            {"id": "kyiv", "file": "kyiv.json"},
            {"id": "gone", "file": "gone.json"}
          ],
          "links": "links.json"
        }
        """);

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () -> CorpusFiles.read(MAPPER, dir.resolve("corpus.json")));

    List<String> problems = e.problems().stream().map(CorpusProblem::toString).toList();
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "links.json: Dataset: is not a dataset: it looks like a links document (it has"
                            + " 'identities'); name it as the corpus's links"));
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("gone.json: document: cannot be read: there is no such file"));
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "corpus.json:6:12: datasets[2].id:"
                            + " the dataset id 'kyiv' is already used by datasets[0]"));
    // the links name 'ooda', which did not read: found again once it does, not reported now
    assertThat(problems).noneSatisfy(p -> assertThat(p).contains("UNKNOWN_REFERENCE"));
  }

  @Test
  void linksThatNameAMissingDatasetAreRefusedWithFileAndPlace() {
    CorpusFiles.write(MAPPER, CorpusSamples.corpus(), dir.resolve("corpus.json"));
    write(
        dir.resolve("corpus.json"),
        """
        {"schemaVersion": "1.1", "datasets": [{"id": "kyiv", "file": "kyiv.json"}],
         "links": "links.json"}
        """);

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () -> CorpusFiles.read(MAPPER, dir.resolve("corpus.json")));

    assertThat(e.problems())
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.document()).isEqualTo("links.json");
              assertThat(p.problem().code()).contains(ViolationCode.UNKNOWN_REFERENCE);
              assertThat(p.problem().line()).isPositive();
              assertThat(p.problem().message()).contains("'ooda'");
            });
    assertThat(e.problems().get(0).problem().where()).startsWith("identities[0].");
  }

  @Test
  void aDatasetWithProblemsIsReportedInItsFile() {
    CorpusFiles.write(MAPPER, CorpusSamples.corpus(), dir.resolve("corpus.json"));
    write(
        dir.resolve("ooda.json"),
        "{\"schemaVersion\": \"1.1\",\n \"metadata\": {\"titel\": \"x\"}}");

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () -> CorpusFiles.read(MAPPER, dir.resolve("corpus.json")));

    assertThat(e.problems())
        .extracting(CorpusProblem::toString)
        .containsExactly(
            "ooda.json:2:24: metadata.titel: 'titel' is not a field of DatasetMetadata; did you mean"
                + " 'title'?",
            "ooda.json:2:27: metadata.title: is required but missing");
  }

  @Test
  void anInlineDatasetsProblemsHaveTheirPathInTheManifest() {
    write(
        dir.resolve("corpus.json"),
        """
        {"schemaVersion": "1.1",
         "datasets": [{"id": "a", "dataset": {"schemaVersion": "1.1", "metadata": {}}}],
         "links": {"schemaVersion": "1.1", "events": [{"first": {"dataset": "a"}}]}}
        """);

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () -> CorpusFiles.read(MAPPER, dir.resolve("corpus.json")));

    assertThat(e.problems())
        .extracting(p -> p.problem().where())
        .containsExactly(
            "datasets[0].dataset.metadata.title",
            "links.events[0].first.event",
            "links.events[0].second");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.document()).endsWith("corpus.json"));
  }

  @Test
  void aManifestReadFromAStreamTakesItsDatasetsInline() {
    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () ->
                MAPPER.readValue(
                    "{\"schemaVersion\": \"1.1\","
                        + " \"datasets\": [{\"id\": \"a\", \"file\": \"a.json\"}]}",
                    Corpus.class));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.document()).isEqualTo("corpus");
              assertThat(p.problem().where()).isEqualTo("datasets[0].file");
              assertThat(p.problem().message()).contains("CorpusFiles.read");
            });
  }

  @Test
  void aManifestNeedsVersion11() {
    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () -> MAPPER.readValue("{\"schemaVersion\": \"1.0\", \"datasets\": []}", Corpus.class));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.problem().where()).isEqualTo("schemaVersion");
              assertThat(p.problem().message()).contains("new in schema version 1.1");
            });
  }

  @Test
  void aDatasetEntryGivesAFileOrADatasetNotBoth() {
    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () ->
                MAPPER.readValue(
                    "{\"schemaVersion\": \"1.1\", \"datasets\": [{\"id\": \"a\"},"
                        + " {\"id\": \"b\", \"file\": \"b.json\", \"dataset\": "
                        + Json.MAPPER.writeValueAsString(
                            CorpusSamples.corpus().datasets().values().iterator().next())
                        + "}]}",
                    Corpus.class));

    assertThat(e.problems())
        .extracting(p -> p.problem().where())
        .containsExactly("datasets[0]", "datasets[1]");
    assertThat(e.problems())
        .extracting(p -> p.problem().message())
        .containsExactly(
            "gives neither 'file' nor 'dataset'; give the dataset's file or the dataset inline",
            "gives both 'file' and 'dataset'; give the dataset's file or the dataset inline");
  }

  @Test
  void fileNamesStayApartWhereIdsDifferOnlyInCaseOrByAColon() {
    Corpus sample = CorpusSamples.corpus();
    var dataset = sample.datasets().values().iterator().next();
    Corpus corpus =
        new Corpus.Builder()
            .add("a:b", dataset)
            .add("a_b", dataset)
            .add("A_B", dataset)
            .add("links", dataset)
            .build();

    CorpusFiles.write(MAPPER, corpus, dir.resolve("corpus.json"));

    assertThat(
            Json.PLAIN
                .readTree(dir.resolve("corpus.json").toFile())
                .get("datasets")
                .valueStream()
                .map(e -> e.get("file").asString())
                .toList())
        .containsExactly("a_b.json", "a_b-2.json", "A_B-3.json", "links.json");
    assertThat(CorpusFiles.read(MAPPER, dir.resolve("corpus.json")).datasets())
        .isEqualTo(corpus.datasets());
  }

  @Test
  void aManifestThatNamesFilesNoSystemAllowsIsRefusedWithEach() {
    write(
        dir.resolve("corpus.json"),
        "{\"schemaVersion\": \"1.1\", \"datasets\": ["
            + "{\"id\": \"a\", \"file\": \"a\\u0000.json\"}], \"links\": \"l\\u0000.json\"}");

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () -> CorpusFiles.read(MAPPER, dir.resolve("corpus.json")));

    assertThat(e.problems())
        .extracting(CorpusProblem::document)
        .containsExactly("a\u0000.json", "l\u0000.json");
    assertThat(e.problems())
        .allSatisfy(
            problem ->
                assertThat(problem.problem().message())
                    .isEqualTo("cannot be read: it is not a file name this system allows"));
  }

  @Test
  void aDatasetNestedTooDeepInAManifestIsOneProblemAtItsPlace() {
    write(
        dir.resolve("corpus.json"),
        "{\"schemaVersion\": \"1.1\", \"datasets\": [{\"id\": \"a\","
            + " \"dataset\": "
            + "[".repeat(100)
            + "]".repeat(100)
            + "}]}");

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () -> CorpusFiles.read(MAPPER, dir.resolve("corpus.json")));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.problem().where().toString()).isEqualTo("datasets[0].dataset");
              assertThat(problem.problem().line()).isEqualTo(1);
              assertThat(problem.problem().message()).contains("more than 32 deep");
            });
  }

  @Test
  void linksNestedTooDeepSayItOnceAtTheirPlace() {
    write(
        dir.resolve("links.json"),
        "{\"schemaVersion\": \"1.1\", \"identities\": " + "[".repeat(100) + "]".repeat(100) + "}");

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () -> CorpusFiles.read(MAPPER, Map.of(), Optional.of(dir.resolve("links.json"))));

    assertThat(e.problems()).allSatisfy(problem -> assertThat(problem.problem().line()).isOne());
    assertThat(e.problems())
        .filteredOn(problem -> problem.problem().message().contains("deep"))
        .singleElement()
        .satisfies(
            problem -> assertThat(problem.problem().message()).contains("more than 32 deep"));
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n", "  \n\t\n"})
  void jsonLinesWithoutADatasetAreRefused(String text) throws IOException {
    Path lines = Files.writeString(dir.resolve("empty.jsonl"), text);

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () -> CorpusFiles.readLines(MAPPER, lines, Optional.empty()));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.document()).isEqualTo(lines.toString());
              assertThat(p.problem().message()).startsWith("holds no dataset");
            });
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

  private static List<String> problems(InvalidCorpusException e) {
    return e.problems().stream().map(CorpusProblem::toString).toList();
  }

  @Test
  void aDatasetFileThatIsAManifestIsNamedForWhatItIs() {
    Map<DatasetId, Path> files = datasetFiles();
    write(files.get(DatasetId.of("kyiv")), "{\"schemaVersion\": \"1.1\", \"datasets\": []}");

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class, () -> CorpusFiles.read(MAPPER, files, Optional.empty()));

    assertThat(problems(e))
        .containsExactly(
            files.get(DatasetId.of("kyiv"))
                + ": Dataset: is not a dataset: it looks like a corpus manifest (it has"
                + " 'datasets')");
  }

  @Test
  void jsonLinesThatAreADirectoryOrMissingCannotBeRead() {
    Path missing = dir.resolve("missing.jsonl");

    for (Path lines : List.of(dir, missing)) {
      InvalidCorpusException e =
          catchThrowableOfType(
              InvalidCorpusException.class,
              () -> CorpusFiles.readLines(MAPPER, lines, Optional.empty()));

      assertThat(e.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.document()).isEqualTo(lines.toString());
                assertThat(p.problem().message())
                    .isEqualTo(
                        lines == dir
                            ? "cannot be read: it is a directory"
                            : "cannot be read: there is no such file");
              });
    }
  }

  /** A stream that gives its bytes, then fails as a disk that has gone would. */
  private static java.io.InputStream failingAfter(String text) {
    return new java.io.SequenceInputStream(
        new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        new java.io.InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("the disk has gone");
          }
        });
  }

  @Test
  void streamsOfLinesAndLinksThatFailToReadAreEachAProblemOfTheirOwn() {
    String lines =
        "{\"id\": \"kyiv\", \"dataset\": "
            + Json.MAPPER.writeValueAsString(
                CorpusSamples.corpus().datasets().get(DatasetId.of("kyiv")))
            + "}";

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () ->
                CorpusFiles.readLines(
                    MAPPER,
                    failingAfter(lines + "\n"),
                    "c.jsonl",
                    Optional.of(failingAfter("{\"identities\": ["))));

    assertThat(e.problems())
        .extracting(CorpusProblem::document, p -> p.problem().message())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("c.jsonl", "cannot be read: the disk has gone"),
            org.assertj.core.groups.Tuple.tuple("links", "cannot be read: the disk has gone"));
  }

  @Test
  void aDatasetFileThatIsNotUtf8IsRefusedWhetherOrNotTheMapperChecksIt() {
    Map<DatasetId, Path> files = datasetFiles();
    try {
      Files.write(
          files.get(DatasetId.of("ooda")),
          Utf8ValuesTest.bytes(
              "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t<C0 AE>\"}}"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }

    for (JsonMapper mapper : List.of(MAPPER, Json.MAPPER)) {
      InvalidCorpusException e =
          catchThrowableOfType(
              InvalidCorpusException.class,
              () -> CorpusFiles.read(mapper, files, Optional.empty()));

      assertThat(e.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.problem().where()).isEqualTo("metadata.title");
                assertThat(p.problem().message()).startsWith("is not valid UTF-8");
              });
    }
  }

  @Test
  void theProblemsOfADatasetFileBeforeItsJsonBreaksAreReportedWithTheBreak() {
    Map<DatasetId, Path> files = datasetFiles();
    write(
        files.get(DatasetId.of("ooda")),
        "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t\"},\n"
            + "\"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"crowd\"}],\n"
            + "\"claims\": [");

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class, () -> CorpusFiles.read(MAPPER, files, Optional.empty()));

    assertThat(e.problems())
        .extracting(p -> p.problem().where(), p -> p.problem().line())
        .hasSize(2)
        .first()
        .isEqualTo(org.assertj.core.groups.Tuple.tuple("actors[a].kind", 2));
  }

  /** A dataset with two actors that carry one identifier, which the corpus's rules refuse. */
  private static final String SHARED_IDENTIFIER =
      "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t\"}, \"actors\": ["
          + "{\"id\": \"x\", \"name\": \"X\", \"kind\": \"media_outlet\", \"identifiers\":"
          + " [{\"scheme\": \"wikidata\", \"value\": \"Q1\"}]},"
          + " {\"id\": \"y\", \"name\": \"Y\", \"kind\": \"media_outlet\", \"identifiers\":"
          + " [{\"scheme\": \"wikidata\", \"value\": \"Q1\"}]}]}";

  @Test
  void aViolationOfTheCorpusRulesInADatasetIsReportedInItsFileOrOnItsLine() {
    Path file = dir.resolve("t.json");
    write(file, SHARED_IDENTIFIER);
    InvalidCorpusException inFile =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () -> CorpusFiles.read(MAPPER, Map.of(DatasetId.of("t"), file), Optional.empty()));
    String lines =
        "{\"id\": \"s\", \"dataset\": "
            + Json.MAPPER.writeValueAsString(
                CorpusSamples.corpus().datasets().get(DatasetId.of("kyiv")))
            + "}\n{\"id\": \"t\", \"dataset\": "
            + SHARED_IDENTIFIER
            + "}\n";
    InvalidCorpusException onLine =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () ->
                CorpusFiles.readLines(
                    MAPPER,
                    new java.io.ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                    "c.jsonl",
                    Optional.empty()));

    assertThat(inFile.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.document()).isEqualTo(file.toString());
              assertThat(p.problem().where()).isEqualTo("actors[y].identifiers[0]");
              assertThat(p.problem().line()).isEqualTo(-1);
              assertThat(p.problem().code()).contains(ViolationCode.SHARED_IDENTIFIER);
            });
    assertThat(onLine.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.document()).isEqualTo("c.jsonl");
              assertThat(p.problem().where()).isEqualTo("dataset.actors[y].identifiers[0]");
              assertThat(p.problem().line()).isEqualTo(2);
            });
  }
}
