package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.model.Dataset;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The recommended mapper works as docs/json-format.md says. */
class RecommendedMapperTest {
  /** The recommended mapper, as {@link HearsayMappers} makes it. */
  static JsonMapper recommendedMapper() {
    return HearsayMappers.recommended().build();
  }

  @Test
  void readsWhatItWrites() {
    JsonMapper mapper = recommendedMapper();
    Dataset kursk = Samples.kursk();

    assertThat(mapper.readValue(mapper.writeValueAsString(kursk), Dataset.class)).isEqualTo(kursk);
  }

  @Test
  void refusesAStringOverTheLimit() {
    String json =
        "{\"schemaVersion\": \"1.0\", \"metadata\": {\"title\": \"" + "x".repeat(100_001) + "\"}}";

    StreamConstraintsException e =
        catchThrowableOfType(
            StreamConstraintsException.class,
            () -> recommendedMapper().readValue(json, Dataset.class));

    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "metadata.title: is a text of more than"
                + " 100000 characters, the longest this reader takes");
    assertThat(e.getLocation().getColumnNr()).isEqualTo(48);
    assertThat(e.getSuppressed())
        .singleElement()
        .satisfies(
            jackson ->
                assertThat(jackson.getMessage())
                    .contains("String value length", "StreamReadConstraints.getMaxStringLength()"));
  }

  @Test
  void refusesAKindOverTheLimitOnStringsAsAnyOtherString() {
    String json =
        "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t\"}, \"actors\": [{\"id\":"
            + " \"a\", \"name\": \"A\", \"kind\": \""
            + "x".repeat(100_001)
            + "\"}]}";

    StreamConstraintsException e =
        catchThrowableOfType(
            StreamConstraintsException.class,
            () -> recommendedMapper().readValue(json, Dataset.class));

    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "actors[a].kind: is a text of more than"
                + " 100000 characters, the longest this reader takes");
  }

  @Test
  void refusesDeepNesting() {
    String json =
        "{\"schemaVersion\": \"1.0\", \"metadata\": {\"title\": \"t\"}, \"colour\": "
            + "[".repeat(40)
            + "]".repeat(40)
            + "}";

    StreamConstraintsException e =
        catchThrowableOfType(
            StreamConstraintsException.class,
            () ->
                recommendedMapper()
                    .rebuild()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(json, Dataset.class));

    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "colour: nests arrays and objects more than 32"
                + " deep, the deepest this reader takes");
    assertThat(e.getSuppressed())
        .singleElement()
        .satisfies(jackson -> assertThat(jackson.getMessage()).contains("Document nesting depth"));
  }
}
