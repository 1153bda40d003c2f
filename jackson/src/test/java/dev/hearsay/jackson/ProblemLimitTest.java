package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetValidationException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.cfg.ContextAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The readers report the first problems of a dataset, 1,000 unless the context's {@link
 * HearsayModule#MAX_PROBLEMS} says otherwise, and count the rest.
 */
class ProblemLimitTest {
  private static final String START = "{\"schemaVersion\":\"1.1\",\"metadata\":{\"title\":\"t\"},";

  /** A document of n actors that share one id: n - 1 violations. */
  static String actorsSharingOneId(int n) {
    StringBuilder json = new StringBuilder(START).append("\"actors\":[");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":\"same\",\"name\":\"A\",\"kind\":\"person\"}");
    }
    return json.append("]}").toString();
  }

  /** A document of n claims, each in a 2-cycle of derived_from with the next: n / 2 cycles. */
  static String twoCycles(int n) {
    StringBuilder json =
        new StringBuilder(START)
            .append("\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"person\"}],\"claims\":[");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"id\":\"c")
          .append(i)
          .append(
              "\",\"proposition\":"
                  + "\"p\",\"attribution\":[[{\"actor\":\"a\",\"mode\":\"paraphrase\",\"commitment\":"
                  + "\"certain\"}]]}");
    }
    json.append("],\"relations\":[");
    for (int i = 0; i < n; i += 2) {
      json.append(i == 0 ? "" : ",")
          .append("{\"from\":\"c")
          .append(i)
          .append("\",\"kind\":\"derived_from\",\"to\":\"c")
          .append(i + 1)
          .append("\"},{\"from\":\"c")
          .append(i + 1)
          .append("\",\"kind\":\"derived_from\",\"to\":\"c")
          .append(i)
          .append("\"}");
    }
    return json.append("]}").toString();
  }

  private static DatasetValidationException rules(Throwable thrown) {
    assertThat(thrown)
        .isInstanceOf(JacksonException.class)
        .hasCauseInstanceOf(DatasetValidationException.class);
    return (DatasetValidationException) thrown.getCause();
  }

  private static Throwable streamed(JsonMapper mapper, String json) {
    return catchThrowable(
        () -> {
          try (DatasetStreamReader reader =
              DatasetStreamReader.open(mapper, new StringReader(json))) {
            reader.finish();
          }
        });
  }

  @Test
  void theWholeDocumentReaderKeepsTheFirstThousandAndCountsTheRest() {
    JacksonException e =
        catchThrowableOfType(
            JacksonException.class,
            () -> Json.MAPPER.readValue(actorsSharingOneId(2_500), Dataset.class));

    DatasetValidationException rules = rules(e);
    assertThat(rules.violations()).hasSize(1_000);
    assertThat(rules.total()).isEqualTo(2_499);
    assertThat(e.getOriginalMessage())
        .startsWith(
            "The dataset has 2499 violations, of which the first 1000 are listed:\n"
                + "  actors[1].id: the id 'same' is already used by actors[0]; give each a distinct"
                + " id [DUPLICATE_ID] (line 1, column ");
    assertThat(e.getOriginalMessage().lines()).hasSize(1_001);
  }

  @Test
  void theStreamReaderKeepsTheFirstThousandOfTheHeaderAndOfTheRelations() {
    DatasetValidationException header = rules(streamed(Json.MAPPER, actorsSharingOneId(2_500)));
    DatasetValidationException relations = rules(streamed(Json.MAPPER, twoCycles(4_000)));

    assertThat(header.violations()).hasSize(1_000);
    assertThat(header.total()).isEqualTo(2_499);
    assertThat(relations.violations()).hasSize(1_000);
    assertThat(relations.total()).isEqualTo(2_000);
  }

  @Test
  void anObjectReadersAttributeSetsTheLimitForOneRead() {
    Throwable whole =
        catchThrowable(
            () ->
                Json.MAPPER
                    .readerFor(Dataset.class)
                    .withAttribute(HearsayModule.MAX_PROBLEMS, 10)
                    .readValue(actorsSharingOneId(50)));
    Throwable stream =
        catchThrowable(
            () ->
                DatasetStreamReader.open(
                    Json.MAPPER
                        .readerFor(Dataset.class)
                        .withAttribute(HearsayModule.MAX_PROBLEMS, 7),
                    new ByteArrayInputStream(
                        actorsSharingOneId(50).getBytes(StandardCharsets.UTF_8))));

    assertThat(rules(whole).violations()).hasSize(10);
    assertThat(rules(whole).total()).isEqualTo(49);
    assertThat(rules(stream).violations()).hasSize(7);
    assertThat(rules(stream).total()).isEqualTo(49);
  }

  @Test
  void aMappersDefaultAttributeSetsTheLimitForEveryRead() {
    JsonMapper mapper =
        Json.MAPPER
            .rebuild()
            .defaultAttributes(
                ContextAttributes.getEmpty().withSharedAttribute(HearsayModule.MAX_PROBLEMS, 3))
            .build();

    assertThat(
            rules(catchThrowable(() -> mapper.readValue(actorsSharingOneId(50), Dataset.class)))
                .violations())
        .hasSize(3);
    assertThat(rules(streamed(mapper, twoCycles(100))).violations()).hasSize(3);
    assertThat(rules(streamed(mapper, twoCycles(100))).total()).isEqualTo(50);
  }

  @Test
  void aLimitThatIsNotAWholeNumberOfAtLeastOneIsRefused() {
    for (Object bad : new Object[] {0, -5, "10", 10L}) {
      Throwable thrown =
          catchThrowable(
              () ->
                  Json.MAPPER
                      .readerFor(Dataset.class)
                      .withAttribute(HearsayModule.MAX_PROBLEMS, bad)
                      .readValue(actorsSharingOneId(2)));

      assertThat(thrown)
          .as("%s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "dev.hearsay.maxProblems: must be an Integer of at least 1, so that a"
                  + " problem is always shown; was "
                  + bad);
    }
  }

  @Test
  void aLimitOfOneKeepsOneProblemAndCountsTheUnknownFieldsBeyondIt() {
    String json =
        START.replace("\"title\":\"t\"", "\"title\":\"t\",\"a\":1,\"b\":2,\"c\":3")
            + "\"actors\":[]}";

    Throwable thrown =
        catchThrowable(
            () ->
                Json.STRICT
                    .readerFor(Dataset.class)
                    .withAttribute(HearsayModule.MAX_PROBLEMS, 1)
                    .readValue(json));

    assertThat(thrown).isInstanceOf(InvalidDatasetException.class);
    InvalidDatasetException e = (InvalidDatasetException) thrown;
    assertThat(e.problems()).extracting(Problem::where).containsExactly("metadata.a");
    assertThat(e.total()).isEqualTo(3);
  }
}
