package dev.hearsay.examples.cli;

import dev.hearsay.examples.render.SafeText;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that the program cannot run: what is wrong, with the arguments it quotes made
 * safe for a terminal, then a suggestion or the usage, and exit code {@value
 * HearsayCli#UNREADABLE}.
 */
final class WrongCommandLine implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException problem, String[] args) {
    CommandLine commandLine = problem.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(SafeText.message(String.valueOf(problem.getMessage())));
    if (!UnmatchedArgumentException.printSuggestions(problem, err)) {
      commandLine.usage(err, commandLine.getColorScheme());
    }
    err.flush();
    return commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }
}
