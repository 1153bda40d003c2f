package dev.hearsay.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are read with the recommended read limits, and a breach is reported, not thrown. */
class DatasetFilesTest {
  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static String reportJson() {
    return new DatasetFiles().write(KurskReport.dataset());
  }

  @Test
  void aFileOverTheLengthLimitIsRefusedBeforeItIsRead() throws IOException {
    Path file = write("report.json", reportJson());
    long size = Files.size(file);

    assertThat(new DatasetFiles(size).read(file)).isInstanceOf(DatasetFiles.Loaded.class);
    assertThat(new DatasetFiles(size - 1).read(file)).isEqualTo(new DatasetFiles.Unreadable(
        String.format(java.util.Locale.ROOT,
            "the file has %,d bytes, more than the limit of %,d", size, size - 1)));
  }

  @Test
  void theDefaultLimitIsTheRecommendedOne() {
    assertThat(DatasetFiles.MAX_DOCUMENT_LENGTH).isEqualTo(100_000_000L);
  }

  @Test
  void aStringOverTheLimitIsRefusedWithItsLine() throws IOException {
    Path file = write("long.json", "{\"schemaVersion\": \"1.0\",\n \"metadata\": {\"title\": \""
        + "x".repeat(100_001) + "\"}}");

    DatasetFiles.Reading reading = new DatasetFiles().read(file);

    assertThat(reading).isInstanceOf(DatasetFiles.Unreadable.class);
    assertThat(((DatasetFiles.Unreadable) reading).problem())
        .startsWith("line 2, column ")
        .contains("metadata.title: is a text of more than 100000 characters");
  }

  @Test
  void aStringWithinTheReadLimitReachesTheModelsOwnRules() throws IOException {
    Path file = write("long.json", "{\"schemaVersion\": \"1.0\",\n \"metadata\": {\"title\": \""
        + "x".repeat(100_000) + "\"}}");

    assertThat(new DatasetFiles().read(file)).isEqualTo(new DatasetFiles.Invalid(List.of(
        "line 2, column 100026: metadata.title: has 100000 characters, more than the limit of"
            + " 1000")));
  }

  @Test
  void aNumberOverTheLimitIsRefused() throws IOException {
    Path file = write("number.json", "{\"schemaVersion\": \"1.0\", \"metadata\": {\"title\": "
        + "1".repeat(1_001) + "}}");

    DatasetFiles.Reading reading = new DatasetFiles().read(file);

    assertThat(reading).isInstanceOf(DatasetFiles.Unreadable.class);
    assertThat(((DatasetFiles.Unreadable) reading).problem())
        .contains("metadata: is a number of more than 1000 characters");
  }

  @Test
  void anEmptyFileAndADirectoryAreNamedAsSuch() throws IOException {
    assertThat(new DatasetFiles().read(write("empty.json", "")))
        .isEqualTo(new DatasetFiles.Unreadable("the file is empty"));
    assertThat(new DatasetFiles().read(dir))
        .isEqualTo(new DatasetFiles.Unreadable("a directory, not a file"));
  }
}
