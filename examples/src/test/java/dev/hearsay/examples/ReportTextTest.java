package dev.hearsay.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** How the tests find the report's text, and what they do when it is missing or different. */
class ReportTextTest {
  @TempDir Path dir;

  private Path project() throws IOException {
    return Files.createDirectories(dir.resolve("hearsay").resolve("examples"));
  }

  private Path shared(String text) throws IOException {
    Path file = dir.resolve("shared").resolve("reference").resolve("kursk-report.txt");
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void aVariableNamingAMissingFileFailsAndSaysWhichVariableAndPath() throws IOException {
    Path missing = dir.resolve("nowhere").resolve("kursk-report.txt");

    assertThatThrownBy(
            () -> ReportText.read(Map.of("HEARSAY_REPORT", missing.toString()), project()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("HEARSAY_REPORT")
        .hasMessageContaining(missing.toString());
  }

  @Test
  void aVariableNamingAFileIsUsedEvenWhenTheUsualPlaceHasOne() throws IOException {
    shared("the usual place");
    Path other = Files.writeString(dir.resolve("other.txt"), "another text");

    assertThatThrownBy(() -> ReportText.read(Map.of("HEARSAY_REPORT", other.toString()), project()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(other.toString())
        .hasMessageContaining(ReportText.sha256("another text"));
  }

  @Test
  void withoutTheVariableTheReportIsFoundBesideAParentDirectory() throws IOException {
    Path found = shared("not the report");

    assertThatThrownBy(() -> ReportText.read(Map.of(), project()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(found.toString())
        .hasMessageContaining("SHA-256 is " + ReportText.sha256("not the report"))
        .hasMessageContaining("expected " + ReportText.SHA256);
  }

  @Test
  void withoutTheVariableAMissingReportSkipsAndSaysHowToRunTheTests() throws IOException {
    Path start = project();

    assertThatThrownBy(() -> ReportText.read(Map.of(), start))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining(ReportText.RELATIVE_PATH)
        .hasMessageContaining("set HEARSAY_REPORT");
  }

  @Test
  void theFoundReportIsTheTextTheQuoteOffsetsReferTo() throws IOException {
    String text = ReportText.read();

    assertThat(ReportText.sha256(text)).isEqualTo(ReportText.SHA256);
    assertThat(text.codePointCount(0, text.length())).isEqualTo(ReportText.LENGTH);
    // The same text in the usual place, found without the variable.
    shared(text);
    assertThat(ReportText.read(Map.of(), project())).isEqualTo(text);
  }

  @Test
  void theHashIsSha256InLowerCaseHex() {
    assertThat(ReportText.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
