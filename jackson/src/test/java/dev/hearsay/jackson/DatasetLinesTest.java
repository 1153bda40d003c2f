package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.model.ViolationCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON Lines: one dataset a line, read one at a time, each problem with its line. */
class DatasetLinesTest {
  private static final JsonMapper MAPPER = BadInputCatalogueTest.RECOMMENDED;

  private static byte[] written(Corpus corpus, JsonMapper mapper) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatasetLinesWriter writer = DatasetLinesWriter.open(mapper, out)) {
      corpus.datasets().forEach(writer::write);
    }
    return out.toByteArray();
  }

  @Test
  void oneLinePerDatasetEvenWithAnIndentingMapper() {
    Corpus corpus = CorpusSamples.corpus();
    JsonMapper indenting = MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

    String text = new String(written(corpus, indenting), StandardCharsets.UTF_8);

    assertThat(text.lines()).hasSize(2);
    assertThat(text).startsWith("{\"id\":\"kyiv\",\"dataset\":{\"schemaVersion\":\"1.1\",");
    assertThat(text).isEqualTo(new String(written(corpus, MAPPER), StandardCharsets.UTF_8));
  }

  @Test
  void readsOneDatasetAtATimeWithItsLine() {
    Corpus corpus = CorpusSamples.corpus();
    byte[] lines =
        ("\n" + new String(written(corpus, MAPPER), StandardCharsets.UTF_8).replace("\n", "\r\n\n"))
            .getBytes(StandardCharsets.UTF_8);

    List<DatasetLine> read = new ArrayList<>();
    try (DatasetLinesReader reader =
        DatasetLinesReader.open(MAPPER, new ByteArrayInputStream(lines), "corpus.jsonl")) {
      while (reader.hasNext()) {
        read.add(reader.next());
      }
    }

    assertThat(read).extracting(DatasetLine::line).containsExactly(2, 4);
    assertThat(read)
        .extracting(DatasetLine::id)
        .containsExactly(DatasetId.of("kyiv"), DatasetId.of("ooda"));
    assertThat(read.get(1).dataset()).isEqualTo(corpus.datasets().get(DatasetId.of("ooda")));
  }

  @Test
  void aLineWithProblemsIsRefusedAndTheNextLineReads() {
    String text =
        """
        {"id": "a", "dataset": {"schemaVersion": "1.1", "metadata": {"title": "t"}}, "x": 1}
        {"id": "b", "dataset": {"schemaVersion": "1.1", "metadata": {"title": "u"}}}
        """;

    try (DatasetLinesReader reader =
        DatasetLinesReader.open(
            MAPPER, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "c.jsonl")) {
      InvalidCorpusException e = catchThrowableOfType(InvalidCorpusException.class, reader::next);
      DatasetLine next = reader.next();

      assertThat(e.problems())
          .extracting(CorpusProblem::toString)
          .containsExactly("c.jsonl:1:83: x: 'x' is not a field of DatasetLine");
      assertThat(next.id()).isEqualTo(DatasetId.of("b"));
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void aCorpusFromLinesReportsEveryLinesProblemsAndTheCorpusRules() {
    String text =
        """
        {"id": "a", "dataset": {"schemaVersion": "1.1", "metadata": {"title": "t"}}}
        {"id": "a", "dataset": {"schemaVersion": "1.1", "metadata": {"title": "u"}}}
        {"id": "b", "dataset": {"schemaVersion": "1.1", "metadata": {"title": "v"}, "actors": 3}}
        {"id": "c" "dataset": {}}
        """;

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () ->
                CorpusFiles.readLines(
                    MAPPER,
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    "c.jsonl",
                    Optional.empty()));

    assertThat(e.problems()).extracting(p -> p.problem().line()).containsExactly(3, 4, 2);
    assertThat(e.problems().get(0).problem().where()).isEqualTo("dataset.actors");
    assertThat(e.problems().get(2).problem().code()).contains(ViolationCode.DUPLICATE_ID);
    assertThat(e.problems().get(2).problem().message()).contains("already used by line 1");
  }

  @Test
  void aLineLongerThanTheMappersLimitIsRefusedAndReadingGoesOn() {
    JsonMapper small =
        JsonMapper.builder(
                tools.jackson.core.json.JsonFactory.builder()
                    .streamReadConstraints(HearsayMappers.readLimits(200))
                    .build())
            .addModule(new HearsayModule())
            .build();
    String text =
        "{\"id\": \"a\", \"dataset\": {\"schemaVersion\": \"1.1\", \"metadata\":"
            + " {\"title\": \""
            + "t".repeat(300)
            + "\"}}}\n"
            + "{\"id\": \"b\", \"dataset\": {\"schemaVersion\": \"1.1\", \"metadata\":"
            + " {\"title\": \"t\"}}}\n";

    try (DatasetLinesReader reader =
        DatasetLinesReader.open(
            small, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "c.jsonl")) {
      InvalidCorpusException e = catchThrowableOfType(InvalidCorpusException.class, reader::next);

      assertThat(e.problems())
          .singleElement()
          .extracting(CorpusProblem::toString)
          .isEqualTo(
              "c.jsonl:1: line: is longer than 200 bytes, the mapper's limit on the"
                  + " length of a document");
      assertThat(reader.next().id()).isEqualTo(DatasetId.of("b"));
    }
  }

  private static DatasetLinesReader reader(JsonMapper mapper, byte[] lines) {
    return DatasetLinesReader.open(mapper, new ByteArrayInputStream(lines), "c.jsonl");
  }

  private static String line(String id, String title) {
    return "{\"id\": \""
        + id
        + "\", \"dataset\": {\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \""
        + title
        + "\"}}}";
  }

  @Test
  void aLineAtTheMappersLimitIsReadAndOneByteMoreIsRefused() {
    JsonMapper small =
        JsonMapper.builder(
                tools.jackson.core.json.JsonFactory.builder()
                    .streamReadConstraints(HearsayMappers.readLimits(200))
                    .build())
            .addModule(new HearsayModule())
            .build();
    String atLimit = line("a", "t".repeat(200 - line("a", "").length()));
    String overLimit = line("b", "t".repeat(201 - line("b", "").length()));
    assertThat(atLimit).hasSize(200);
    assertThat(overLimit).hasSize(201);

    try (DatasetLinesReader reader =
        reader(small, (atLimit + "\n" + overLimit + "\n").getBytes(StandardCharsets.UTF_8))) {
      assertThat(reader.next().id()).isEqualTo(DatasetId.of("a"));
      InvalidCorpusException e = catchThrowableOfType(InvalidCorpusException.class, reader::next);

      assertThat(e.problems())
          .extracting(CorpusProblem::toString)
          .containsExactly(
              "c.jsonl:2: line: is longer than 200 bytes, the mapper's limit on the"
                  + " length of a document");
    }
  }

  @Test
  void aMapperWithoutALimitOnDocumentsReadsLinesOfAnyLength() {
    JsonMapper unlimited =
        JsonMapper.builder(
                tools.jackson.core.json.JsonFactory.builder()
                    .streamReadConstraints(
                        tools.jackson.core.StreamReadConstraints.builder()
                            .maxDocumentLength(0)
                            .build())
                    .build())
            .addModule(new HearsayModule())
            .build();
    // longer than the reader's first buffer, which has to grow to hold it
    String description = "d".repeat(19_000);
    String text =
        "{\"id\": \"a\", \"dataset\": {\"schemaVersion\": \"1.1\", \"metadata\": {\"title\":"
            + " \"t\", \"description\": \""
            + description
            + "\"}}}\n";

    try (DatasetLinesReader reader = reader(unlimited, text.getBytes(StandardCharsets.UTF_8))) {
      DatasetLine read = reader.next();

      assertThat(read.dataset().metadata().description()).contains(description);
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void aZeroByteAtTheStartOfALineIsThatLinesProblemNotItsEnd() {
    byte[] lines = Utf8ValuesTest.bytes("<00>" + line("a", "t") + "\n" + line("b", "u") + "\n");

    try (DatasetLinesReader reader = reader(MAPPER, lines)) {
      assertThat(reader.hasNext()).isTrue();
      InvalidCorpusException e = catchThrowableOfType(InvalidCorpusException.class, reader::next);
      assertThat(e.problems()).extracting(p -> p.problem().line()).containsExactly(1);
      assertThat(reader.next().line()).isEqualTo(2);
    }
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWhetherOrNotTheMapperChecksThem() {
    byte[] lines = Utf8ValuesTest.bytes(line("a", "t<C1 B4>") + "\n");

    for (JsonMapper mapper : List.of(MAPPER, Json.MAPPER)) {
      try (DatasetLinesReader reader = reader(mapper, lines)) {
        InvalidCorpusException e = catchThrowableOfType(InvalidCorpusException.class, reader::next);

        assertThat(e.problems())
            .singleElement()
            .satisfies(
                p -> {
                  assertThat(p.problem().where()).isEqualTo("dataset.metadata.title");
                  assertThat(p.problem().message())
                      .startsWith("is not valid UTF-8: the bytes C1 B4");
                });
      }
    }
  }

  @Test
  void closingTheReaderClosesItsInput() {
    boolean[] closed = {false};
    ByteArrayInputStream in =
        new ByteArrayInputStream(new byte[0]) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    DatasetLinesReader.open(MAPPER, in, "c.jsonl").close();

    assertThat(closed[0]).isTrue();
  }
}
