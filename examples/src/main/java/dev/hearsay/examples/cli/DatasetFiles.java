package dev.hearsay.examples.cli;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.examples.render.JsonEscapes;
import dev.hearsay.examples.render.ProblemWords;
import dev.hearsay.examples.render.SafeText;
import dev.hearsay.jackson.HearsayMappers;
import dev.hearsay.jackson.InvalidDatasetException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads datasets from JSON files, from standard input and from the embedded report, and writes
 * them as JSON.
 *
 * <p>Input is read as a stream with the read limits that {@code docs/json-format.md} recommends
 * for data from elsewhere, so pipes and other files whose size is not known are read too, up to
 * the same limit; a regular file longer than the limit is refused before it is read. Problems are
 * in words for people ({@link ProblemWords}); a dataset that breaks its rules lists at most the
 * first {@value #LISTED_VIOLATIONS} violations.
 */
public final class DatasetFiles {
  /** The class-path name of the embedded report dataset. */
  public static final String EMBEDDED = "/dev/hearsay/examples/kursk-report.json";

  /** The longest input read, in bytes: the recommended {@code maxDocumentLength}. */
  static final long MAX_DOCUMENT_LENGTH = HearsayMappers.MAX_DOCUMENT_LENGTH;

  /** The most violations of one dataset kept; the rest are counted. */
  static final int LISTED_VIOLATIONS = 1_000;

  private final long maxDocumentLength;

  /**
   * The recommended mapper. Strict: a misspelt field is an error rather than silently skipped.
   * What follows the dataset is checked here rather than by Jackson, so that it is reported as
   * text that is not one dataset, as broken JSON is.
   */
  private final JsonMapper mapper;

  /** Reads input of up to {@link #MAX_DOCUMENT_LENGTH} bytes. */
  public DatasetFiles() {
    this(MAX_DOCUMENT_LENGTH);
  }

  /** Reads input of up to the given number of bytes, with the other limits as recommended. */
  public DatasetFiles(long maxDocumentLength) {
    this.maxDocumentLength = maxDocumentLength;
    this.mapper =
        HearsayMappers.recommended(maxDocumentLength)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
  }

  /** What came of reading one input. */
  sealed interface Reading permits Loaded, Invalid, Unreadable {}

  /** The input holds a valid dataset. */
  record Loaded(Dataset dataset) implements Reading {}

  /**
   * The input is JSON but not a valid dataset: each problem with its path or location, at most
   * {@link #LISTED_VIOLATIONS} of them, and how many there are in all.
   */
  record Invalid(List<String> problems, long total) implements Reading {
    /** Problems that are all there are. */
    Invalid(List<String> problems) {
      this(problems, problems.size());
    }
  }

  /**
   * The input cannot be read, is not JSON or exceeds a read limit: why, with the line and column
   * when known.
   */
  record Unreadable(String problem) implements Reading {}

  /** Reads a dataset file; never throws for bad input. */
  Reading read(Path file) {
    try {
      if (Files.isDirectory(file)) {
        return new Unreadable("a directory, not a file");
      }
      if (Files.isRegularFile(file)) {
        long size = Files.size(file);
        if (size > maxDocumentLength) {
          return new Unreadable(
              String.format(
                  Locale.ROOT,
                  "the file has %,d bytes, more than the limit of %,d",
                  size,
                  maxDocumentLength));
        }
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, "file");
      }
    } catch (IOException e) {
      return new Unreadable(Outcome.fileProblem(e, "read"));
    }
  }

  /**
   * Reads a dataset from a stream, such as standard input, which it leaves open; never throws for
   * bad input.
   */
  Reading read(InputStream in) {
    try {
      return read(in, "input");
    } catch (IOException e) {
      return new Unreadable("cannot read the input: " + e.getMessage());
    }
  }

  /** Reads a stream to its end or to the first problem; {@code what} names it in messages. */
  private Reading read(InputStream stream, String what) throws IOException {
    PushbackInputStream in = new PushbackInputStream(stream, 1);
    int first = in.read();
    if (first < 0) {
      return new Unreadable("the " + what + " is empty");
    }
    in.unread(first);
    try (JsonParser parser = mapper.createParser(in)) {
      try {
        if (parser.nextToken() == null) {
          return new Unreadable("the " + what + " holds only white space");
        }
        Dataset dataset = mapper.readValue(parser, Dataset.class);
        if (dataset == null) {
          return new Invalid(
              List.of(
                  located(parser.currentTokenLocation(), "expected a dataset object, found null")));
        }
        if (parser.nextToken() != null) {
          return new Unreadable(
              located(
                  parser.currentTokenLocation(),
                  "more after the end of the dataset; a " + what + " holds one dataset"));
        }
        return new Loaded(dataset);
      } catch (StreamConstraintsException e) {
        return new Unreadable(located(where(e, parser), ProblemWords.of(e)));
      }
    } catch (StreamReadException e) {
      return new Unreadable(located(e));
    } catch (JacksonIOException e) {
      return new Unreadable(
          "cannot read the "
              + what
              + ": "
              + ProblemWords.of(String.valueOf(e.getOriginalMessage())));
    } catch (InvalidDatasetException e) {
      return invalid(e);
    } catch (JacksonException e) {
      return new Invalid(List.of(located(e)));
    }
  }

  /**
   * The problems the library found, each at its line and column with its path, in words, and how
   * many there are in all.
   */
  private static Invalid invalid(InvalidDatasetException e) {
    return new Invalid(
        e.problems().stream()
            .limit(LISTED_VIOLATIONS)
            .map(
                p ->
                    located(
                        p.line(),
                        p.column(),
                        (p.path().isRoot() ? "" : p.where() + ": ")
                            + ProblemWords.of(p.message())
                            + p.code().map(c -> " [" + c + "]").orElse("")))
            .collect(Collectors.toList()),
        e.total());
  }

  private static String located(int line, int column, String message) {
    return line < 1 ? message : "line " + line + ", column " + column + ": " + message;
  }

  /** The report dataset that ships with this program. */
  public Dataset embedded() {
    try (InputStream in = DatasetFiles.class.getResourceAsStream(EMBEDDED)) {
      if (in == null) {
        throw new IllegalStateException("The embedded dataset " + EMBEDDED + " is missing");
      }
      return mapper.readValue(in, Dataset.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The dataset as indented JSON, ending with a newline, with the characters that {@link
   * SafeText} escapes written as JSON escapes.
   */
  public String write(Dataset dataset) {
    return mapper.writer().with(new JsonEscapes()).writeValueAsString(dataset)
        + System.lineSeparator();
  }

  /**
   * The corpus as one indented manifest with its datasets and links inline, ending with a newline,
   * escaped as {@link #write(Dataset)} escapes a dataset.
   */
  public String write(Corpus corpus) {
    return mapper.writer().with(new JsonEscapes()).writeValueAsString(corpus)
        + System.lineSeparator();
  }

  /**
   * Where a breached read limit is, as it carries no location of its own: a string or name too
   * long where it starts, a number where its field starts (where Jackson's token began), an input
   * too long nowhere, and anything else where the parser stopped.
   */
  private static TokenStreamLocation where(StreamConstraintsException e, JsonParser parser) {
    String message = String.valueOf(ProblemWords.jacksons(e).getOriginalMessage());
    if (message.startsWith("Document length")) {
      return null;
    }
    if (e.getLocation() != null) {
      return e.getLocation();
    }
    if (message.startsWith("String value length")
        || message.startsWith("Number value length")
        || message.startsWith("Name length")) {
      return parser.currentTokenLocation();
    }
    return message.startsWith("Document length") ? null : parser.currentLocation();
  }

  private static String located(JacksonException e) {
    return located(e.getLocation(), ProblemWords.of(e));
  }

  private static String located(TokenStreamLocation location, String message) {
    if (location == null || location.getLineNr() < 1) {
      return message;
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " + message;
  }
}
