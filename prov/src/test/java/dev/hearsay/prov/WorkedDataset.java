package dev.hearsay.prov;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.jackson.HearsayMappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The worked dataset, read from its JSON through hearsay-jackson, as an application reads it. */
final class WorkedDataset {
  static final String RESOURCE = "/dev/hearsay/examples/kursk-report.json";

  private static Dataset dataset;

  private WorkedDataset() {}

  static synchronized Dataset get() {
    if (dataset == null) {
      try (InputStream in = WorkedDataset.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("no test resource " + RESOURCE);
        }
        dataset = HearsayMappers.recommended().build().readValue(in, Dataset.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dataset;
  }
}
