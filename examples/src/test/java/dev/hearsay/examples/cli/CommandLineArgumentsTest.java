package dev.hearsay.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.examples.KurskReport;
import dev.hearsay.examples.render.SafeText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arguments are taken as they are, with no {@code @file} expansion, and echoed safe for a
 * terminal: file names, formats, unknown options and commands.
 */
class CommandLineArgumentsTest {
  @TempDir Path dir;

  private Path validFile(String name) throws IOException {
    return Files.writeString(dir.resolve(name), new DatasetFiles().write(KurskReport.dataset()));
  }

  @Test
  void anAtFileIsAFileNameNotAListOfArguments() throws IOException {
    Path listed = validFile("report.json");
    Path list = Files.writeString(dir.resolve("args.txt"), listed + System.lineSeparator());

    ProgramRun run = ProgramRun.of("validate", "@" + list);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("@" + list + ": no such file" + System.lineSeparator());
    assertThat(run.out()).doesNotContain("valid");
  }

  @Test
  void aFileWhoseNameStartsWithAtIsRead() throws IOException {
    Path file = validFile("@report.json");

    ProgramRun run = ProgramRun.of("validate", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith(file + ": valid");
  }

  @Test
  void aHostileFileNameIsEscaped() throws IOException {
    Path file = validFile("report\u001b]0;pwned\u0007\u001b[2J\u202e.json");

    ProgramRun valid = ProgramRun.of("validate", file.toString());
    ProgramRun missing = ProgramRun.of("show", file + "\u0085\u200f");

    String escaped = dir + "/report\\u001b]0;pwned\\u0007\\u001b[2J\\u202e.json";
    assertThat(valid.exit()).isZero();
    assertThat(valid.out()).startsWith(escaped + ": valid");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).startsWith(escaped + "\\u0085\\u200f: no such file");
    HostileInputTest.assertSafe(valid);
    HostileInputTest.assertSafe(missing);
  }

  @Test
  void aLongFileNameIsCut() {
    String name = "x".repeat(300) + ".json";

    ProgramRun run = ProgramRun.of("validate", name);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("x".repeat(200) + "… (105 more characters): ");
  }

  @Test
  void aFileNameTheSystemCannotHoldIsSaidSo() {
    ProgramRun run = ProgramRun.of("validate", "a\u0000b");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("a\\u0000b: not a file name this system allows" + System.lineSeparator());
  }

  @Test
  void wrongArgumentsAreEchoedEscaped() {
    ProgramRun format = ProgramRun.of("show", "--format", "\u001b[2Jxml\u202e");
    ProgramRun command = ProgramRun.of("\u001b]0;pwned\u0007");
    ProgramRun option = ProgramRun.of("show", "--x\u001b[31m");
    ProgramRun help = ProgramRun.of("help", "\u001b[2J");

    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("'\\u001b[2Jxml\\u202e' is not a format");
    assertThat(command.exit()).isEqualTo(2);
    assertThat(command.err()).contains("\\u001b]0;pwned\\u0007");
    assertThat(option.exit()).isEqualTo(2);
    assertThat(option.err()).contains("--x\\u001b[31m");
    assertThat(help.exit()).isEqualTo(2);
    assertThat(help.err()).contains("\\u001b[2J");
    for (ProgramRun run : new ProgramRun[] {format, command, option, help}) {
      HostileInputTest.assertSafe(run);
    }
  }

  @Test
  void aLongWrongArgumentIsCut() {
    ProgramRun run = ProgramRun.of("show", "--format", "y".repeat(10_000));

    assertThat(run.err()).contains("'" + "y".repeat(200) + "… (9,800 more characters)'");
    assertThat(run.err().lines().mapToInt(String::length).max().orElse(0))
        .isLessThanOrEqualTo(SafeText.MESSAGE_LENGTH + 40);
  }
}
