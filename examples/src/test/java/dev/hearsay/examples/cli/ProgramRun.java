package dev.hearsay.examples.cli;

import dev.hearsay.examples.render.SafeText;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * One run of the program in-process, as a user would run it on the command line: its exit code
 * and what it printed on standard output and standard error.
 *
 * @param exit the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record ProgramRun(int exit, String out, String err) {
  /** What a stack trace or a Java name in a message looks like. */
  static final Pattern JAVA =
      Pattern.compile(
          "\\tat |Exception|Feature|Constraints|`|tools\\.jackson|java\\.|dev\\.hearsay|getMax"
              + "|JsonToken|VALUE_STRING|Source: |REDACTED");

  /** Runs the program with the given arguments and nothing on standard input. */
  static ProgramRun of(String... args) {
    return withInput(new ByteArrayInputStream(new byte[0]), args);
  }

  /** Runs the program with the given text on standard input. */
  static ProgramRun withInput(String standardInput, String... args) {
    return withInput(
        new ByteArrayInputStream(standardInput.getBytes(StandardCharsets.UTF_8)), args);
  }

  /** Runs the program with the given stream as standard input. */
  static ProgramRun withInput(InputStream standardInput, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        HearsayCli.commandLine(new HearsayCli(standardInput))
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute(args);
    return new ProgramRun(exit, out.toString(), err.toString());
  }

  /** Standard output and standard error together. */
  String printed() {
    return out + err;
  }

  /** The first character printed that a terminal could act on, or -1 when there is none. */
  int firstUnsafeCharacter() {
    return printed()
        .codePoints()
        .filter(c -> c != '\n' && c != '\r' && SafeText.unsafe(c))
        .findFirst()
        .orElse(-1);
  }
}
