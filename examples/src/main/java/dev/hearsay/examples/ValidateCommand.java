package dev.hearsay.examples;

import dev.hearsay.core.model.Dataset;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code hearsay validate FILE...}: checks dataset files against every rule. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = HearsayCli.Version.class,
    description = {
        "Checks dataset files and lists every violation with its path: of a file with more"
            + " than 1,000, the first 1,000 and how many there are in all.",
        "FILE - reads the dataset from standard input; give a file named - as ./-."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every file holds a valid dataset",
        "1:a dataset breaks one or more rules, or a quote does not match a --text",
        "2:a file cannot be read or parsed, or is empty; or the command line is wrong"})
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Datasets in JSON, or -.")
  private List<String> files;

  @Option(names = "--text", paramLabel = "SOURCE=FILE", description = {
      "Checks every quote of the source SOURCE against its text in FILE (UTF-8): the exact words,"
          + " where the offsets say, with the prefix and suffix around them. Repeatable."})
  private Map<String, String> texts = new LinkedHashMap<>();

  @ParentCommand
  private HearsayCli program;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DatasetFiles reader = new DatasetFiles();
    SourceTexts.Loading loading = SourceTexts.read(texts);
    if (loading instanceof SourceTexts.Failed failed) {
      err.println(failed.problem());
      err.flush();
      return HearsayCli.UNREADABLE;
    }
    SourceTexts sourceTexts = ((SourceTexts.Loaded) loading).texts();
    boolean standardInputRead = false;
    int exit = 0;
    for (String argument : files) {
      DatasetInput input = new DatasetInput(argument);
      DatasetFiles.Reading reading;
      if (input.standardInput() && standardInputRead) {
        reading = new DatasetFiles.Unreadable("standard input was read already, for an earlier -");
      } else {
        standardInputRead |= input.standardInput();
        reading = input.read(reader, program.standardInput());
      }
      List<String> quoteProblems = reading instanceof DatasetFiles.Loaded loaded
          ? sourceTexts.problems(loaded.dataset()) : List.of();
      if (reading instanceof DatasetFiles.Loaded loaded && quoteProblems.isEmpty()) {
        Dataset dataset = loaded.dataset();
        String quotes = sourceTexts.isEmpty() ? ""
            : "; " + TextView.count(sourceTexts.quotesChecked(dataset), "quote")
                + " checked against the text";
        out.println(input.shown() + ": valid ("
            + TextView.count(dataset.claims().size(), "claim") + ", "
            + TextView.count(dataset.events().size(), "event") + quotes + ")");
      } else if (!quoteProblems.isEmpty()) {
        out.println(input.shown() + ": quotes do not match the text, "
            + TextView.count(quoteProblems.size(), "problem") + ":");
        quoteProblems.forEach(p -> out.println("  " + SafeText.message(p)));
        exit = Math.max(exit, HearsayCli.INVALID);
      } else if (reading instanceof DatasetFiles.Invalid invalid) {
        out.println(
            input.shown() + ": invalid, " + TextView.count(invalid.total(), "violation") + ":");
        invalid.problems().forEach(p -> out.println("  " + SafeText.message(p)));
        long more = invalid.total() - invalid.problems().size();
        if (more > 0) {
          out.println(String.format(Locale.ROOT, "  ... and %,d more %s (%,d in all)",
              more, more == 1 ? "violation" : "violations", invalid.total()));
        }
        exit = Math.max(exit, HearsayCli.INVALID);
      } else {
        err.println(input.shown() + ": "
            + SafeText.message(((DatasetFiles.Unreadable) reading).problem()));
        exit = Math.max(exit, HearsayCli.UNREADABLE);
      }
    }
    out.flush();
    err.flush();
    return exit;
  }
}
