package dev.hearsay.examples;

import dev.hearsay.core.model.Dataset;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code hearsay show [FILE]}: a dataset as text, JSON or a Mermaid provenance graph. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    versionProvider = HearsayCli.Version.class,
    description = {
        "Shows a dataset: its summary, timeline, claims with their chains, commitment, parties"
            + " for and against and the channels they came by, and conflicts.",
        "With no FILE, shows the worked report that ships with the program; FILE - reads the"
            + " dataset from standard input (a file named - is ./-)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the dataset was shown",
        "1:the dataset breaks one or more rules",
        "2:the file cannot be read or parsed, or is empty, or the command line is wrong"})
final class ShowCommand implements Callable<Integer> {
  /** The forms in which {@code show} prints a dataset. */
  enum Format {
    TEXT, JSON, MERMAID;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How many of an invalid dataset's violations {@code show} lists. */
  static final int LISTED_VIOLATIONS = 5;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "A dataset in JSON, or -.")
  private String file;

  @ParentCommand
  private HearsayCli program;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "text (default), json (the dataset's JSON form) or mermaid (a flowchart of"
          + " who relays whom, for which claims).")
  private Format format;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DatasetFiles files = new DatasetFiles();
    Dataset dataset;
    if (file == null) {
      dataset = files.embedded();
    } else {
      DatasetInput input = new DatasetInput(file);
      DatasetFiles.Reading reading = input.read(files, program.standardInput());
      if (reading instanceof DatasetFiles.Invalid invalid) {
        err.println(input.shown() + ": invalid dataset; run 'hearsay validate "
            + (input.standardInput() ? "-" : input.shown()) + "' for details");
        invalid.problems().stream().limit(LISTED_VIOLATIONS)
            .forEach(p -> err.println("  " + SafeText.message(p)));
        long more = invalid.total() - Math.min(LISTED_VIOLATIONS, invalid.problems().size());
        if (more > 0) {
          err.println(String.format(Locale.ROOT, "  ... and %,d more", more));
        }
        err.flush();
        return HearsayCli.INVALID;
      }
      if (reading instanceof DatasetFiles.Unreadable unreadable) {
        err.println(input.shown() + ": " + SafeText.message(unreadable.problem()));
        err.flush();
        return HearsayCli.UNREADABLE;
      }
      dataset = ((DatasetFiles.Loaded) reading).dataset();
    }
    switch (format) {
      case JSON:
        out.print(files.write(dataset));
        break;
      case MERMAID:
        out.print(MermaidGraph.of(dataset));
        break;
      default:
        new TextView(dataset, out,
            Terminal.resolve(spec.commandLine().getColorScheme().ansi())).print();
        break;
    }
    out.flush();
    return 0;
  }

  /** Reads {@code --format} case-insensitively and names the choices when it fails. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.toString().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new TypeConversionException(
          "'" + SafeText.value(value) + "' is not a format; choose text, json or mermaid");
    }
  }
}
