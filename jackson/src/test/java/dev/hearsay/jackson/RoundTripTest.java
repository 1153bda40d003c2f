package dev.hearsay.jackson;

import static dev.hearsay.testing.HearsayAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.testing.random.RandomDatasets;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every dataset written and read back is equal to the original, and keeps the schema. */
class RoundTripTest {
  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readsBackWhatItWrites(long seed) {
    Dataset dataset = RandomDatasets.of(seed);
    String json = Json.MAPPER.writeValueAsString(dataset);

    Dataset read = Json.STRICT.readValue(json, Dataset.class);

    assertThat(read).isEqualTo(dataset);
    assertThat(Json.MAPPER.writeValueAsString(read)).isEqualTo(json);
    assertThat(Json.schemaErrors(json, "Dataset")).isEmpty();
  }
}
