package dev.hearsay.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.hearsay.examples.KurskReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -} reads standard input, and files whose size is not known, such as pipes, are read to
 * their end; empty input and white space alike are not a dataset.
 */
class StandardInputTest {
  @TempDir Path dir;

  private static String reportJson() {
    return new DatasetFiles().write(KurskReport.dataset());
  }

  @Test
  void validateReadsStandardInput() {
    ProgramRun run = ProgramRun.withInput(reportJson(), "validate", "-");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isEqualTo("standard input: valid (20 claims, 8 events)" + System.lineSeparator());
  }

  @Test
  void showReadsStandardInput() {
    ProgramRun run = ProgramRun.withInput(reportJson(), "show", "-");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(ProgramRun.of("show").out());
  }

  @Test
  void standardInputIsReadOnce() throws IOException {
    Path file = Files.writeString(dir.resolve("report.json"), reportJson());

    ProgramRun run = ProgramRun.withInput(reportJson(), "validate", "-", file.toString(), "-");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("standard input: valid", file + ": valid");
    assertThat(run.err())
        .isEqualTo(
            "standard input: standard input was read already, for an earlier -"
                + System.lineSeparator());
  }

  @Test
  void aFileNamedDashIsReadByItsPath() throws IOException {
    Path dash = Files.writeString(dir.resolve("-"), reportJson());

    ProgramRun run = ProgramRun.of("validate", dash.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith(dash + ": valid");
  }

  @Test
  void aNamedPipeIsReadToItsEnd() throws Exception {
    Path fifo = dir.resolve("pipe.json");
    assumeThat(mkfifo(fifo)).as("mkfifo makes a named pipe here").isTrue();
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(reportJson().getBytes(StandardCharsets.UTF_8));
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });

    ProgramRun run = ProgramRun.of("validate", fifo.toString());

    writer.get(30, TimeUnit.SECONDS);
    assertThat(run.exit()).as(run.printed()).isZero();
    assertThat(run.out()).startsWith(fifo + ": valid (20 claims, 8 events)");
  }

  @Test
  void emptyInputAndWhiteSpaceAreBothNotADataset() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    Path blank = Files.writeString(dir.resolve("blank.json"), "  \n\t\n");

    ProgramRun files = ProgramRun.of("validate", empty.toString(), blank.toString());
    ProgramRun input = ProgramRun.withInput(" \n", "validate", "-");
    ProgramRun nothing = ProgramRun.withInput("", "show", "-");

    assertThat(files.exit()).isEqualTo(2);
    assertThat(files.err())
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                empty + ": the file is empty",
                blank + ": the file holds only white space",
                ""));
    assertThat(input.exit()).isEqualTo(2);
    assertThat(input.err()).contains("standard input: the input holds only white space");
    assertThat(nothing.exit()).isEqualTo(2);
    assertThat(nothing.err()).contains("standard input: the input is empty");
  }

  @Test
  void theHelpOfBothCommandsExplainsDash() {
    for (String command : new String[] {"validate", "show"}) {
      assertThat(ProgramRun.of(command, "--help").out().replaceAll("\\s+", " "))
          .as(command)
          .contains("FILE - reads the dataset from standard input");
    }
  }

  private static boolean mkfifo(Path path) {
    try {
      Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
