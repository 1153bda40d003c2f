package dev.hearsay.jackson.deser;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.core.model.Violation;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns the violations of a dataset's rules into one Jackson exception that lists them all, each
 * with its path and the line where the element it concerns starts.
 */
final class Violations {
  private Violations() {}

  /**
   * The exception for the violations; {@link DatasetValidationException} stays reachable as its
   * cause.
   *
   * @param where the start of an element read, by its path ({@code claims[c-trucks]}, {@code
   *     claims[3]}, {@code metadata}), or null when it is not known
   */
  static MismatchedInputException exception(JsonParser p, DatasetValidationException e,
      Function<String, TokenStreamLocation> where) {
    List<Violation> violations = e.violations();
    StringBuilder text = new StringBuilder("The dataset has ").append(e.total())
        .append(e.total() == 1 ? " violation" : " violations")
        .append(e.omitted() == 0 ? ":"
            : ", of which the first " + violations.size() + " are listed:");
    for (Violation v : violations) {
      text.append("\n  ").append(v.path()).append(": ").append(v.message())
          .append(" [").append(v.code()).append(']');
      TokenStreamLocation location = where.apply(element(v.path()));
      if (location != null) {
        text.append(" (line ").append(location.getLineNr())
            .append(", column ").append(location.getColumnNr()).append(')');
      }
    }
    MismatchedInputException exception =
        MismatchedInputException.from(p, Dataset.class, text.toString());
    exception.initCause(e);
    return exception;
  }

  /** The path of the top-level element a violation's path lies in. */
  static String element(String path) {
    int bracket = path.indexOf('[');
    int dot = path.indexOf('.');
    if (bracket >= 0 && (dot < 0 || bracket < dot)) {
      return path.substring(0, path.indexOf(']', bracket) + 1);
    }
    return dot >= 0 ? path.substring(0, dot) : path;
  }
}
