package dev.hearsay.examples.cli;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusIndex;
import dev.hearsay.core.time.ImpreciseTime;
import dev.hearsay.examples.render.SafeText;
import dev.hearsay.examples.render.TimeWords;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the commands that answer questions share: they read one dataset or a corpus ({@link
 * CorpusInput}), optionally restrict it to what had been said by a date, and print the answer as
 * text or JSON. A refused input prints every problem on the error stream and nothing on standard
 * output.
 */
abstract class CorpusCommand extends ProgramCommand {
  /** The forms in which the commands answer. */
  enum Format {
    TEXT,
    JSON;

    @Override
    public String toString() {
      return Choice.spelling(this);
    }
  }

  @Mixin private LinksOption links = new LinksOption();

  @Option(
      names = "--corpus",
      description =
          "Reads the worked corpus that ships with the program: the embedded report and"
              + " seven more reports of the same days, with their links. Takes no FILE.")
  private boolean embeddedCorpus;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "text (default), or json for scripts (its shape is below).")
  private Format format;

  /** The FILE arguments. */
  abstract List<String> files();

  /** The date to restrict the corpus to, when the command takes {@code --as-of}. */
  Optional<ImpreciseTime> asOf() {
    return Optional.empty();
  }

  /** Writes {@code "asOf"}: the date of {@code --as-of} in EDTF, or null without one. */
  void putAsOf(ObjectNode root) {
    asOf().ifPresentOrElse(t -> root.put("asOf", t.toEdtf()), () -> root.putNull("asOf"));
  }

  /** The date of {@code --as-of} in words after the given words, or nothing without one. */
  String asOfWords(String before, String after) {
    return asOf().map(t -> before + TimeWords.of(t) + after).orElse("");
  }

  /**
   * Answers on the corpus read.
   *
   * @param index the corpus, as of the date when one was given
   * @param out standard output
   * @param err the error stream
   * @return the exit code
   */
  abstract int answer(CorpusIndex index, Answer out, PrintWriter err);

  /** Where an answer goes, and in which form. */
  record Answer(PrintWriter out, Format format, String name) {
    boolean json() {
      return format == Format.JSON;
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = out();
    PrintWriter err = err();
    CorpusInput input = new CorpusInput(files(), links.file(), embeddedCorpus);
    CorpusInput.Reading reading = input.read();
    if (reading instanceof CorpusInput.Refused refused) {
      int exit = Outcome.refused(err, input, refused);
      claim()
          .filter(CorpusCommand::looksLikeFile)
          .ifPresent(claim -> err.println(claimFirst(claim)));
      err.flush();
      return exit;
    }
    CorpusInput.Loaded loaded = (CorpusInput.Loaded) reading;
    Corpus corpus = loaded.corpus();
    CorpusIndex index = CorpusIndex.of(corpus);
    if (asOf().isPresent()) {
      index = CorpusIndex.of(index.asOf(asOf().get()));
    }
    int exit = answer(index, new Answer(out, format, loaded.name()), err);
    out.flush();
    err.flush();
    return exit;
  }

  /**
   * A hint for a CLAIM that looks like a file, given where the claim should come first.
   *
   * @param claim the CLAIM argument
   * @return the hint, or nothing
   */
  static String fileFirst(String claim) {
    return looksLikeFile(claim) ? "; " + claimFirst(claim) : "";
  }

  /**
   * The CLAIM argument of a command that asks about one claim.
   *
   * @return the argument, or nothing for a command that takes none
   */
  Optional<String> claim() {
    return Optional.empty();
  }

  private static boolean looksLikeFile(String claim) {
    return claim.endsWith(".json") || claim.endsWith(CorpusInput.JSON_LINES);
  }

  private static String claimFirst(String claim) {
    return "'"
        + SafeText.value(claim)
        + "' looks like a file: the claim comes first, before the"
        + " files";
  }

  /** Reads an EDTF date or time, and says what is wrong with one that is not. */
  static final class DateConverter implements ITypeConverter<ImpreciseTime> {
    @Override
    public ImpreciseTime convert(String value) {
      try {
        return ImpreciseTime.parse(value);
      } catch (RuntimeException e) {
        throw new TypeConversionException(
            "'"
                + SafeText.value(value)
                + "' is not a date in EDTF,"
                + " such as 2024-10-30, 2024-10 or 2024-10-30T12:00Z");
      }
    }
  }

  /** Reads {@code --format} case-insensitively and names the choices when it fails. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Choice.of(value, Format.values(), "is not a format; choose text or json");
    }
  }
}
