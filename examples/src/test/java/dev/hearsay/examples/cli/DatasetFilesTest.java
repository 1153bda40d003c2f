package dev.hearsay.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.examples.KurskReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and streams are read with the recommended read limits, and a breach is reported in words,
 * not thrown.
 */
class DatasetFilesTest {
  @TempDir Path dir;

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
    assertThat(new DatasetFiles(size - 1).read(file))
        .isEqualTo(
            new DatasetFiles.Unreadable(
                String.format(
                    java.util.Locale.ROOT,
                    "the file has %,d bytes, more than the limit of %,d",
                    size,
                    size - 1)));
  }

  @Test
  void theDefaultLimitIsTheRecommendedOne() {
    assertThat(DatasetFiles.MAX_DOCUMENT_LENGTH).isEqualTo(100_000_000L);
  }

  @Test
  void aStringOverTheLimitIsRefusedWithItsLine() throws IOException {
    Path file =
        write(
            "long.json",
            "{\"schemaVersion\": \"1.0\",\n \"metadata\": {\"title\": \""
                + "x".repeat(100_001)
                + "\"}}");

    DatasetFiles.Reading reading = new DatasetFiles().read(file);

    assertThat(reading)
        .isEqualTo(
            new DatasetFiles.Unreadable(
                "line 2, column 24: a string longer than the limit of 100,000 characters"));
  }

  @Test
  void aFiftyMegabyteStringIsPlacedWhereItStartsAndNotGivenAWrongLength() {
    InputStream in =
        new SequenceInputStream(
            Collections.enumeration(
                List.of(
                    text("{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \""),
                    new Repeated('x', 50_000_000),
                    text("\"}}"))));

    assertThat(new DatasetFiles().read(in))
        .isEqualTo(
            new DatasetFiles.Unreadable(
                "line 1, column 48: a string longer than the limit of 100,000 characters"));
  }

  @Test
  void aStringWithinTheReadLimitReachesTheModelsOwnRules() throws IOException {
    Path file =
        write(
            "long.json",
            "{\"schemaVersion\": \"1.0\",\n \"metadata\": {\"title\": \""
                + "x".repeat(100_000)
                + "\"}}");

    assertThat(new DatasetFiles().read(file))
        .isEqualTo(
            new DatasetFiles.Invalid(
                List.of(
                    "line 2, column 100026: metadata.title: has 100000 characters, more than the limit of"
                        + " 1000")));
  }

  @Test
  void aNumberOverTheLimitIsRefused() throws IOException {
    Path file =
        write(
            "number.json",
            "{\"schemaVersion\": \"1.0\", \"metadata\": {\"title\": " + "1".repeat(1_001) + "}}");

    DatasetFiles.Reading reading = new DatasetFiles().read(file);

    assertThat(reading)
        .isEqualTo(
            new DatasetFiles.Unreadable(
                "line 1, column 39: a number longer than the limit of 1,000 digits"));
  }

  @Test
  void anEmptyFileAndADirectoryAreNamedAsSuch() throws IOException {
    assertThat(new DatasetFiles().read(write("empty.json", "")))
        .isEqualTo(new DatasetFiles.Unreadable("the file is empty"));
    assertThat(new DatasetFiles().read(dir))
        .isEqualTo(new DatasetFiles.Unreadable("a directory, not a file"));
  }

  @Test
  void aFileOfWhiteSpaceIsNotADatasetAsAnEmptyOneIsNot() throws IOException {
    assertThat(new DatasetFiles().read(write("blank.json", " \n\t\r\n")))
        .isEqualTo(new DatasetFiles.Unreadable("the file holds only white space"));
    assertThat(new DatasetFiles().read(text("")))
        .isEqualTo(new DatasetFiles.Unreadable("the input is empty"));
    assertThat(new DatasetFiles().read(text("\n\n")))
        .isEqualTo(new DatasetFiles.Unreadable("the input holds only white space"));
  }

  @Test
  void aStreamIsReadWithoutItsSize() {
    assertThat(new DatasetFiles().read(text(reportJson())))
        .isEqualTo(new DatasetFiles.Loaded(KurskReport.dataset()));
  }

  @Test
  void aStreamIsReadUpToTheLengthLimitOnly() {
    String json = reportJson();

    assertThat(new DatasetFiles(json.length()).read(text(json)))
        .isInstanceOf(DatasetFiles.Loaded.class);
    assertThat(new DatasetFiles(10_000).read(text(json)))
        .isEqualTo(
            new DatasetFiles.Unreadable("the input has more than the limit of 10,000 bytes"));
  }

  @Test
  void aStreamOfEndlessWhiteSpaceStopsAtTheLimit() {
    DatasetFiles.Reading reading =
        new DatasetFiles(1_000_000).read(new Repeated(' ', Long.MAX_VALUE));

    assertThat(reading)
        .isEqualTo(
            new DatasetFiles.Unreadable("the input has more than the limit of 1,000,000 bytes"));
  }

  @Test
  void nullIsNotADataset() {
    assertThat(new DatasetFiles().read(text("\n  null")))
        .isEqualTo(
            new DatasetFiles.Invalid(
                List.of("line 2, column 3: expected a dataset object, found null")));
  }

  @Test
  void whatFollowsTheDatasetIsRefused() {
    assertThat(new DatasetFiles().read(text(reportJson() + "[]")))
        .isInstanceOf(DatasetFiles.Unreadable.class);
    assertThat(new DatasetFiles().read(text(reportJson() + "  \n\n")))
        .isInstanceOf(DatasetFiles.Loaded.class);
  }

  @Test
  void theFirstThousandViolationsAreKeptAndAllCounted() {
    String actor = "{\"id\": \"a\", \"name\": \"n\", \"kind\": \"person\"}";
    String json =
        "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t\"},"
            + " \"actors\": ["
            + String.join(", ", Collections.nCopies(1_501, actor))
            + "]}";

    DatasetFiles.Reading reading = new DatasetFiles().read(text(json));

    assertThat(reading).isInstanceOf(DatasetFiles.Invalid.class);
    DatasetFiles.Invalid invalid = (DatasetFiles.Invalid) reading;
    assertThat(invalid.problems()).hasSize(1_000);
    assertThat(invalid.total()).isEqualTo(1_500);
    assertThat(invalid.problems().get(999))
        .contains("actors[1000].id: the id 'a' is already used by actors[0]");
  }

  private static InputStream text(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** One byte, again and again, as a pipe could give it. */
  private static final class Repeated extends InputStream {
    private final int value;
    private long left;

    Repeated(char value, long count) {
      this.value = value;
      this.left = count;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(length, left);
      Arrays.fill(buffer, offset, offset + n, (byte) value);
      left -= n;
      return n;
    }
  }
}
