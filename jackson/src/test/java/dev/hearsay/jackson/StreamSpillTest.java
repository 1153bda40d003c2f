package dev.hearsay.jackson;

import static dev.hearsay.testing.HearsayAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.core.model.Violation;
import dev.hearsay.core.model.ViolationCode;
import dev.hearsay.testing.random.RandomDatasets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stream reader and writer with their ids on disk (a budget of one id in memory): the same
 * documents, the same checks and the same violations as with every id in memory, and no file left
 * behind.
 */
class StreamSpillTest {
  @TempDir Path directory;

  private IdSpill spill() {
    return new IdSpill(directory, 1);
  }

  static LongStream seeds() {
    return LongStream.range(2000, 2030);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void datasetsStreamBothWaysWithTheirIdsOnDisk(long seed) throws IOException {
    Dataset dataset = RandomDatasets.of(seed);

    String written = write(dataset, w -> {});

    assertThat(written).isEqualTo(Json.MAPPER.writeValueAsString(dataset));
    assertThat(files()).isEmpty();
    assertThat(read(written)).isEqualTo(dataset);
    assertThat(files()).isEmpty();
  }

  @Test
  void theIdsGoToDiskWhileTheDocumentIsRead() throws IOException {
    Dataset kursk = Samples.kursk();
    byte[] json = Json.MAPPER.writeValueAsBytes(kursk);

    try (DatasetStreamReader reader =
        DatasetStreamReader.open(Json.MAPPER, new ByteArrayInputStream(json), spill())) {
      reader.nextClaim();
      reader.nextClaim();
      assertThat(files()).isNotEmpty();
    }
    assertThat(files()).isEmpty();
  }

  @Test
  void aClaimRepeatingAnIdOnDiskIsReportedWhenTheClaimsEndAsTheMapperReportsIt()
      throws IOException {
    byte[] json = withClaimRepeated(Samples.kursk());
    List<Violation> expected = duplicatesFoundByTheMapper(json);

    InvalidDatasetException spilled = readFailure(json, spill());
    InvalidDatasetException inMemory = readFailure(json, IdSpill.defaults());

    assertThat(expected).hasSize(1);
    assertThat(spilled.violations()).containsExactlyElementsOf(expected);
    assertThat(inMemory.violations()).containsExactlyElementsOf(expected);
    assertThat(files()).isEmpty();
  }

  @Test
  void theWriterRefusesAClaimRepeatingAnIdOnDiskWhenTheClaimsEnd() throws IOException {
    Dataset kursk = Samples.kursk();
    Claim repeated = kursk.claims().get(0);
    List<Violation> expected = duplicatesFoundByTheMapper(withClaimRepeated(kursk));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    DatasetValidationException e;
    try (DatasetStreamWriter writer =
        DatasetStreamWriter.open(Json.MAPPER, out, kursk.header(), spill())) {
      kursk.claims().forEach(writer::writeClaim);
      writer.writeClaim(repeated);
      e =
          catchThrowableOfType(
              DatasetValidationException.class, () -> writer.writeEvent(kursk.events().get(0)));
    }

    assertThat(e.violations()).containsExactlyElementsOf(expected);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .doesNotContain("\"events\"")
        .doesNotEndWith("}]}");
    assertThat(files()).isEmpty();
  }

  @Test
  void referencesFromEventsToClaimsOnDiskAreChecked() throws IOException {
    ObjectNode tree = tree(Samples.kursk());
    ((ArrayNode) tree.get("events").get(0).get("claims")).set(0, "no-such-claim");
    byte[] json = Json.MAPPER.writeValueAsBytes(tree);

    assertThat(readFailure(json, spill()).violations())
        .containsExactlyElementsOf(referencesFoundByTheMapper(json));
    assertThat(files()).isEmpty();
  }

  @Test
  void referencesFromRelationsToClaimsOnDiskAreChecked() throws IOException {
    ObjectNode tree = tree(Samples.kursk());
    ((ObjectNode) tree.get("relations").get(0)).put("to", "no-such-claim");
    byte[] json = Json.MAPPER.writeValueAsBytes(tree);

    assertThat(readFailure(json, spill()).violations())
        .containsExactlyElementsOf(referencesFoundByTheMapper(json));
    assertThat(files()).isEmpty();
  }

  @Test
  void anEventRepeatingAnIdOnDiskIsReportedWhenTheEventsEnd() throws IOException {
    ObjectNode tree = tree(Samples.kursk());
    ArrayNode events = (ArrayNode) tree.get("events");
    events.add(events.get(0).deepCopy());
    byte[] json = Json.MAPPER.writeValueAsBytes(tree);
    List<Violation> expected = duplicatesFoundByTheMapper(json);

    assertThat(expected).hasSize(1).allMatch(v -> v.path().toString().startsWith("events["));
    assertThat(readFailure(json, spill()).violations()).containsExactlyElementsOf(expected);
    assertThat(files()).isEmpty();
  }

  @Test
  void theFilesAreDeletedWhenAClaimFailsAfterSomeWentToDisk() throws IOException {
    ObjectNode tree = tree(Samples.kursk());
    ArrayNode claims = (ArrayNode) tree.get("claims");
    ((ObjectNode) claims.get(claims.size() - 1)).put("proposition", " ");
    byte[] json = Json.MAPPER.writeValueAsBytes(tree);

    try (DatasetStreamReader reader =
        DatasetStreamReader.open(Json.MAPPER, new ByteArrayInputStream(json), spill())) {
      for (int i = 0; i < claims.size() - 1; i++) {
        reader.nextClaim();
      }
      assertThat(files()).isNotEmpty();
      catchThrowableOfType(InvalidDatasetException.class, reader::nextClaim);
    }

    assertThat(files()).isEmpty();
  }

  @Test
  void eventsNotTakenOneAtATimeAreKeptForEventsAndTheOthersAreNot() {
    Dataset kursk = Samples.kursk();
    byte[] json = Json.MAPPER.writeValueAsBytes(kursk);

    try (DatasetStreamReader reader =
        DatasetStreamReader.open(Json.MAPPER, new ByteArrayInputStream(json), spill())) {
      reader.finish();
      assertThat(reader.relations()).isEqualTo(kursk.relations());
      assertThat(reader.events()).isEqualTo(kursk.events());
    }
    try (DatasetStreamReader reader =
        DatasetStreamReader.open(Json.MAPPER, new ByteArrayInputStream(json), spill())) {
      reader.finish();
      assertThat(reader.hasNextEvent()).isFalse();
    }
    try (DatasetStreamReader reader =
        DatasetStreamReader.open(Json.MAPPER, new ByteArrayInputStream(json), spill())) {
      while (reader.hasNextClaim()) {
        reader.nextClaim();
      }
      assertThat(reader.nextEvent()).isEqualTo(kursk.events().get(0));
      assertThat(reader.relations()).isEqualTo(kursk.relations());
      assertThat(catchThrowableOfType(IllegalStateException.class, reader::events))
          .hasMessageContaining("nextEvent()");
      assertThat(reader.hasNextEvent()).isFalse();
    }
  }

  private String write(Dataset dataset, Consumer<DatasetStreamWriter> after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatasetStreamWriter writer =
        DatasetStreamWriter.open(Json.MAPPER, out, dataset.header(), spill())) {
      dataset.claims().forEach(writer::writeClaim);
      dataset.events().forEach(writer::writeEvent);
      dataset.relations().forEach(writer::writeRelation);
      dataset.assessments().forEach(writer::writeAssessment);
      after.accept(writer);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private Dataset read(String json) {
    try (DatasetStreamReader reader =
        DatasetStreamReader.open(
            Json.MAPPER,
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
            spill())) {
      Dataset.Builder dataset = new Dataset.Builder().header(reader.header());
      while (reader.hasNextClaim()) {
        dataset.addClaims(reader.nextClaim());
      }
      while (reader.hasNextEvent()) {
        dataset.addEvents(reader.nextEvent());
      }
      return dataset
          .addAllRelations(reader.relations())
          .addAllAssessments(reader.assessments())
          .build();
    }
  }

  private static InvalidDatasetException readFailure(byte[] json, IdSpill spill) {
    return catchThrowableOfType(
        InvalidDatasetException.class,
        () -> {
          try (DatasetStreamReader reader =
              DatasetStreamReader.open(Json.MAPPER, new ByteArrayInputStream(json), spill)) {
            reader.finish();
          }
        });
  }

  private static List<Violation> duplicatesFoundByTheMapper(byte[] json) {
    return foundByTheMapper(json, ViolationCode.DUPLICATE_ID);
  }

  private static List<Violation> referencesFoundByTheMapper(byte[] json) {
    List<Violation> found = foundByTheMapper(json, ViolationCode.UNKNOWN_REFERENCE);
    assertThat(found).hasSize(1);
    return found;
  }

  private static List<Violation> foundByTheMapper(byte[] json, ViolationCode code) {
    InvalidDatasetException e =
        catchThrowableOfType(
            InvalidDatasetException.class, () -> Json.MAPPER.readValue(json, Dataset.class));
    return e.violations().stream().filter(v -> v.code() == code).toList();
  }

  private static byte[] withClaimRepeated(Dataset dataset) {
    ObjectNode tree = tree(dataset);
    ArrayNode claims = (ArrayNode) tree.get("claims");
    claims.add(claims.get(0).deepCopy());
    return Json.MAPPER.writeValueAsBytes(tree);
  }

  private static ObjectNode tree(Dataset dataset) {
    return (ObjectNode) Json.MAPPER.valueToTree(dataset);
  }

  @Test
  void theFilesAreDeletedWhenClosingFindsAProblemAfterTheClaims() throws IOException {
    ObjectNode tree = tree(Samples.kursk());
    ((ArrayNode) tree.get("events").get(0).get("claims")).set(0, "no-such-claim");
    byte[] json = Json.MAPPER.writeValueAsBytes(tree);

    DatasetStreamReader reader =
        DatasetStreamReader.open(Json.MAPPER, new ByteArrayInputStream(json), spill());
    while (reader.hasNextClaim()) {
      reader.nextClaim();
    }
    assertThat(files()).isNotEmpty();

    assertThat(org.assertj.core.api.Assertions.catchThrowable(reader::close)).isNotNull();
    assertThat(files()).isEmpty();
  }

  private List<String> files() throws IOException {
    try (Stream<Path> listed = Files.list(directory)) {
      return listed.map(p -> p.getFileName().toString()).toList();
    }
  }
}
