package dev.hearsay.examples.cli;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusIndex;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.examples.render.CorpusView;
import dev.hearsay.examples.render.MermaidGraph;
import dev.hearsay.examples.render.TextView;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hearsay show [FILE...]}: a dataset as text, JSON or a Mermaid provenance graph; or a
 * corpus as text or JSON.
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    versionProvider = HearsayCli.Version.class,
    description = {
      "Shows a dataset: its summary, timeline, claims with their chains, commitment, parties"
          + " for and against and the channels they came by, and conflicts.",
      "With no FILE, shows the worked report that ships with the program; FILE - reads the"
          + " dataset from standard input (a file named - is ./-).",
      "Several FILEs are one corpus, each dataset under the id its file's name gives (without"
          + " .json), with --links FILE between them; a corpus manifest or JSON Lines (.jsonl)"
          + " is a corpus too, and --corpus shows the worked corpus that ships with the program."
          + " A corpus is shown as its reports, the entities the links make one, the"
          + " possibly-same and unresolved anonymous actors, and the claims made in two or more"
          + " reports; --format json writes it as one manifest with everything inline."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the dataset was shown",
      "1:the dataset breaks one or more rules (for a corpus: a dataset or the links)",
      "2:the file cannot be read or parsed, or is empty, or the command line is wrong"
    })
final class ShowCommand extends ProgramCommand {
  /** The forms in which {@code show} prints a dataset. */
  enum Format {
    TEXT,
    JSON,
    MERMAID;

    @Override
    public String toString() {
      return Choice.spelling(this);
    }
  }

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "A dataset in JSON, or -; or several, a corpus manifest, or JSON Lines.")
  private List<String> files = new ArrayList<>();

  @Mixin private LinksOption links = new LinksOption();

  @Option(names = "--corpus", description = "Shows the worked corpus that ships with the program.")
  private boolean embeddedCorpus;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description =
          "text (default), json (the dataset's JSON form) or mermaid (a flowchart of"
              + " who relays whom, for which claims).")
  private Format format;

  @Override
  public Integer call() {
    PrintWriter out = out();
    PrintWriter err = err();
    CorpusInput corpusInput = new CorpusInput(files, links.file(), embeddedCorpus);
    if (corpusInput.isCorpus()) {
      return showCorpus(corpusInput, out, err);
    }
    String file = files.isEmpty() ? null : files.get(0);
    DatasetFiles reader = new DatasetFiles();
    Dataset dataset;
    if (file == null) {
      dataset = reader.embedded();
    } else {
      DatasetInput input = new DatasetInput(file);
      DatasetFiles.Reading reading = input.read(reader, standardInput());
      OptionalInt failed = Outcome.failed(err, input, reading);
      if (failed.isPresent()) {
        return failed.getAsInt();
      }
      dataset = ((DatasetFiles.Loaded) reading).dataset();
    }
    switch (format) {
      case JSON:
        out.print(reader.write(dataset));
        break;
      case MERMAID:
        out.print(MermaidGraph.of(dataset));
        break;
      default:
        new TextView(dataset, out, Terminal.resolve(commandLine().getColorScheme().ansi())).print();
        break;
    }
    out.flush();
    return 0;
  }

  private int showCorpus(CorpusInput input, PrintWriter out, PrintWriter err) {
    if (format == Format.MERMAID) {
      err.println("--format mermaid draws one dataset; give one FILE, or use text or json");
      err.flush();
      return HearsayCli.UNREADABLE;
    }
    CorpusInput.Reading reading = input.read();
    if (reading instanceof CorpusInput.Refused refused) {
      return Outcome.refused(err, input, refused);
    }
    Corpus corpus = ((CorpusInput.Loaded) reading).corpus();
    if (format == Format.JSON) {
      out.print(new DatasetFiles().write(corpus));
    } else {
      new CorpusView(CorpusIndex.of(corpus), out).print();
    }
    out.flush();
    return 0;
  }

  /** Reads {@code --format} case-insensitively and names the choices when it fails. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Choice.of(value, Format.values(), "is not a format; choose text, json or mermaid");
    }
  }
}
