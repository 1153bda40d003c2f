package dev.hearsay.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.examples.KurskReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Runs the program in-process, as a user would on the command line. */
class HearsayCliTest {
  @TempDir Path dir;

  private static ProgramRun run(String... args) {
    return ProgramRun.of(args);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static String reportJson() {
    return new DatasetFiles().write(KurskReport.dataset());
  }

  @Test
  void showPrintsTheEmbeddedReport() {
    ProgramRun run = run("show");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("North Korean soldiers in the Kursk region: a news report of October 2024")
        .contains("20 claims, 8 events, 14 relations")
        .doesNotContain("\u001B[");
  }

  @Test
  void theTimelineReadsVagueDatesAsAPersonWould() {
    String out = run("show").out();

    assertThat(out)
        .contains("since Aug 2024 [2024-08/..] (year inferred)")
        .contains("by 28 Oct 2024 [../2024-10-28] (year inferred)")
        .contains("winter 2024 [2024-24] (inferred)")
        .contains("  7.   undated");
    // Zelensky's day cannot be ordered against "since August" or "by October 28".
    assertThat(out)
        .containsPattern(
            "2\\. ↕ 25 Oct 2024 \\[2024-10-25\\] \\(year inferred\\)\\R.*\\R"
                + "    order undetermined with #1, #4, #5");
    // "Since August" comes first, "by October 28" at the end of that day.
    assertThat(out.indexOf("since Aug 2024 [2024-08/..]"))
        .isLessThan(out.indexOf("25 Oct 2024 [2024-10-25]"));
    assertThat(out.indexOf("25 Oct 2024 [2024-10-25]"))
        .isLessThan(out.indexOf("27 Oct 2024 [2024-10-27]"));
    assertThat(out.indexOf("27 Oct 2024 [2024-10-27]"))
        .isLessThan(out.indexOf("by 28 Oct 2024 [../2024-10-28]"));
  }

  @Test
  void theTimelineExplainsItsMarksAndEveryMarkedEntryNamesTheOthers() {
    String out = run("show").out();
    String timeline = out.substring(out.indexOf("\nTimeline\n"), out.indexOf("\nClaims\n"));
    String[] lines = timeline.strip().split("\\R");

    assertThat(lines[1]).isEqualTo("  ↕ order undetermined against the entries listed under it");
    assertThat(lines[2])
        .isEqualTo(
            "  [...] the time in EDTF; (inferred), (year inferred): the curator's, not the text's");
    // Not the marks of EDTF's approximate and uncertain values.
    assertThat(timeline).doesNotContain("≈", "~");
    int marked = 0;
    for (int i = 3; i < lines.length; i++) {
      if (lines[i].matches(" *\\d+\\. ↕ .*")) {
        marked++;
        assertThat(lines[i + 2])
            .as("the entry after %s", lines[i])
            .startsWith("    order undetermined with #");
      } else if (lines[i].matches(" *\\d+\\. .*")) {
        assertThat(lines[i + 2])
            .as("the entry after %s", lines[i])
            .doesNotContain("order undetermined");
      }
    }
    assertThat(marked).isEqualTo(6);
  }

  @Test
  void everyClaimCountsPartiesAndChannelsOnOneLine() {
    String out = run("show").out();

    assertThat(out)
        .contains(
            String.join(
                System.lineSeparator(),
                "    parties: 3 for (Ukrainian officials, American officials, Volodymyr Zelensky),"
                    + " 0 against; channels: 2 (one through The New York Times)",
                "    counting: c-deployment-expected supports c-set-to-join, c-in-combat-zones supports"
                    + " c-set-to-join"));
    String[] lines = out.split("\\R");
    int claims = 0;
    for (String line : lines) {
      if (line.startsWith("    parties: ")) {
        claims++;
        assertThat(line)
            .matches(
                "    parties: \\d+ for( \\(.+\\))?, \\d+ against( \\(.+\\))?"
                    + "(, \\d+ neither \\(.+\\))?; channels: \\d+( \\(.+\\))?");
      }
    }
    assertThat(claims).isEqualTo(KurskReport.dataset().claims().size());
  }

  @Test
  void eachClaimShowsItsChainsCommitmentPartiesAndChannels() {
    String out = run("show").out();

    assertThat(out)
        .contains(
            "  c-set-to-join  North Korean soldiers will join Russian troops",
            "    report (PR+) <- The New York Times (\"reports\", PR+)"
                + " <- Ukrainian officials (\"citing\", PR+)",
            "    report (PR+) <- The New York Times (\"reports\", PR+)"
                + " <- American officials (\"citing\", PR+)",
            "    parties: 3 for (Ukrainian officials, American officials, Volodymyr Zelensky),"
                + " 0 against; channels: 2 (one through The New York Times)",
            "    report (Uu) <- BILD (implied, PR-, inferred)"
                + " <- Elena Guseinova (\"suggests\", PR-, unlikely 20–45%)",
            "    commitment at the origin: CT- (certainly not)",
            "    quantity: arms-supplies-value: ≤ 5,000,000,000 EUR (\"up to five billion euros\")",
            "    quantity: > 20,000 troops (\"more than 20,000 troops\")");
  }

  @Test
  void theConflictsComeLastAndTheWorkedReportHasNone() {
    String out = run("show").out();

    // Yermak and the trucks are later news on "not yet in combat", not contradictions of it.
    assertThat(out).endsWith(String.join(System.lineSeparator(), "Conflicts", "  (none)", ""));
  }

  @Test
  void mermaidDrawsWhoRelaysWhom() {
    ProgramRun run = run("show", "--format", "mermaid");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("flowchart LR\n")
        .contains("  a_unnamed_outlet[\"report: Unnamed outlet\"]\n")
        .contains("  a_ukrainian_officials[\"Ukrainian officials (anonymous)\"]\n")
        .contains("  a_ukrainian_officials -->|\"citing: c-set-to-join\"| a_nyt\n")
        .contains("  a_unnamed_sources -.->|\"reportedly: c-trucks-at-front\"| a_unnamed_outlet\n");
  }

  @Test
  void jsonIsTheDatasetsOwnForm() throws IOException {
    ProgramRun run = run("show", "--format", "JSON");

    assertThat(run.exit()).isZero();
    Path file = write("round-trip.json", run.out());
    assertThat(new DatasetFiles().read(file))
        .isEqualTo(new DatasetFiles.Loaded(KurskReport.dataset()));
  }

  @Test
  void showReadsAFile() throws IOException {
    Path file = write("report.json", reportJson());

    ProgramRun run = run("show", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(run("show").out());
  }

  @Test
  void validateAcceptsAValidDataset() throws IOException {
    Path file = write("report.json", reportJson());

    ProgramRun run = run("validate", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isEqualTo(file + ": valid (20 claims, 8 events)" + System.lineSeparator());
  }

  @Test
  void validateListsEveryViolationByPath() throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    ObjectNode tree = (ObjectNode) json.readTree(reportJson());
    ((ObjectNode) tree.get("metadata")).put("encodes", "no-such-source");
    ((ObjectNode) ((ArrayNode) tree.get("relations")).get(0)).put("to", "c-no-such-claim");
    Path file = write("broken.json", json.writeValueAsString(tree));

    ProgramRun run = run("validate", file.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .startsWith(file + ": invalid, 2 violations:")
        .contains(": metadata.encodes: no source has the id 'no-such-source'")
        .contains(": relations[0].to: no claim has the id 'c-no-such-claim'")
        .containsPattern("  line 1, column \\d+: metadata.encodes: ")
        .contains("[UNKNOWN_REFERENCE]");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validateGivesTheLineAndColumnOfASyntaxError() throws IOException {
    Path file = write("syntax.json", "{\n  \"schemaVersion\": \"1.0\",\n  \"metadata\": {,\n}\n");

    ProgramRun run = run("validate", file.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith(file + ": line 3, column ");
    assertThat(run.err() + run.out()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void validateReportsAMissingFile() {
    Path missing = dir.resolve("missing.json");

    ProgramRun run = run("validate", missing.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(missing + ": no such file" + System.lineSeparator());
  }

  @Test
  void validateExitsWithTheWorstOutcomeAndChecksEveryFile() throws IOException {
    Path valid = write("valid.json", reportJson());
    Path missing = dir.resolve("missing.json");

    ProgramRun run = run("validate", missing.toString(), valid.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains(valid + ": valid");
  }

  @Test
  void validateRefusesUnknownFields() throws IOException {
    Path file =
        write(
            "unknown.json",
            "{\"schemaVersion\": \"1.0\", \"metadata\": {\"title\": \"t\", \"licence\": \"x\"}}");

    ProgramRun run = run("validate", file.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("line 1, column ").contains("licence");
  }

  @Test
  void showRefusesBadFiles() throws IOException {
    Path syntax = write("syntax.json", "{\"schemaVersion\" \"1.0\"}");
    Path array = write("array.json", "[1, 2]");

    ProgramRun unparsable = run("show", syntax.toString());
    assertThat(unparsable.exit()).isEqualTo(2);
    assertThat(unparsable.err()).startsWith(syntax + ": line 1, column 18: ");
    assertThat(unparsable.out()).isEmpty();
    ProgramRun invalid = run("show", array.toString());
    assertThat(invalid.exit()).isEqualTo(1);
    assertThat(invalid.err()).contains("expected a dataset object, found an array");
    assertThat(run("show", dir.resolve("missing.json").toString()).exit()).isEqualTo(2);
  }

  @Test
  void everyCommandHasHelpAndTheProgramAVersion() {
    for (String[] args : new String[][] {{"--help"}, {"show", "--help"}, {"validate", "--help"}}) {
      ProgramRun run = run(args);
      assertThat(run.exit()).as(String.join(" ", args)).isZero();
      assertThat(run.out()).as(String.join(" ", args)).startsWith("Usage: hearsay");
    }
    assertThat(run("--version").out()).startsWith("hearsay 0.1.0");
  }

  @Test
  void aWrongCommandLineExitsWith2() {
    ProgramRun unknownFormat = run("show", "--format", "xml");
    assertThat(unknownFormat.exit()).isEqualTo(2);
    assertThat(unknownFormat.err()).contains("'xml' is not a format; choose text, json or mermaid");

    ProgramRun noCommand = run();
    assertThat(noCommand.exit()).isEqualTo(2);
    assertThat(noCommand.err()).contains("Missing a command");

    assertThat(run("validate").exit()).isEqualTo(2);
  }
}
