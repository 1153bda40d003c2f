package dev.hearsay.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the program says about a file is in words for people: no Java class, feature or method,
 * a read limit named by what it limits, a suggestion for a misspelt field.
 */
class PlainMessagesTest {
  @Test
  void aMisspeltFieldGetsASuggestion() {
    ProgramRun run =
        ProgramRun.withInput(
            "{\"schemaVersion\": \"1.1\", \"metadata\":"
                + " {\"title\": \"t\", \"licence\": \"CC0\"}}",
            "validate",
            "-");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "line 1, column 64: metadata.licence: 'licence' is not a field of DatasetMetadata; did you"
                + " mean 'license'?");
    HostileInputTest.assertSafe(run);
  }

  @Test
  void aFiftyMegabyteStringIsReportedWithTheLimitNotAWrongLength() {
    InputStream fiftyMegabytes =
        new SequenceInputStream(
            Collections.enumeration(
                List.of(
                    bytes("{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \""),
                    new ByteArrayInputStream(
                        "x".repeat(50_000_000).getBytes(StandardCharsets.US_ASCII)),
                    bytes("\"}}"))));

    ProgramRun run = ProgramRun.withInput(fiftyMegabytes, "validate", "-");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "standard input: line 1, column 48: a string longer than the"
                + " limit of 100,000 characters"
                + System.lineSeparator());
  }

  @Test
  void jacksonsSyntaxMessagesReadAsWords() {
    ProgramRun run =
        ProgramRun.withInput(
            "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\":"
                + " \"t\"}, \"places\": [{\"id\": \"p\", \"name\": \"n\", \"coordinates\":"
                + " {\"latitude\": NaN, \"longitude\": 1}}]}",
            "validate",
            "-");

    assertThat(run.err())
        .isEqualTo(
            "standard input: line 1, column 121: places[p].coordinates:"
                + " 'NaN' is not a value in JSON"
                + System.lineSeparator());
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
