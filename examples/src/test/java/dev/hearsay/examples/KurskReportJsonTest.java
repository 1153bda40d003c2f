package dev.hearsay.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.examples.cli.DatasetFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The JSON resource and the Java encoding are the same dataset. */
class KurskReportJsonTest {
  @Test
  void theJsonResourceEqualsTheJavaDataset() throws IOException {
    Dataset java = KurskReport.dataset();
    Dataset json = new DatasetFiles().embedded();
    if (!json.equals(java)) {
      // Leave the Java encoding as JSON beside the build, for a reviewer to compare and copy.
      Path written = Path.of("target", "kursk-report.json");
      Files.createDirectories(written.getParent());
      Files.writeString(written, new DatasetFiles().write(java), StandardCharsets.UTF_8);
    }
    assertThat(json)
        .as(
            "the resource %s; the Java encoding is written to target/kursk-report.json",
            DatasetFiles.EMBEDDED)
        .isEqualTo(java);
  }

  @Test
  void theResourceIsWrittenAsTheModuleWritesIt() throws IOException {
    String resource;
    try (var in = KurskReportJsonTest.class.getResourceAsStream(DatasetFiles.EMBEDDED)) {
      resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(resource.replace("\r\n", "\n"))
        .isEqualTo(new DatasetFiles().write(KurskReport.dataset()).replace("\r\n", "\n"));
  }
}
