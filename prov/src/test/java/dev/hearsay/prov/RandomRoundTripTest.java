package dev.hearsay.prov;

import static dev.hearsay.testing.HearsayAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.testing.random.RandomDatasets;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated datasets (odd text, every optional field, repeated list elements, ids with dots and
 * colons) written as PROV and read back are equal to the original, in both formats.
 */
class RandomRoundTripTest {
  private static final ProvMapping MAPPING = new ProvMapping();

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void jsonLdReadsBackWhatItWrites(long seed) {
    roundTrip(seed, ProvFormat.JSON_LD);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void provNReadsBackWhatItWrites(long seed) {
    roundTrip(seed, ProvFormat.PROV_N);
  }

  private static void roundTrip(long seed, ProvFormat format) {
    Dataset dataset = RandomDatasets.of(seed);
    byte[] written = format.toBytes(MAPPING.toProv(dataset));

    ProvImport imported = MAPPING.fromProv(format.read(written));

    assertThat(imported.omissions()).isEmpty();
    assertThat(imported.dataset()).isEqualTo(dataset);
  }
}
