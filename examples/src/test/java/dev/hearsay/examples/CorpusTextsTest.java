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

/** How the tests find the corpus's texts, and what they do when one is missing or different. */
class CorpusTextsTest {
  @TempDir Path dir;

  private final CorpusReport kbs = CorpusReport.ALL.get(CorpusReport.ALL.size() - 1);

  private Path project() throws IOException {
    return Files.createDirectories(dir.resolve("hearsay").resolve("examples"));
  }

  private Path shared() throws IOException {
    return Files.createDirectories(dir.resolve("shared").resolve("reference").resolve("corpus"));
  }

  @Test
  void aVariableNamingAMissingFolderFailsAndSaysWhichVariableAndPath() throws IOException {
    Path missing = dir.resolve("nowhere");

    assertThatThrownBy(
            () -> CorpusTexts.find(Map.of("HEARSAY_CORPUS", missing.toString()), project()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("HEARSAY_CORPUS")
        .hasMessageContaining(missing.toString());
  }

  @Test
  void withoutTheVariableAMissingFolderSkipsAndSaysHowToRunTheTests() throws IOException {
    Path start = project();

    assertThatThrownBy(() -> CorpusTexts.find(Map.of(), start))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining(CorpusTexts.RELATIVE_PATH)
        .hasMessageContaining("set HEARSAY_CORPUS");
  }

  @Test
  void aFolderWithoutTheReportsTextFailsAndNamesTheFileAndDataset() throws IOException {
    shared();
    CorpusTexts texts = CorpusTexts.find(Map.of(), project());

    assertThatThrownBy(() -> texts.read(kbs))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(kbs.textFile())
        .hasMessageContaining("'kbs'");
  }

  @Test
  void aDifferentTextFailsWithBothHashes() throws IOException {
    Files.writeString(shared().resolve(kbs.textFile()), "another text", StandardCharsets.UTF_8);
    CorpusTexts texts = CorpusTexts.find(Map.of(), project());

    assertThatThrownBy(() -> texts.read(kbs))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(ReportText.sha256("another text"))
        .hasMessageContaining(kbs.sha256());
  }

  @Test
  void theVariableIsUsedEvenWhenTheUsualPlaceHasAFolder() throws IOException {
    shared();
    Path other = Files.createDirectories(dir.resolve("other"));
    String text = "the text of the page";
    Files.writeString(other.resolve(kbs.textFile()), text, StandardCharsets.UTF_8);
    CorpusReport same =
        new CorpusReport(kbs.id(), kbs.resource(), kbs.textFile(), ReportText.sha256(text));

    assertThat(CorpusTexts.find(Map.of("HEARSAY_CORPUS", other.toString()), project()).read(same))
        .isEqualTo(text);
  }
}
