package dev.hearsay.examples;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The texts of the worked corpus's reports, which the project does not carry.
 *
 * <p>The environment variable {@value #VARIABLE} names the folder that holds them; when it is set,
 * the folder must exist. When it is not set, the tests look for {@value #RELATIVE_PATH} from the
 * working directory and each of its parents, and skip the tests that need the texts when it is
 * not there, as {@link ReportText} does for the seed report. Each text must be the one whose
 * SHA-256 its {@link CorpusReport} names: the quotes' offsets refer to it.
 */
final class CorpusTexts {
  /** The environment variable that names the corpus folder. */
  static final String VARIABLE = "HEARSAY_CORPUS";

  /** Where the folder is looked for, from the project root, when {@value #VARIABLE} is unset. */
  static final String RELATIVE_PATH = "../shared/reference/corpus";

  private final Path folder;

  private CorpusTexts(Path folder) {
    this.folder = folder;
  }

  /**
   * The corpus folder, found as the class explains; a failed test when {@value #VARIABLE} names a
   * missing folder, an aborted (skipped) test when the folder is not found and the variable is
   * unset.
   */
  static CorpusTexts find() {
    return find(System.getenv(), Path.of("").toAbsolutePath());
  }

  /** {@link #find()} with the environment and the directory to search from given. */
  static CorpusTexts find(Map<String, String> environment, Path start) {
    String named = environment.get(VARIABLE);
    if (named != null && !named.isBlank()) {
      Path folder = Path.of(named).toAbsolutePath();
      if (!Files.isDirectory(folder)) {
        return fail(
            VARIABLE
                + " is set to "
                + folder
                + ", but no such folder exists. Point "
                + VARIABLE
                + " at the folder of the corpus's texts, or unset it to skip the tests"
                + " that need them.");
      }
      return new CorpusTexts(folder);
    }
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(RELATIVE_PATH).normalize();
      if (Files.isDirectory(candidate)) {
        return new CorpusTexts(candidate);
      }
    }
    Assumptions.abort(
        "The corpus's texts were not found (looked for "
            + RELATIVE_PATH
            + " from "
            + start
            + " and each of its parents), so the tests against them are skipped."
            + " To run them, set "
            + VARIABLE
            + " to the folder, as .ci/run does.");
    throw new AssertionError("unreachable: Assumptions.abort throws");
  }

  /**
   * The text of one report, after checking that it is the text the dataset encodes; a failed test
   * when the file is missing or differs.
   */
  String read(CorpusReport report) {
    Path file = folder.resolve(report.textFile());
    if (!Files.isRegularFile(file)) {
      return fail(
          "The corpus folder "
              + folder
              + " has no "
              + report.textFile()
              + ", the text of the dataset '"
              + report.id()
              + "'.");
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    String hash = ReportText.sha256(text);
    if (!hash.equals(report.sha256())) {
      return fail(
          "The file "
              + file
              + " is not the text the dataset '"
              + report.id()
              + "' encodes: its SHA-256 is "
              + hash
              + ", expected "
              + report.sha256()
              + ". The quotes' offsets refer to that text.");
    }
    return text;
  }
}
