package dev.hearsay.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code hearsay} program: shows a claims dataset (by default the worked Kursk report) as a
 * summary, a timeline, provenance chains and conflicts, or as a Mermaid graph; validates dataset
 * files; asks where a claim comes from, who stands for and against it, where reports
 * disagree, what happened when and what had been said by a date, of one dataset or a corpus;
 * and exports datasets to W3C PROV and ClaimReview, and imports them from PROV,
 * ClaimReview and the Fact Check Tools API.
 *
 * <p>Run it in-process with picocli; {@code execute} returns the exit code:
 *
 * <pre>{@code
 * int code = HearsayCli.commandLine().setOut(out).setErr(err).execute("show");
 * }</pre>
 *
 * <p>Exit codes: 0 success; 1 a dataset breaks a rule; 2 a file cannot be read or parsed, the
 * command line is wrong, or the program failed. Whatever it prints from its input is made safe
 * for a terminal, and it never prints a stack trace.
 */
@Command(
    name = "hearsay",
    mixinStandardHelpOptions = true,
    versionProvider = HearsayCli.Version.class,
    description =
        "Shows, validates, questions, exports and imports Hearsay claims datasets, one or"
            + " many reports at once: who said what, citing whom, when, and how sure they were.",
    subcommands = {
      ShowCommand.class,
      ValidateCommand.class,
      CommandLine.HelpCommand.class,
      TraceCommand.class,
      OriginsCommand.class,
      ConflictsCommand.class,
      TimelineCommand.class,
      AsOfCommand.class,
      ExportCommand.class,
      ImportCommand.class
    })
public final class HearsayCli implements Runnable {
  /** Exit code when a dataset breaks one or more rules. */
  static final int INVALID = 1;

  /** Exit code when a file cannot be read or parsed. */
  static final int UNREADABLE = 2;

  /** Exit code when the program fails of itself: 2, as when no answer came for a file. */
  static final int INTERNAL_ERROR = 2;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  private final InputStream standardInput;

  /** Creates the command, reading {@code -} from {@link System#in}; picocli fills in options. */
  public HearsayCli() {
    this(System.in);
  }

  /** Creates the command, reading {@code -} from the given stream. */
  HearsayCli(InputStream standardInput) {
    this.standardInput = standardInput;
  }

  /**
   * Runs the program and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    quietLibraryLogs();
    int exit;
    try {
      exit = commandLine().execute(args);
    } catch (RuntimeException | Error e) {
      exit = LastResort.report(e, new PrintWriter(System.err, true));
    }
    System.exit(exit);
  }

  /**
   * Keeps libraries from logging: ProvToolbox's jar configures Log4j to print each error it
   * throws, stack trace and all, on standard output, where the program's answer goes. The
   * program says itself what failed. A setting given on the command line ({@code -D}) stands.
   */
  static void quietLibraryLogs() {
    if (System.getProperty("log4j2.loggerContextFactory") == null
        && System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }
  }

  /**
   * The program's command line: colour when writing to a terminal and {@code NO_COLOR} is not
   * set; arguments taken as they are, with no {@code @file} expansion; exit code 2 and a message
   * safe for a terminal for a malformed command line; and one line with exit code 2, never a
   * stack trace, should the program fail.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    return commandLine(new HearsayCli());
  }

  /** The command line of the given program, configured as {@link #commandLine()} says. */
  static CommandLine commandLine(HearsayCli program) {
    CommandLine cli = new CommandLine(program);
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(Terminal.ansi()));
    cli.setExpandAtFiles(false);
    cli.setParameterExceptionHandler(new WrongCommandLine());
    LastResort lastResort = new LastResort();
    cli.setExecutionStrategy(lastResort);
    cli.setExecutionExceptionHandler(lastResort);
    return cli;
  }

  /** Where {@code -} is read from. */
  InputStream standardInput() {
    return standardInput;
  }

  /** With no subcommand, explains how to use the program and fails. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing a command: one of those listed below");
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
