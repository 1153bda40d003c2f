package dev.hearsay.examples.cli;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README shows the program's real output: its excerpt of {@code show}, its diagram, and its
 * answers on the worked corpus.
 */
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
      assertThat(found)
          .as("the README's line, after line %d of the output: %s", at, line)
          .isNotNegative();
      at += found + 1;
      shown++;
    }
    assertThat(shown).isGreaterThan(40);
  }

  @Test
  void everyConsoleBlockIsTheProgramsOutputWithSomeLinesLeftOut() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher blocks =
        Pattern.compile("(?s)```console\\R\\$ hearsay (.*?)\\R(.*?)\\R```").matcher(readme);
    int checked = 0;
    while (blocks.find()) {
      String[] args = blocks.group(1).split(" ");
      ProgramRun run = ProgramRun.of(args);
      assertThat(run.exit()).as("hearsay %s: %s", blocks.group(1), run.err()).isZero();
      assertInOrder(blocks.group(2), run.out().replace(System.lineSeparator(), "\n"));
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(2);
  }

  @Test
  void theAnswerOnTheWorkedCorpusSaysWhatTheProgramCounts() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    ProgramRun run =
        ProgramRun.of(
            "origins",
            "--corpus",
            "--as-of",
            "2024-10-30",
            "kbs:c-some-in-kursk",
            "--format",
            "json");
    JsonNode answer = JsonMapper.builder().build().readTree(run.out());
    JsonNode parties = answer.get("parties");
    List<String> relayedOnly = new java.util.ArrayList<>();
    answer.get("relayedOnly").forEach(d -> relayedOnly.add(d.asString()));

    assertThat(readme)
        .contains(
            "By 30 October 2024, "
                + parties.get("for").get("min").asInt()
                + " to "
                + parties.get("for").get("max").asInt()
                + " parties said so");
    assertThat(parties.get("against").get("max").asInt()).isZero();
    assertThat(readme)
        .contains("none said otherwise")
        .contains("They came by " + answer.get("channels").size() + " channels")
        .contains("Six claims in five reports say it");
    assertThat(answer.get("cluster").size()).isEqualTo(6);
    assertThat(answer.get("possiblySame").size()).isEqualTo(1);
    assertThat(answer.get("unresolved").size()).isZero();
    assertThat(relayedOnly).hasSize(5);
  }

  /** Every line of the excerpt is the output's, in its order; "  ..." stands for lines left out. */
  private static void assertInOrder(String excerpt, String output) {
    List<String> lines = List.of(output.split("\n"));
    int at = 0;
    for (String line : excerpt.split("\\R")) {
      if (line.equals("  ...")) {
        continue;
      }
      int found = lines.subList(at, lines.size()).indexOf(line);
      assertThat(found)
          .as("the README's line, after line %d of the output: %s", at, line)
          .isNotNegative();
      at += found + 1;
    }
  }

  @Test
  void theDiagramIsTheMermaidOutput() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);

    assertThat(block(readme, "mermaid") + "\n").isEqualTo(run("show", "--format", "mermaid"));
  }
}
