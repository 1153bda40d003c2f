package dev.hearsay.jackson;

import static dev.hearsay.testing.HearsayAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventStatus;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.ViolationCode;
import dev.hearsay.testing.random.RandomDatasets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** The stream reader and writer: the same document and the same checks, one claim at a time. */
class StreamTest {
  static LongStream seeds() {
    return LongStream.range(1000, 1100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writerWritesWhatTheMapperWrites(long seed) {
    Dataset dataset = RandomDatasets.of(seed);

    assertThat(stream(Json.MAPPER, dataset)).isEqualTo(Json.MAPPER.writeValueAsString(dataset));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readerReadsWhatTheMapperWrites(long seed) {
    Dataset dataset = RandomDatasets.of(seed);

    assertThat(readAll(Json.MAPPER.writeValueAsString(dataset))).isEqualTo(dataset);
  }

  @Test
  void prettyDocumentsStreamTheSameWay() {
    Dataset kursk = Samples.kursk();
    JsonMapper indenting =
        Json.MAPPER
            .rebuild()
            .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .build();

    String streamed = stream(indenting, kursk);

    assertThat(streamed).isEqualTo(indenting.writeValueAsString(kursk));
    assertThat(readAll(streamed)).isEqualTo(kursk);
  }

  @Test
  void readerWorksWithAMapperWithoutTheModule() {
    Dataset kursk = Samples.kursk();
    String json = Json.MAPPER.writeValueAsString(kursk);

    try (DatasetStreamReader reader =
        DatasetStreamReader.open(Json.PLAIN, new StringReader(json))) {
      assertThat(reader.header().actors()).isEqualTo(kursk.actors());
      assertThat(reader.nextClaim()).isEqualTo(kursk.claims().get(0));
    }
  }

  @Test
  void claimWithUnknownActorFailsAfterTheGoodOnes() {
    String json =
        Json.MAPPER
            .writeValueAsString(Samples.kursk())
            .replace("\"actor\":\"guseinova\"", "\"actor\":\"someone-else\"");
    List<ClaimId> read = new ArrayList<>();

    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class,
            () -> {
              try (DatasetStreamReader reader = open(json)) {
                while (reader.hasNextClaim()) {
                  read.add(reader.nextClaim().id());
                }
              }
            });

    assertThat(read).containsExactly(ClaimId.of("c-set-to-join"));
    assertThat(e.getOriginalMessage())
        .contains(
            "claims[c-arms-value].attribution[0][2].actor: no actor has the id 'someone-else'",
            "[UNKNOWN_REFERENCE]",
            "(line 1, column ");
    assertThat(e.getLocation()).isNotNull();
  }

  @Test
  void duplicateClaimIdIsFound() {
    String json =
        Json.MAPPER
            .writeValueAsString(Samples.kursk())
            .replace("\"id\":\"c-trucks\"", "\"id\":\"c-set-to-join\"");

    MismatchedInputException e =
        catchThrowableOfType(MismatchedInputException.class, () -> readAll(json));

    assertThat(e.getOriginalMessage())
        .contains("claims[3].id: the id 'c-set-to-join' is already used by claims[0]");
    assertThat(((DatasetValidationException) e.getCause()).violations())
        .extracting(v -> v.code())
        .containsExactly(ViolationCode.DUPLICATE_ID);
  }

  @Test
  void duplicateClaimIdIsTheViolationTheModelReports() {
    Dataset kursk = Samples.kursk();
    Claim again =
        new Claim.Builder()
            .id(kursk.claims().get(0).id())
            .proposition("The same id again.")
            .addAllAttribution(kursk.claims().get(3).attribution())
            .build();
    List<dev.hearsay.core.model.Violation> whole =
        new Dataset.Builder()
            .metadata(kursk.metadata())
            .addAllActors(kursk.actors())
            .addAllPlaces(kursk.places())
            .addAllSources(kursk.sources())
            .addAllClaims(kursk.claims().subList(0, 3))
            .addClaims(again)
            .tryBuild()
            .violations();
    DatasetStreamWriter writer =
        DatasetStreamWriter.open(Json.MAPPER, new ByteArrayOutputStream(), Samples.header(kursk));
    kursk.claims().subList(0, 3).forEach(writer::writeClaim);

    DatasetValidationException e =
        catchThrowableOfType(DatasetValidationException.class, () -> writer.writeClaim(again));

    assertThat(whole).extracting(v -> v.code()).contains(ViolationCode.DUPLICATE_ID);
    assertThat(e.violations())
        .containsExactlyElementsOf(
            whole.stream().filter(v -> v.code() == ViolationCode.DUPLICATE_ID).toList());
  }

  @Test
  void headerAfterClaimsIsRefused() {
    String json =
        "{\"schemaVersion\":\"1.0\",\"metadata\":{\"title\":\"t\"},"
            + "\"claims\":[],\"actors\":[]}";

    MismatchedInputException e =
        catchThrowableOfType(MismatchedInputException.class, () -> readAll(json));

    assertThat(e.getOriginalMessage()).startsWith("actors: must come before the claims");
  }

  @Test
  void headerViolationsFailOnOpening() {
    String json =
        "{\"schemaVersion\":\"1.0\",\"metadata\":{\"title\":\"t\",\"encodes\":\"x\"},"
            + "\"claims\":[]}";

    MismatchedInputException e =
        catchThrowableOfType(MismatchedInputException.class, () -> open(json));

    assertThat(e.getOriginalMessage())
        .contains("metadata.encodes: no source has the id 'x'", "(line 1, column 35)");
  }

  @Test
  void aViolationOfAnEarlierRelationNamesTheLineWhereItStarts() {
    String json = Json.PRETTY.writeValueAsString(Samples.kursk());
    int open = json.indexOf('{', json.indexOf("\"relations\""));
    int close = json.indexOf('}', open);
    String relation = json.substring(open, close + 1);
    String bad = relation.replaceFirst("\"from\": \"[^\"]*\"", "\"from\": \"c-nowhere\"");
    json = json.substring(0, open) + bad + ",\n" + relation + json.substring(close + 1);
    long line = json.substring(0, open).chars().filter(c -> c == '\n').count() + 1;
    String lines = json;

    MismatchedInputException e =
        catchThrowableOfType(MismatchedInputException.class, () -> readAll(lines));

    assertThat(bad).isNotEqualTo(relation);
    assertThat(e.getOriginalMessage())
        .contains(
            "relations[0].from: no claim has the id 'c-nowhere'", "(line " + line + ", column ");
  }

  @Test
  void eventWithUnknownClaimIsFound() {
    Dataset kursk = Samples.kursk();
    String json =
        Json.MAPPER
            .writeValueAsString(kursk)
            .replace("\"claims\":[\"c-trucks\"]", "\"claims\":[\"c-trucks\",\"c-nowhere\"]");

    MismatchedInputException e =
        catchThrowableOfType(MismatchedInputException.class, () -> readAll(json));

    assertThat(e.getOriginalMessage())
        .contains("events[e-trucks].claims[1]: no claim has the id 'c-nowhere'");
  }

  @Test
  void relationCycleIsFoundAtTheEnd() {
    String json =
        Json.MAPPER
            .writeValueAsString(Samples.kursk())
            .replaceFirst(
                "\"relations\":\\[",
                "\"relations\":[{\"from\":\"c-trucks\",\"kind\":\"derived_from\","
                    + "\"to\":\"c-revenues\"},{\"from\":\"c-revenues\",\"kind\":\"derived_from\","
                    + "\"to\":\"c-trucks\"},");

    try (DatasetStreamReader reader = open(json)) {
      while (reader.hasNextClaim()) {
        reader.nextClaim();
      }
      MismatchedInputException e =
          catchThrowableOfType(MismatchedInputException.class, reader::events);
      assertThat(e.getOriginalMessage()).contains("relations[", "[RELATION_CYCLE]");
    }
  }

  @Test
  void unknownTopLevelFieldFollowsTheFeature() {
    String json =
        Json.MAPPER
            .writeValueAsString(Samples.kursk())
            .replace("\"places\":", "\"colour\":\"red\",\"places\":");

    assertThat(readAll(json)).isEqualTo(Samples.kursk());
    InvalidDatasetException e =
        catchThrowableOfType(
            InvalidDatasetException.class,
            () -> DatasetStreamReader.open(Json.STRICT, new StringReader(json)));
    assertThat(e.getOriginalMessage()).isEqualTo("colour: 'colour' is not a field of Dataset");
  }

  @Test
  void eventsBeforeClaimsAreRead() {
    Dataset kursk = Samples.kursk();
    String json =
        Json.MAPPER.writeValueAsString(
            new Dataset.Builder()
                .metadata(kursk.metadata())
                .addAllActors(kursk.actors())
                .addAllSources(kursk.sources())
                .addEvents(
                    new Event.Builder()
                        .id(dev.hearsay.core.model.EventId.of("e"))
                        .description("Nothing claimed yet")
                        .status(EventStatus.UNCERTAIN)
                        .build())
                .build());

    try (DatasetStreamReader reader = open(json)) {
      assertThat(reader.hasNextClaim()).isFalse();
      assertThat(reader.events()).hasSize(1);
      assertThat(reader.relations()).isEmpty();
    }
  }

  @Test
  void eventsBeforeAllClaimsAreReadIsRefused() {
    try (DatasetStreamReader reader = open(Json.MAPPER.writeValueAsString(Samples.kursk()))) {
      reader.nextClaim();

      assertThatThrownBy(reader::events)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("read every claim");
    }
  }

  @Test
  void eventsRelationsAndAssessmentsBeforeAllClaimsAreReadAreRefused() {
    String json = Json.MAPPER.writeValueAsString(Samples.kursk());
    List<java.util.function.Consumer<DatasetStreamReader>> calls =
        List.of(
            DatasetStreamReader::hasNextEvent,
            DatasetStreamReader::relations,
            DatasetStreamReader::assessments);

    for (java.util.function.Consumer<DatasetStreamReader> call : calls) {
      try (DatasetStreamReader reader = open(json)) {
        reader.nextClaim();

        assertThatThrownBy(() -> call.accept(reader))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("read every claim");
      }
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"claims", "events", "relations", "assessments"})
  void aListThatIsNotAnArrayIsRefusedByItsName(String list) {
    String json =
        "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t\"}, \""
            + list
            + "\": {\"id\": \"x\"}}";

    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> {
              try (DatasetStreamReader reader = open(json)) {
                reader.finish();
              }
            });

    assertThat(thrown).isInstanceOf(MismatchedInputException.class);
    assertThat(((MismatchedInputException) thrown).getOriginalMessage())
        .startsWith(list + ": expected an array");
  }

  @Test
  void anObjectReaderOpensAStreamWithItsAttributes() {
    String json = Json.MAPPER.writeValueAsString(Samples.kursk());

    try (DatasetStreamReader reader =
        DatasetStreamReader.open(
            Json.MAPPER.readerFor(Dataset.class),
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(reader.header()).isEqualTo(Samples.kursk().header());
      assertThat(reader.nextClaim()).isEqualTo(Samples.kursk().claims().get(0));
    }
  }

  @Test
  void theInputIsClosedWithTheReaderAndWhenTheHeaderFails() {
    boolean[] closed = {false, false};
    byte[] good = Json.MAPPER.writeValueAsBytes(Samples.kursk());
    byte[] bad = "{\"schemaVersion\": \"9.9\"}".getBytes(StandardCharsets.UTF_8);

    DatasetStreamReader.open(Json.MAPPER, closing(good, closed, 0)).close();
    catchThrowableOfType(
        tools.jackson.core.JacksonException.class,
        () -> DatasetStreamReader.open(Json.MAPPER, closing(bad, closed, 1)));

    assertThat(closed).containsExactly(true, true);
  }

  private static java.io.InputStream closing(byte[] bytes, boolean[] closed, int index) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public void close() {
        closed[index] = true;
      }
    };
  }

  @Test
  void writerRefusesABadClaimAndGoesOn() {
    Dataset kursk = Samples.kursk();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Claim stranger =
        new Claim.Builder()
            .id(ClaimId.of("c-stranger"))
            .proposition("Said by nobody we know.")
            .addAttribution(
                dev.hearsay.core.model.Chain.of(
                    Samples.hop(
                        "nobody", null, null, ReportingMode.IMPLIED, Commitment.UNCOMMITTED)))
            .build();

    try (DatasetStreamWriter writer =
        DatasetStreamWriter.open(Json.MAPPER, out, Samples.header(kursk))) {
      writer.writeClaim(kursk.claims().get(0));
      assertThatThrownBy(() -> writer.writeClaim(stranger))
          .isInstanceOfSatisfying(
              DatasetValidationException.class,
              e ->
                  assertThat(e.violations())
                      .singleElement()
                      .satisfies(
                          v ->
                              assertThat(v.path())
                                  .hasToString("claims[c-stranger].attribution[0][0].actor")));
      assertThatThrownBy(() -> writer.writeClaim(kursk.claims().get(0)))
          .isInstanceOf(DatasetValidationException.class)
          .hasMessageContaining("claims[1].id: the id 'c-set-to-join' is already used");
      writer.writeClaim(kursk.claims().get(1));
    }

    try (DatasetStreamReader reader =
        DatasetStreamReader.open(Json.MAPPER, new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(reader.nextClaim()).isEqualTo(kursk.claims().get(0));
      assertThat(reader.nextClaim()).isEqualTo(kursk.claims().get(1));
      assertThat(reader.hasNextClaim()).isFalse();
    }
  }

  @Test
  void writerKeepsTheOrderOfParts() {
    Dataset kursk = Samples.kursk();
    try (DatasetStreamWriter writer =
        DatasetStreamWriter.open(Json.MAPPER, new ByteArrayOutputStream(), Samples.header(kursk))) {
      kursk.claims().forEach(writer::writeClaim);
      writer.writeEvent(kursk.events().get(0));

      assertThatThrownBy(() -> writer.writeClaim(kursk.claims().get(0)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("cannot write claims after events");
    }
  }

  @Test
  void writerFindsARelationCycleOnClosing() {
    Dataset kursk = Samples.kursk();
    DatasetStreamWriter writer =
        DatasetStreamWriter.open(Json.MAPPER, new ByteArrayOutputStream(), Samples.header(kursk));
    kursk.claims().forEach(writer::writeClaim);
    writer.writeRelation(Samples.derived("c-trucks", "c-revenues"));
    writer.writeRelation(Samples.derived("c-revenues", "c-trucks"));

    assertThatThrownBy(writer::close)
        .isInstanceOfSatisfying(
            DatasetValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.code())
                    .containsExactly(ViolationCode.RELATION_CYCLE));
  }

  @Test
  void writerRefusesAHeaderWithClaims() {
    assertThatThrownBy(
            () ->
                DatasetStreamWriter.open(Json.MAPPER, new ByteArrayOutputStream(), Samples.kursk()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("write them one by one");
  }

  private static String stream(JsonMapper mapper, Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatasetStreamWriter writer =
        DatasetStreamWriter.open(mapper, out, Samples.header(dataset))) {
      dataset.claims().forEach(writer::writeClaim);
      dataset.events().forEach(writer::writeEvent);
      dataset.relations().forEach(writer::writeRelation);
      dataset.assessments().forEach(writer::writeAssessment);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static DatasetStreamReader open(String json) {
    return DatasetStreamReader.open(
        Json.MAPPER, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static Dataset readAll(String json) {
    try (DatasetStreamReader reader = open(json)) {
      Dataset.Builder b = new Dataset.Builder().header(reader.header());
      while (reader.hasNextClaim()) {
        b.addClaims(reader.nextClaim());
      }
      return b.addAllEvents(reader.events())
          .addAllRelations(reader.relations())
          .addAllAssessments(reader.assessments())
          .build();
    }
  }
}
