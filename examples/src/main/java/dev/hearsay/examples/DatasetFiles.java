package dev.hearsay.examples;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.core.model.Violation;
import dev.hearsay.jackson.HearsayMappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads datasets from JSON files and from the embedded report, and writes them as JSON.
 *
 * <p>Files are read as a stream with the read limits that {@code docs/json-format.md} recommends
 * for data from elsewhere; a file longer than the document limit is refused before it is read.
 */
final class DatasetFiles {
  /** The class-path name of the embedded report dataset. */
  static final String EMBEDDED = "/dev/hearsay/examples/kursk-report.json";

  /** The longest file read, in bytes: the recommended {@code maxDocumentLength}. */
  static final long MAX_DOCUMENT_LENGTH = HearsayMappers.MAX_DOCUMENT_LENGTH;

  private final long maxDocumentLength;

  /**
   * The recommended mapper. Strict: a misspelt field is an error rather than silently skipped.
   */
  private final JsonMapper mapper;

  /** Reads files of up to {@link #MAX_DOCUMENT_LENGTH} bytes. */
  DatasetFiles() {
    this(MAX_DOCUMENT_LENGTH);
  }

  /** Reads files of up to the given number of bytes, with the other limits as recommended. */
  DatasetFiles(long maxDocumentLength) {
    this.maxDocumentLength = maxDocumentLength;
    this.mapper = HearsayMappers.recommended(maxDocumentLength)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  /** What came of reading one file. */
  sealed interface Reading permits Loaded, Invalid, Unreadable {}

  /** The file holds a valid dataset. */
  record Loaded(Dataset dataset) implements Reading {}

  /** The file is JSON but not a valid dataset: each problem with its path or location. */
  record Invalid(List<String> problems) implements Reading {}

  /**
   * The file cannot be read, is not JSON or exceeds a read limit: why, with the line and column
   * when known.
   */
  record Unreadable(String problem) implements Reading {}

  /** Reads a dataset file; never throws for bad input. */
  Reading read(Path file) {
    long size;
    try {
      if (Files.isDirectory(file)) {
        return new Unreadable("a directory, not a file");
      }
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      return new Unreadable("no such file");
    } catch (AccessDeniedException e) {
      return new Unreadable("permission denied");
    } catch (IOException e) {
      return new Unreadable("cannot read the file: " + e.getMessage());
    }
    if (size == 0) {
      return new Unreadable("the file is empty");
    }
    if (size > maxDocumentLength) {
      return new Unreadable(String.format(Locale.ROOT,
          "the file has %,d bytes, more than the limit of %,d", size, maxDocumentLength));
    }
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = mapper.createParser(in)) {
      try {
        return new Loaded(mapper.readValue(parser, Dataset.class));
      } catch (StreamConstraintsException e) {
        // A breached limit carries no location of its own: where the parser stopped.
        return new Unreadable(located(parser.currentLocation(), e.getOriginalMessage()));
      }
    } catch (StreamReadException e) {
      return new Unreadable(located(e));
    } catch (JacksonIOException e) {
      return new Unreadable("cannot read the file: " + e.getOriginalMessage());
    } catch (JacksonException e) {
      DatasetValidationException rules = validationCause(e);
      if (rules != null) {
        return new Invalid(rules.violations().stream()
            .map(Violation::toString)
            .collect(Collectors.toList()));
      }
      return new Invalid(List.of(located(e)));
    } catch (AccessDeniedException e) {
      return new Unreadable("permission denied");
    } catch (IOException e) {
      return new Unreadable("cannot read the file: " + e.getMessage());
    }
  }

  /** The report dataset that ships with this program. */
  Dataset embedded() {
    try (InputStream in = DatasetFiles.class.getResourceAsStream(EMBEDDED)) {
      if (in == null) {
        throw new IllegalStateException("The embedded dataset " + EMBEDDED + " is missing");
      }
      return mapper.readValue(in, Dataset.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The dataset as indented JSON, ending with a newline. */
  String write(Dataset dataset) {
    return mapper.writeValueAsString(dataset) + System.lineSeparator();
  }

  private static DatasetValidationException validationCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DatasetValidationException rules) {
        return rules;
      }
    }
    return null;
  }

  private static String located(JacksonException e) {
    return located(e.getLocation(), e.getOriginalMessage());
  }

  private static String located(TokenStreamLocation location, String message) {
    if (location == null || location.getLineNr() < 1) {
      return message;
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " + message;
  }
}
