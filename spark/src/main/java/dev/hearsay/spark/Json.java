package dev.hearsay.spark;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.jackson.HearsayMappers;
import tools.jackson.databind.json.JsonMapper;

/** The mapper of each JVM, driver or executor: Hearsay's recommended one, built once. */
final class Json {
  private Json() {}

  /** Built when first asked for, once per JVM (the class is initialised once). */
  private static final class Recommended {
    static final JsonMapper MAPPER = HearsayMappers.recommended().build();
  }

  /** Built when first asked for, once per JVM, apart from {@link Recommended}. */
  private static final class WithoutLengthLimit {
    static final JsonMapper MAPPER = HearsayMappers.recommended(0).build();
  }

  static JsonMapper mapper() {
    return Recommended.MAPPER;
  }

  /**
   * The mapper of the links document, read on the driver: the recommended one without its limit on
   * a document's length, which the links of a corpus of a million claims already pass (about 140
   * bytes a link); the limits on each string, number and nesting stay.
   */
  static JsonMapper linksMapper() {
    return WithoutLengthLimit.MAPPER;
  }

  /** A dataset in its JSON form, as Hearsay writes it. */
  static byte[] write(Dataset dataset) {
    return mapper().writeValueAsBytes(dataset);
  }

  /** A dataset read back from its JSON form, every check run again. */
  static Dataset read(byte[] json) {
    return mapper().readValue(json, Dataset.class);
  }
}
