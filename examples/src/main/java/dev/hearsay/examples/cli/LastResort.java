package dev.hearsay.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * What the program does when it fails of itself rather than because of its input: one line on
 * the error stream, never a stack trace, and exit code {@value HearsayCli#INTERNAL_ERROR}.
 */
final class LastResort implements IExecutionStrategy, IExecutionExceptionHandler {
  /** The line printed for a failure of the program. */
  static final String INTERNAL_ERROR_LINE =
      "hearsay: internal error; this is a fault in hearsay, not in its input. Please report it"
          + " with the command you ran.";

  /** The line printed when the program runs out of memory. */
  static final String OUT_OF_MEMORY_LINE =
      "hearsay: out of memory; give Java more, for example java -Xmx4g -jar ...";

  /** Runs the command that was given, and reports any failure that escapes it. */
  @Override
  public int execute(ParseResult parseResult) {
    try {
      return new CommandLine.RunLast().execute(parseResult);
    } catch (CommandLine.ParameterException | CommandLine.ExecutionException e) {
      throw e;
    } catch (RuntimeException | Error e) {
      return report(e, parseResult.commandSpec().commandLine().getErr());
    }
  }

  /** Reports an exception that a command threw. */
  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    return report(exception, commandLine.getErr());
  }

  /**
   * Prints the line for the failure and returns the exit code; a failure to print is ignored.
   *
   * @param failure what was thrown
   * @param err where to print
   * @return {@value HearsayCli#INTERNAL_ERROR}
   */
  static int report(Throwable failure, PrintWriter err) {
    Throwable cause = failure;
    while (cause instanceof CommandLine.ExecutionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    try {
      err.println(cause instanceof OutOfMemoryError ? OUT_OF_MEMORY_LINE : INTERNAL_ERROR_LINE);
      err.flush();
    } catch (RuntimeException | Error ignored) {
      // Nothing more can be said.
    }
    return HearsayCli.INTERNAL_ERROR;
  }
}
