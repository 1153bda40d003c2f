package dev.hearsay.examples.cli;

import dev.hearsay.claimreview.ClaimReviewException;
import dev.hearsay.claimreview.ClaimReviewImport;
import dev.hearsay.claimreview.ClaimReviewReader;
import dev.hearsay.claimreview.FactCheckApiReader;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.examples.render.SafeText;
import dev.hearsay.prov.ProvCorpusImport;
import dev.hearsay.prov.ProvFormat;
import dev.hearsay.prov.ProvImport;
import dev.hearsay.prov.ProvImportException;
import dev.hearsay.prov.ProvMapping;
import java.io.PrintWriter;
import java.util.List;
import org.openprovenance.prov.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hearsay import --from FORMAT FILE}: a dataset from another format. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = HearsayCli.Version.class,
    description = {
      "Reads a document in another format into a dataset, written as Hearsay JSON: W3C PROV"
          + " (PROV-JSON-LD, or PROV-N when the document does not start with { or [),"
          + " schema.org ClaimReview JSON-LD, or a Google Fact Check Tools API claims:search"
          + " response. What the dataset has no place for is listed on standard error.",
      "A PROV document of a corpus (a bundle for each dataset, as export writes a corpus) is"
          + " read into a corpus, written as a manifest with its datasets and links inline.",
      "FILE - reads the document from standard input (a file named - is ./-)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the dataset was written",
      "1:the document describes a dataset that breaks one or more rules",
      "2:the file cannot be read or parsed, the output cannot be written, or the command line"
          + " is wrong"
    })
final class ImportCommand extends ProgramCommand {
  /** The formats a dataset is imported from. */
  enum Format {
    PROV,
    CLAIMREVIEW,
    FACTCHECK_API;

    @Override
    public String toString() {
      return Choice.spelling(this);
    }
  }

  /** What a document gave, as Hearsay JSON: a dataset, or a corpus with its datasets inline. */
  private record Imported(String json, List<String> leftOut) {}

  @Parameters(arity = "1", paramLabel = "FILE", description = "The document, or -.")
  private String file;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "prov, claimreview or factcheck-api.")
  private Format format;

  @Mixin private OutputOption output = new OutputOption();

  @Override
  public Integer call() {
    PrintWriter out = out();
    PrintWriter err = err();
    DatasetInput input = new DatasetInput(file);
    InputBytes.Result read =
        InputBytes.read(input, standardInput(), DatasetFiles.MAX_DOCUMENT_LENGTH);
    if (read instanceof InputBytes.Unreadable unreadable) {
      return Outcome.unreadable(err, input.shown(), unreadable.problem());
    }
    byte[] bytes = ((InputBytes.Read) read).bytes();
    Imported imported;
    try {
      imported =
          switch (format) {
            case PROV -> prov(bytes);
            case CLAIMREVIEW -> claimReview(new ClaimReviewReader().read(bytes));
            case FACTCHECK_API -> claimReview(new FactCheckApiReader().read(bytes));
          };
    } catch (ProvImportException e) {
      return refused(
          err,
          input,
          e.getMessage(),
          e.violations().isEmpty() ? HearsayCli.UNREADABLE : HearsayCli.INVALID);
    } catch (ClaimReviewException e) {
      return refused(
          err,
          input,
          e.getMessage(),
          e.getCause() instanceof DatasetValidationException
              ? HearsayCli.INVALID
              : HearsayCli.UNREADABLE);
    }
    for (String omission : imported.leftOut()) {
      err.println(input.shown() + ": left out " + SafeText.message(omission));
    }
    return Outcome.written(imported.json(), output.file(), out, err);
  }

  private static int refused(PrintWriter err, DatasetInput input, String message, int exit) {
    Outcome.unreadable(err, input.shown(), "cannot be imported: " + message);
    return exit;
  }

  private static Imported prov(byte[] bytes) {
    ProvFormat provFormat = looksLikeJson(bytes) ? ProvFormat.JSON_LD : ProvFormat.PROV_N;
    ProvMapping mapping = new ProvMapping();
    Document document = provFormat.read(bytes);
    if (mapping.describesCorpus(document)) {
      ProvCorpusImport imported = mapping.corpusFromProv(document);
      return new Imported(
          new DatasetFiles().write(imported.corpus()),
          imported.omissions().stream().map(Object::toString).toList());
    }
    ProvImport imported = mapping.fromProv(document);
    return new Imported(
        new DatasetFiles().write(imported.dataset()),
        imported.omissions().stream().map(Object::toString).toList());
  }

  private static Imported claimReview(ClaimReviewImport imported) {
    return new Imported(
        new DatasetFiles().write(imported.dataset()),
        imported.omissions().stream().map(Object::toString).toList());
  }

  /** Whether the document starts, after white space and a byte order mark, with { or [. */
  static boolean looksLikeJson(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < bytes.length
        && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
      i++;
    }
    return i < bytes.length && (bytes[i] == '{' || bytes[i] == '[');
  }

  /** Reads {@code --from} case-insensitively and names the choices when it fails. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Choice.of(
          value,
          Format.values(),
          "is not a format to import from; choose prov, claimreview or factcheck-api");
    }
  }
}
