package dev.hearsay.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README shows the program's real output: its excerpt of {@code show} and its diagram. */
class ReadmeOutputTest {
  private static final Path README = Path.of("..", "README.md");

  private static String block(String readme, String language) {
    Matcher m = Pattern.compile("(?s)```" + language + "\\R(.*?)\\R```").matcher(readme);
    assertThat(m.find()).as("a %s block in the README", language).isTrue();
    return m.group(1);
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    new picocli.CommandLine(new HearsayCli()).setOut(new PrintWriter(out)).execute(args);
    return out.toString().replace(System.lineSeparator(), "\n");
  }

  @Test
  void theExcerptOfShowIsTheOutputWithSomeLinesLeftOut() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    List<String> output = List.of(run("show").split("\n"));

    // Every line is the program's, in the program's order; "  ..." stands for lines left out.
    int at = 0;
    int shown = 0;
    for (String line : block(readme, "text").split("\\R")) {
      if (line.equals("  ...")) {
        continue;
      }
      int found = output.subList(at, output.size()).indexOf(line);
      assertThat(found).as("the README's line, after line %d of the output: %s", at, line)
          .isNotNegative();
      at += found + 1;
      shown++;
    }
    assertThat(shown).isGreaterThan(40);
  }

  @Test
  void theDiagramIsTheMermaidOutput() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);

    assertThat(block(readme, "mermaid") + "\n").isEqualTo(run("show", "--format", "mermaid"));
  }
}
