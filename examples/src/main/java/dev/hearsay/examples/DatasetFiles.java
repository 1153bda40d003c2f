package dev.hearsay.examples;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.core.model.Violation;
import dev.hearsay.jackson.HearsayModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads datasets from JSON files and from the embedded report, and writes them as JSON. */
final class DatasetFiles {
  /** The class-path name of the embedded report dataset. */
  static final String EMBEDDED = "/dev/hearsay/examples/kursk-report.json";

  /** Strict: a misspelt field is an error rather than silently skipped. */
  private final JsonMapper mapper = JsonMapper.builder()
      .addModule(new HearsayModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  /** What came of reading one file. */
  sealed interface Reading permits Loaded, Invalid, Unreadable {}

  /** The file holds a valid dataset. */
  record Loaded(Dataset dataset) implements Reading {}

  /** The file is JSON but not a valid dataset: each problem with its path or location. */
  record Invalid(List<String> problems) implements Reading {}

  /** The file cannot be read, or is not JSON: why, with the line and column when known. */
  record Unreadable(String problem) implements Reading {}

  /** Reads a dataset file; never throws for bad input. */
  Reading read(Path file) {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new Unreadable("no such file");
    } catch (AccessDeniedException e) {
      return new Unreadable("permission denied");
    } catch (IOException e) {
      return new Unreadable("cannot read the file: " + e.getMessage());
    }
    if (content.length == 0) {
      return new Unreadable("the file is empty");
    }
    try {
      return new Loaded(mapper.readValue(content, Dataset.class));
    } catch (StreamReadException e) {
      return new Unreadable(located(e));
    } catch (JacksonException e) {
      DatasetValidationException rules = validationCause(e);
      if (rules != null) {
        return new Invalid(rules.violations().stream()
            .map(Violation::toString)
            .collect(Collectors.toList()));
      }
      return new Invalid(List.of(located(e)));
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
    TokenStreamLocation location = e.getLocation();
    String message = e.getOriginalMessage();
    if (location == null || location.getLineNr() < 1) {
      return message;
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " + message;
  }
}
