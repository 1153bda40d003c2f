package dev.hearsay.spark;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.jackson.HearsayMappers;
import tools.jackson.databind.json.JsonMapper;

/** The mapper of each JVM, driver or executor: Hearsay's recommended one, built once. */
final class Json {
  private static volatile JsonMapper mapper;

  private Json() {}

  static JsonMapper mapper() {
    JsonMapper m = mapper;
    if (m == null) {
      synchronized (Json.class) {
        m = mapper;
        if (m == null) {
          m = HearsayMappers.recommended().build();
          mapper = m;
        }
      }
    }
    return m;
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
