package dev.hearsay.examples;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of the worked report, which the project does not carry: the tests find it at {@code
 * ../shared/reference/kursk-report.txt} relative to the project root.
 */
final class ReportText {
  static final String RELATIVE_PATH = "../shared/reference/kursk-report.txt";

  /** A sentence ends at '.', '!' or '?' (and a closing quotation mark) before a capital. */
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?][\"”]?)\\s+(?=[\"“]?[A-Z])");

  private ReportText() {}

  /** The report's text, or a failed test that says where it was looked for. */
  static String read() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(RELATIVE_PATH).normalize();
      if (Files.isRegularFile(candidate)) {
        try {
          return Files.readString(candidate, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read the report at " + candidate, e);
        }
      }
    }
    return fail("The report's text was not found: looked for " + RELATIVE_PATH
        + " relative to " + start + " and each of its parent directories. Put the report there"
        + " (the project does not carry it) to run this test.");
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
