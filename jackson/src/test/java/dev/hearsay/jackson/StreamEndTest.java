package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.core.model.ViolationCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The end of a stream: the reader checks the rest of the document however the caller stops, and
 * the writer ends a document only when it is whole, without hiding an earlier failure.
 */
class StreamEndTest {
  private static final String KURSK = Json.MAPPER.writeValueAsString(Samples.kursk());

  @Test
  void closeFindsTrailingTokens() {
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class, () -> readClaimsAndClose(KURSK + " {}"));

    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "Dataset: the document goes on after its end, with an object;"
                + " a document holds one dataset");
  }

  @Test
  void closeFindsAHeaderFieldAfterTheClaims() {
    String json =
        "{\"schemaVersion\":\"1.0\",\"metadata\":{\"title\":\"t\"},\"claims\":[],"
            + "\"events\":[],\"places\":[]}";

    MismatchedInputException e =
        catchThrowableOfType(MismatchedInputException.class, () -> readClaimsAndClose(json));

    assertThat(e.getOriginalMessage()).startsWith("places: must come before the claims");
  }

  @Test
  void everyFieldOutOfTheStreamsOrderIsRefusedInTheSameWords() {
    String header = "{\"schemaVersion\":\"1.0\",\"metadata\":{\"title\":\"t\"},";
    String why =
        ", so that a stream reader can check each part as it comes and hold only the header;"
            + " a document read whole may give its fields in any order";

    assertThat(outOfOrder("{\"metadata\":{\"title\":\"t\"},\"schemaVersion\":\"1.0\"}"))
        .isEqualTo(
            "schemaVersion: must be the first field of a dataset read as a stream, before"
                + " 'metadata'"
                + why);
    assertThat(outOfOrder(header + "\"claims\":[],\"sources\":[]}"))
        .isEqualTo("sources: must come before the claims, events, relations and assessments" + why);
    assertThat(outOfOrder(header + "\"assessments\":[],\"claims\":[]}"))
        .isEqualTo("claims: must come before the events, relations and assessments" + why);
  }

  private static String outOfOrder(String json) {
    MismatchedInputException e =
        catchThrowableOfType(MismatchedInputException.class, () -> readClaimsAndClose(json));
    assertThat(Json.STRICT.readValue(json, Dataset.class).metadata().title()).isEqualTo("t");
    return e.getOriginalMessage();
  }

  @Test
  void closeFindsARelationCycle() {
    String json =
        KURSK.replaceFirst(
            "\"relations\":\\[",
            "\"relations\":[{\"from\":\"c-trucks\",\"kind\":\"derived_from\",\"to\":\"c-revenues\"},"
                + "{\"from\":\"c-revenues\",\"kind\":\"derived_from\",\"to\":\"c-trucks\"},");

    MismatchedInputException e =
        catchThrowableOfType(MismatchedInputException.class, () -> readClaimsAndClose(json));

    assertThat(e.getOriginalMessage()).contains("[RELATION_CYCLE]");
  }

  @Test
  void closeFindsABadEvent() {
    String json = KURSK.replace("\"status\":\"happened\"", "\"status\":\"rumoured\"");

    MismatchedInputException e =
        catchThrowableOfType(MismatchedInputException.class, () -> readClaimsAndClose(json));

    assertThat(e.getOriginalMessage()).startsWith("events[e-trucks].status: 'rumoured'");
  }

  @Test
  void closeBeforeTheLastClaimReadsNoFurther() {
    String json = KURSK + " {}";

    try (DatasetStreamReader reader = open(json)) {
      assertThat(reader.nextClaim().id()).isEqualTo(ClaimId.of("c-set-to-join"));
    }
  }

  @Test
  void finishChecksTheClaimsNotRead() {
    String json = KURSK.replace("\"actor\":\"guseinova\"", "\"actor\":\"someone-else\"");

    try (DatasetStreamReader reader = open(json)) {
      reader.nextClaim();
      MismatchedInputException e =
          catchThrowableOfType(MismatchedInputException.class, reader::finish);
      assertThat(e.getOriginalMessage()).contains("no actor has the id 'someone-else'");
    }
  }

  @Test
  void finishAcceptsAWholeDocument() {
    try (DatasetStreamReader reader = open(KURSK)) {
      reader.finish();
      assertThat(reader.hasNextClaim()).isFalse();
      assertThat(reader.relations()).isEqualTo(Samples.kursk().relations());
    }
  }

  @Test
  void writerFinishLeavesABadDocumentUnended() {
    Dataset kursk = Samples.kursk();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (DatasetStreamWriter writer =
        DatasetStreamWriter.open(Json.MAPPER, out, Samples.header(kursk))) {
      kursk.claims().forEach(writer::writeClaim);
      writer.writeRelation(Samples.derived("c-trucks", "c-revenues"));
      writer.writeRelation(Samples.derived("c-revenues", "c-trucks"));

      assertThatThrownBy(writer::finish)
          .isInstanceOfSatisfying(
              DatasetValidationException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(v -> v.code())
                      .containsExactly(ViolationCode.RELATION_CYCLE));
      assertThatThrownBy(() -> writer.writeRelation(Samples.derived("c-trucks", "c-revenues")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("discard the document");
    }

    String written = out.toString(StandardCharsets.UTF_8);
    assertThat(written).endsWith("\"to\":\"c-trucks\"}");
    assertThatThrownBy(() -> Json.MAPPER.readValue(written, Dataset.class))
        .isInstanceOf(JacksonException.class);
  }

  @Test
  void writerFinishEndsAGoodDocument() {
    Dataset kursk = Samples.kursk();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (DatasetStreamWriter writer =
        DatasetStreamWriter.open(Json.MAPPER, out, Samples.header(kursk))) {
      kursk.claims().forEach(writer::writeClaim);
      kursk.events().forEach(writer::writeEvent);
      kursk.relations().forEach(writer::writeRelation);
      writer.finish();

      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(KURSK);
      assertThatThrownBy(() -> writer.writeRelation(kursk.relations().get(0)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("the document is finished");
    }
  }

  @Test
  void closeAfterAFailedWriteHidesNothing() {
    Dataset kursk = Samples.kursk();
    FailingOnce out = new FailingOnce();

    Throwable thrown =
        catchThrowable(
            () -> {
              try (DatasetStreamWriter writer =
                  DatasetStreamWriter.open(Json.MAPPER, out, Samples.header(kursk))) {
                kursk.claims().forEach(writer::writeClaim);
                writer.writeRelation(Samples.derived("c-trucks", "c-revenues"));
                writer.writeRelation(Samples.derived("c-revenues", "c-trucks"));
                for (int i = 0; i < 1_000; i++) {
                  writer.writeRelation(kursk.relations().get(0));
                }
              }
            });

    assertThat(thrown).isInstanceOf(JacksonException.class).hasRootCauseMessage("disk full");
    assertThat(thrown.getSuppressed()).isEmpty();
  }

  /** An output that fails its first write and takes the others. */
  private static final class FailingOnce extends OutputStream {
    private boolean failed;

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (!failed) {
        failed = true;
        throw new IOException("disk full");
      }
    }
  }

  private static void readClaimsAndClose(String json) {
    try (DatasetStreamReader reader = open(json)) {
      while (reader.hasNextClaim()) {
        reader.nextClaim();
      }
    }
  }

  private static DatasetStreamReader open(String json) {
    return DatasetStreamReader.open(Json.MAPPER, new StringReader(json));
  }
}
