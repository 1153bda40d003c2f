package dev.hearsay.examples.cli;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.examples.render.SafeText;
import dev.hearsay.examples.render.TextView;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hearsay validate FILE...}: checks dataset files against every rule. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = HearsayCli.Version.class,
    description = {
      "Checks dataset files and lists every violation with its path: of a file with more"
          + " than 1,000, the first 1,000 and how many there are in all.",
      "FILE - reads the dataset from standard input; give a file named - as ./-.",
      "A corpus manifest or JSON Lines (.jsonl) is checked as a corpus: every dataset, the"
          + " links, and the corpus's rules (two datasets under one id, links naming a missing"
          + " dataset, claim or entity, ...), each problem with its file, line, column and path."
          + " With --links, the FILEs are one corpus, each dataset under the id its file's name"
          + " gives (without .json); --corpus checks the worked corpus that ships with the"
          + " program."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file holds a valid dataset",
      "1:a dataset (or a corpus's links) breaks one or more rules, or a quote does not match a"
          + " --text",
      "2:a file cannot be read or parsed, or is empty; or the command line is wrong"
    })
final class ValidateCommand extends ProgramCommand {
  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "Datasets in JSON, or -; corpus manifests; JSON Lines.")
  private List<String> files = new ArrayList<>();

  @Option(
      names = "--links",
      paramLabel = "FILE",
      description =
          "The links document between the datasets given as FILEs: checks them as one" + " corpus.")
  private String links;

  @Option(names = "--corpus", description = "Checks the worked corpus that ships with the program.")
  private boolean embeddedCorpus;

  @Option(
      names = "--text",
      paramLabel = "SOURCE=FILE",
      description = {
        "Checks every quote of the source SOURCE against its text in FILE (UTF-8): the exact words,"
            + " where the offsets say, with the prefix and suffix around them. Repeatable."
      })
  private Map<String, String> texts = new LinkedHashMap<>();

  @Override
  public Integer call() {
    PrintWriter out = out();
    PrintWriter err = err();
    if (links != null || embeddedCorpus) {
      if (!texts.isEmpty()) {
        return refuseTexts(err);
      }
      int exit =
          corpus(
              new CorpusInput(files, Optional.ofNullable(links), embeddedCorpus),
              links != null ? "the corpus" : "the worked corpus",
              out,
              err);
      out.flush();
      err.flush();
      return exit;
    }
    if (files.isEmpty()) {
      throw new CommandLine.ParameterException(
          commandLine(), "Missing FILE: give the dataset files to check, or --corpus");
    }
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
      if (CorpusInput.corpusFile(argument)) {
        if (!texts.isEmpty()) {
          return refuseTexts(err);
        }
        exit =
            Math.max(
                exit,
                corpus(
                    new CorpusInput(List.of(argument), Optional.empty(), false),
                    SafeText.value(argument),
                    out,
                    err));
        continue;
      }
      DatasetInput input = new DatasetInput(argument);
      DatasetFiles.Reading reading;
      if (input.standardInput() && standardInputRead) {
        reading = new DatasetFiles.Unreadable("standard input was read already, for an earlier -");
      } else {
        standardInputRead |= input.standardInput();
        reading = input.read(reader, standardInput());
      }
      List<String> quoteProblems =
          reading instanceof DatasetFiles.Loaded loaded
              ? sourceTexts.problems(loaded.dataset())
              : List.of();
      if (reading instanceof DatasetFiles.Loaded loaded && quoteProblems.isEmpty()) {
        Dataset dataset = loaded.dataset();
        String quotes =
            sourceTexts.isEmpty()
                ? ""
                : "; "
                    + TextView.count(sourceTexts.quotesChecked(dataset), "quote")
                    + " checked against the text";
        out.println(
            input.shown()
                + ": valid ("
                + TextView.count(dataset.claims().size(), "claim")
                + ", "
                + TextView.count(dataset.events().size(), "event")
                + quotes
                + ")");
      } else if (!quoteProblems.isEmpty()) {
        out.println(
            input.shown()
                + ": quotes do not match the text, "
                + TextView.count(quoteProblems.size(), "problem")
                + ":");
        quoteProblems.forEach(p -> out.println("  " + SafeText.message(p)));
        exit = Math.max(exit, HearsayCli.INVALID);
      } else if (reading instanceof DatasetFiles.Invalid invalid) {
        out.println(
            input.shown() + ": invalid, " + TextView.count(invalid.total(), "violation") + ":");
        invalid.problems().forEach(p -> out.println("  " + SafeText.message(p)));
        long more = invalid.total() - invalid.problems().size();
        if (more > 0) {
          out.println(
              String.format(
                  Locale.ROOT,
                  "  ... and %,d more %s (%,d in all)",
                  more,
                  more == 1 ? "violation" : "violations",
                  invalid.total()));
        }
        exit = Math.max(exit, HearsayCli.INVALID);
      } else {
        exit =
            Math.max(
                exit,
                Outcome.unreadable(
                    err, input.shown(), ((DatasetFiles.Unreadable) reading).problem()));
      }
    }
    out.flush();
    err.flush();
    return exit;
  }

  /** Checks a corpus whole, and prints what came of it. */
  private static int corpus(CorpusInput input, String name, PrintWriter out, PrintWriter err) {
    CorpusInput.Reading reading = input.read();
    if (reading instanceof CorpusInput.Refused refused) {
      PrintWriter to = refused.exit() == HearsayCli.UNREADABLE ? err : out;
      to.println(name + ": invalid corpus, " + TextView.count(refused.total(), "problem") + ":");
      refused.lines().forEach(line -> to.println("  " + line));
      return refused.exit();
    }
    Corpus corpus = ((CorpusInput.Loaded) reading).corpus();
    Links links = corpus.links();
    out.println(
        name
            + ": valid corpus ("
            + TextView.count(corpus.datasets().size(), "dataset")
            + ", "
            + TextView.count(
                corpus.datasets().values().stream().mapToInt(d -> d.claims().size()).sum(), "claim")
            + "; links: "
            + TextView.count(links.identities().size(), "identity statement")
            + ", "
            + TextView.count(links.claims().size(), "claim link")
            + ", "
            + TextView.count(links.events().size(), "event link")
            + ")");
    return 0;
  }

  private static int refuseTexts(PrintWriter err) {
    err.println(
        "--text checks the quotes of one dataset; check each dataset of a corpus with its"
            + " own text, one at a time");
    err.flush();
    return HearsayCli.UNREADABLE;
  }
}
