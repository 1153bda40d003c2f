package dev.hearsay.prov;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Dataset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openprovenance.prov.model.Document;

/**
 * The worked dataset, read by hearsay-jackson, written as PROV by ProvToolbox and read back by
 * ProvToolbox: equal to the original, with nothing left out.
 */
class WorkedDatasetRoundTripTest {
  private final ProvMapping mapping = new ProvMapping();

  @ParameterizedTest
  @EnumSource(ProvFormat.class)
  void theWorkedDatasetComesBackEqual(ProvFormat format) throws IOException {
    Dataset dataset = WorkedDataset.get();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(mapping.toProv(dataset), out);

    Document read = format.read(new ByteArrayInputStream(out.toByteArray()));
    ProvImport imported = mapping.fromProv(read);

    assertThat(imported.omissions()).isEmpty();
    assertThat(imported.dataset()).isEqualTo(dataset);
  }

  @ParameterizedTest
  @EnumSource(ProvFormat.class)
  void theDocumentIsWrittenTheSameTwice(ProvFormat format) {
    Dataset dataset = WorkedDataset.get();

    assertThat(format.writeToString(mapping.toProv(dataset)))
        .isEqualTo(format.writeToString(mapping.toProv(dataset)));
  }
}
