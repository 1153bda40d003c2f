package dev.hearsay.examples.cli;

import dev.hearsay.claimreview.ClaimReviewWriter;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.examples.render.TextView;
import dev.hearsay.prov.ProvFormat;
import dev.hearsay.prov.ProvMapping;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hearsay export --to FORMAT FILE}: a dataset in another format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = HearsayCli.Version.class,
    description = {
      "Writes a dataset in another format: W3C PROV as PROV-JSON-LD or PROV-N (all of it,"
          + " docs/prov.md), or its assessments as schema.org ClaimReview JSON-LD (only what"
          + " ClaimReview carries, docs/claimreview.md).",
      "A corpus (a manifest, JSON Lines, or --corpus for the worked corpus) is written as"
          + " PROV, each dataset a bundle with the links between them.",
      "FILE - reads the dataset from standard input (a file named - is ./-)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the dataset was written",
      "1:the dataset breaks one or more rules",
      "2:the file cannot be read or parsed, the output cannot be written, or the command line"
          + " is wrong"
    })
final class ExportCommand extends ProgramCommand {
  /** The formats a dataset is exported to. */
  enum Format {
    PROV_JSONLD,
    PROV_N,
    CLAIMREVIEW;

    @Override
    public String toString() {
      return Choice.spelling(this);
    }
  }

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "A dataset in JSON, or -; or a corpus manifest or JSON Lines (.jsonl).")
  private String file;

  @Option(
      names = "--corpus",
      description = "Exports the worked corpus that ships with the program (PROV only).")
  private boolean embeddedCorpus;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "prov-jsonld, prov-n or claimreview.")
  private Format format;

  @Mixin private OutputOption output = new OutputOption();

  @Override
  public Integer call() {
    PrintWriter out = out();
    PrintWriter err = err();
    if (embeddedCorpus || (file != null && CorpusInput.corpusFile(file))) {
      return exportCorpus(out, err);
    }
    if (file == null) {
      err.println("Missing FILE: give the dataset to export, or --corpus");
      err.flush();
      return HearsayCli.UNREADABLE;
    }
    DatasetFiles files = new DatasetFiles();
    DatasetInput input = new DatasetInput(file);
    DatasetFiles.Reading reading = input.read(files, standardInput());
    OptionalInt failed = Outcome.failed(err, input, reading);
    if (failed.isPresent()) {
      return failed.getAsInt();
    }
    Dataset dataset = ((DatasetFiles.Loaded) reading).dataset();
    String text;
    try {
      text =
          switch (format) {
            case PROV_JSONLD -> ProvFormat.JSON_LD.writeToString(new ProvMapping().toProv(dataset));
            case PROV_N -> ProvFormat.PROV_N.writeToString(new ProvMapping().toProv(dataset));
            case CLAIMREVIEW -> new ClaimReviewWriter().write(dataset) + System.lineSeparator();
          };
    } catch (IllegalArgumentException e) {
      return notWritable(err, input.shown(), e);
    }
    if (format == Format.CLAIMREVIEW) {
      int left =
          dataset.claims().size()
              - (int) dataset.assessments().stream().map(a -> a.claim()).distinct().count();
      err.println(
          String.format(
              Locale.ROOT,
              "%s: %s written as ClaimReview%s",
              input.shown(),
              TextView.count(dataset.assessments().size(), "assessment"),
              left == 0
                  ? ""
                  : "; " + TextView.count(left, "claim") + " that no one assessed left" + " out"));
    }
    return Outcome.written(text, output.file(), out, err);
  }

  /**
   * Writes a corpus as PROV, each dataset a bundle; ClaimReview is written from one dataset at a
   * time.
   */
  private int exportCorpus(PrintWriter out, PrintWriter err) {
    if (format == Format.CLAIMREVIEW) {
      err.println(
          "--to claimreview exports one dataset; give one dataset FILE, or export the"
              + " corpus as prov-jsonld or prov-n");
      err.flush();
      return HearsayCli.UNREADABLE;
    }
    CorpusInput input =
        new CorpusInput(file == null ? List.of() : List.of(file), Optional.empty(), embeddedCorpus);
    CorpusInput.Reading reading = input.read();
    if (reading instanceof CorpusInput.Refused refused) {
      return Outcome.refused(err, input, refused);
    }
    CorpusInput.Loaded loaded = (CorpusInput.Loaded) reading;
    String text;
    try {
      ProvFormat prov = format == Format.PROV_N ? ProvFormat.PROV_N : ProvFormat.JSON_LD;
      text = prov.writeToString(new ProvMapping().toProv(loaded.corpus()));
    } catch (IllegalArgumentException e) {
      return notWritable(err, loaded.name(), e);
    }
    return Outcome.written(text, output.file(), out, err);
  }

  private int notWritable(PrintWriter err, String shown, IllegalArgumentException e) {
    return Outcome.unreadable(
        err, shown, "cannot be written as " + format + ": " + String.valueOf(e.getMessage()));
  }

  /** Reads {@code --to} case-insensitively and names the choices when it fails. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Choice.of(
          value,
          Format.values(),
          "is not a format to export to; choose prov-jsonld, prov-n or claimreview");
    }
  }
}
