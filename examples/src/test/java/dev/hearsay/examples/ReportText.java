package dev.hearsay.examples;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The text of the worked report, which the project does not carry.
 *
 * <p>The environment variable {@value #VARIABLE} names the file; when it is set, the file must
 * exist. When it is not set, the tests look for {@value #RELATIVE_PATH} from the working directory
 * and each of its parents, and skip the tests that need the text when it is not there. Either way
 * the text must be the one whose SHA-256 is {@value #SHA256}: the quotes' offsets refer to it.
 */
final class ReportText {
  /** The environment variable that names the report's file. */
  static final String VARIABLE = "HEARSAY_REPORT";

  /** Where the report is looked for, from the project root, when {@value #VARIABLE} is unset. */
  static final String RELATIVE_PATH = "../shared/reference/kursk-report.txt";

  /** The SHA-256 of the report's text in UTF-8: the text the quotes' offsets refer to. */
  static final String SHA256 = "c497f0878c8612c6acacf9687668666d1ff1ccbf8b648c3b0613bef71a8b1c1e";

  /** The length of the report's text in code points. */
  static final int LENGTH = 2165;

  /** A sentence ends at '.', '!' or '?' (and a closing quotation mark) before a capital. */
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?][\"”]?)\\s+(?=[\"“]?[A-Z])");

  private ReportText() {}

  /**
   * The report's text, found as the class explains; a failed test when {@value #VARIABLE} names a
   * missing file or the text is not the expected one, an aborted (skipped) test when the text is
   * not found and the variable is unset.
   */
  static String read() {
    return read(System.getenv(), Path.of("").toAbsolutePath());
  }

  /** {@link #read()} with the environment and the directory to search from given. */
  static String read(Map<String, String> environment, Path start) {
    String named = environment.get(VARIABLE);
    if (named != null && !named.isBlank()) {
      Path file = Path.of(named).toAbsolutePath();
      if (!Files.isRegularFile(file)) {
        return fail(
            VARIABLE
                + " is set to "
                + file
                + ", but no such file exists. Point "
                + VARIABLE
                + " at the report's text, or unset it to skip the tests that need it.");
      }
      return checked(file);
    }
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(RELATIVE_PATH).normalize();
      if (Files.isRegularFile(candidate)) {
        return checked(candidate);
      }
    }
    Assumptions.abort(
        "The report's text was not found (looked for "
            + RELATIVE_PATH
            + " from "
            + start
            + " and each of its parents), so the tests against it are skipped."
            + " To run them, set "
            + VARIABLE
            + " to the report's file, as .ci/run does.");
    throw new AssertionError("unreachable: Assumptions.abort throws");
  }

  /** The text of the file, after checking that it is the report the dataset encodes. */
  private static String checked(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the report at " + file, e);
    }
    String hash = sha256(text);
    if (!hash.equals(SHA256)) {
      return fail(
          "The file "
              + file
              + " is not the report the dataset encodes: its SHA-256 is "
              + hash
              + ", expected "
              + SHA256
              + ". The quotes' offsets refer to that text.");
    }
    return text;
  }

  /** The SHA-256 of the text in UTF-8, in lower-case hexadecimal. */
  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  /** The report's sentences: each line (the headline is one) split at sentence ends. */
  static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    for (String line : text.split("\\R")) {
      for (String sentence : SENTENCE_END.split(line.strip())) {
        if (!sentence.isBlank()) {
          sentences.add(sentence);
        }
      }
    }
    return sentences;
  }
}
