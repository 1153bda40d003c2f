package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.model.Dataset;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The mapper that docs/json-format.md recommends works as the document says. */
class RecommendedMapperTest {
  /** As in the documentation. */
  static JsonMapper recommendedMapper() {
    return JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(100_000_000L)
                .maxNestingDepth(32)
                .maxStringLength(100_000)
                .maxNumberLength(1_000)
                .maxNameLength(1_000)
                .build())
            .build())
        .addModule(new HearsayModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  @Test
  void readsWhatItWrites() {
    JsonMapper mapper = recommendedMapper();
    Dataset kursk = Samples.kursk();

    assertThat(mapper.readValue(mapper.writeValueAsString(kursk), Dataset.class))
        .isEqualTo(kursk);
  }

  @Test
  void refusesAStringOverTheLimit() {
    String json = "{\"schemaVersion\": \"1.0\", \"metadata\": {\"title\": \""
        + "x".repeat(100_001) + "\"}}";

    StreamConstraintsException e = catchThrowableOfType(StreamConstraintsException.class,
        () -> recommendedMapper().readValue(json, Dataset.class));

    assertThat(e.getMessage()).contains("String value length");
  }

  @Test
  void refusesDeepNesting() {
    String json = "{\"schemaVersion\": \"1.0\", \"metadata\": {\"title\": \"t\"}, \"colour\": "
        + "[".repeat(40) + "]".repeat(40) + "}";

    StreamConstraintsException e = catchThrowableOfType(StreamConstraintsException.class,
        () -> recommendedMapper().rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()
            .readValue(json, Dataset.class));

    assertThat(e.getMessage()).contains("Document nesting depth");
  }
}
