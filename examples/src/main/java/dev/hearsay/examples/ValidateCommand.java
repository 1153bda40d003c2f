package dev.hearsay.examples;

import dev.hearsay.core.model.Dataset;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hearsay validate FILE...}: checks dataset files against every rule. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = HearsayCli.Version.class,
    description = "Checks dataset files and lists every violation with its path.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every file holds a valid dataset",
        "1:a dataset breaks one or more rules",
        "2:a file cannot be read or parsed"})
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Datasets in JSON.")
  private List<Path> files;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DatasetFiles reader = new DatasetFiles();
    int exit = 0;
    for (Path file : files) {
      DatasetFiles.Reading reading = reader.read(file);
      if (reading instanceof DatasetFiles.Loaded loaded) {
        Dataset dataset = loaded.dataset();
        out.println(file + ": valid (" + dataset.claims().size() + " claims, "
            + dataset.events().size() + " events)");
      } else if (reading instanceof DatasetFiles.Invalid invalid) {
        int n = invalid.problems().size();
        out.println(file + ": invalid, " + n + (n == 1 ? " violation:" : " violations:"));
        invalid.problems().forEach(p -> out.println("  " + p));
        exit = Math.max(exit, HearsayCli.INVALID);
      } else {
        err.println(file + ": " + ((DatasetFiles.Unreadable) reading).problem());
        exit = Math.max(exit, HearsayCli.UNREADABLE);
      }
    }
    out.flush();
    err.flush();
    return exit;
  }
}
