package dev.hearsay.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code hearsay} program: shows a claims dataset (by default the worked Kursk report) as a
 * summary, a timeline, provenance chains and conflicts, or as a Mermaid graph; and validates
 * dataset files.
 *
 * <p>Run it in-process with picocli; {@code execute} returns the exit code:
 *
 * <pre>{@code
 * int code = new CommandLine(new HearsayCli()).setOut(out).setErr(err).execute("show");
 * }</pre>
 *
 * <p>Exit codes: 0 success; 1 a dataset breaks a rule; 2 a file cannot be read or parsed, or the
 * command line is wrong.
 */
@Command(
    name = "hearsay",
    mixinStandardHelpOptions = true,
    versionProvider = HearsayCli.Version.class,
    description = "Shows and validates Hearsay claims datasets: who said what, citing whom, when,"
        + " and how sure they were.",
    subcommands = {ShowCommand.class, ValidateCommand.class, CommandLine.HelpCommand.class})
public final class HearsayCli implements Runnable {
  /** Exit code when a dataset breaks one or more rules. */
  static final int INVALID = 1;

  /** Exit code when a file cannot be read or parsed. */
  static final int UNREADABLE = 2;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli fills in its options. */
  public HearsayCli() {}

  /**
   * Runs the program and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The program's command line, with colour when writing to a terminal and {@code NO_COLOR} is
   * not set, and exit code 2 for a malformed command line.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new HearsayCli());
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(Terminal.ansi()));
    return cli;
  }

  /** With no subcommand, explains how to use the program and fails. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing a command: show or validate");
  }

  /** Reads the version from the properties that the build writes. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = HearsayCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {
          "hearsay " + properties.getProperty("version", "(unknown version)"),
          "Dataset schema " + dev.hearsay.core.model.Dataset.SCHEMA_VERSION
      };
    }
  }
}
