package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hearsay.core.model.Bound;
import dev.hearsay.core.model.Dataset;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What fuzzing the JSON readers found, as regression tests with the smallest inputs. The inputs the
 * fuzzer saved are in {@link JsonFuzzTest}'s corpus ({@code found-*}), which the normal build
 * replays.
 */
class JsonFuzzFindingsTest {
  private static final String START = "{\"schemaVersion\":\"1.0\",\"metadata\":{\"title\":\"t\"}";

  @Test
  void aDecimalStringWithAHugeExponentIsRefusedWithAPath() {
    Throwable thrown =
        catchThrowable(
            () ->
                Json.MAPPER.readValue(
                    "{\"value\":\"1e9999999999\",\"inclusive\":true}", Bound.class));

    assertThat(thrown).isInstanceOf(MismatchedInputException.class);
    assertThat(((JacksonException) thrown).getOriginalMessage()).startsWith("value: ");
  }

  @Test
  void aJsonNumberWithAHugeExponentIsRefusedWithAPath() {
    Throwable thrown =
        catchThrowable(
            () ->
                Json.MAPPER.readValue("{\"value\":1e9999999999,\"inclusive\":true}", Bound.class));

    assertThat(thrown).isInstanceOf(JacksonException.class);
    assertThat(((JacksonException) thrown).getOriginalMessage()).startsWith("value: ");
  }

  @Test
  void theStreamReaderRefusesContentAfterTheDocumentAsTheMapperDoes() {
    String json = START + "} ]";

    Throwable thrown =
        catchThrowable(
            () -> {
              try (DatasetStreamReader reader =
                  DatasetStreamReader.open(Json.MAPPER, new StringReader(json))) {
                reader.relations();
              }
            });

    assertThat(thrown).isInstanceOf(JacksonException.class);
    assertThat(catchThrowable(() -> Json.MAPPER.readValue(json, Dataset.class)))
        .isInstanceOf(JacksonException.class);
  }
}
