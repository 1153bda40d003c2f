package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.core.model.Violation;
import dev.hearsay.core.model.Violations;
import dev.hearsay.jackson.InvalidDatasetException;
import dev.hearsay.jackson.InvalidLinksException;
import dev.hearsay.jackson.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * The problems of one dataset document, noted as the reader finds them so that it can read on:
 * the first ones up to a limit, and how many there are in all. Ends as one {@link
 * InvalidDatasetException}.
 */
final class ProblemLog {
  private final int max;
  private final List<Problem> kept = new ArrayList<>();
  private long total;

  /** Where the first problem with a place is, as the reader found it. */
  private TokenStreamLocation first;

  /** The violations of the rules noted, kept as the model's, for the exception's cause. */
  private final List<Violation> violations = new ArrayList<>();

  private long violationTotal;

  ProblemLog(int max) {
    this.max = max;
  }

  boolean isEmpty() {
    return total == 0;
  }

  long total() {
    return total;
  }

  /** Whether the next problem would be kept; when not, it need only be counted. */
  boolean keepsMore() {
    return kept.size() < max;
  }

  /** Counts a problem that is not kept, without the cost of describing it. */
  void count() {
    total++;
  }

  /** Counts problems that are not kept. */
  void count(long n) {
    total += n;
  }

  void add(Problem problem) {
    add(problem, null);
  }

  /** Notes a problem, and where the reader found it, to point the exception at. */
  void add(Problem problem, TokenStreamLocation at) {
    total++;
    if (kept.size() < max) {
      kept.add(problem);
    }
    if (first == null && at != null && at.getLineNr() > 0) {
      first = at;
    }
  }

  /** Notes a value that a reader refused, where the reader stood. */
  void add(Refusal refusal) {
    TokenStreamLocation at = refusal.getLocation();
    add(
        new Problem(
            refusal.path(), refusal.where(), line(at), column(at), refusal.statement(), null, null),
        at);
  }

  /**
   * Notes the violations of the dataset's rules, each at the start of the element it concerns.
   *
   * @param found the violations, as the model found them
   * @param where where an element starts, by its path in the dataset ({@code claims[c-trucks]},
   *     {@code relations[3]}, {@code metadata}), or null when it is not known
   * @param inDocument rewrites a path or a message of the values read in the terms of the
   *     document, when values were left out of what was checked
   */
  void addViolations(
      Violations found, Function<DatasetPath, TokenStreamLocation> where, InDocument inDocument) {
    for (Violation read : found.kept()) {
      TokenStreamLocation at = where.apply(element(read.path()));
      Violation v =
          new Violation(inDocument.path(read.path()), read.code(), inDocument.text(read.message()));
      add(
          new Problem(
              v.path(), v.path().toString(), line(at), column(at), v.message(), v.code(), null),
          at);
      violations.add(v);
    }
    total += found.omitted();
    violationTotal += found.total();
  }

  /**
   * The exception for the problems noted, pointing at the first problem that has a place, or
   * where the reader stands. When every problem is a violation of the rules, the model's {@link
   * DatasetValidationException} is its cause.
   */
  InvalidDatasetException exception(JsonParser p) {
    TokenStreamLocation location = first != null ? first : p.currentLocation();
    InvalidDatasetException e = new InvalidDatasetException(p, kept, total, location);
    if (violationTotal > 0 && violationTotal == total) {
      e.initCause(new DatasetValidationException(Violations.of(violations, violationTotal)));
    }
    return e;
  }

  /**
   * The exception for the problems of a links document noted, pointing at the first problem that
   * has a place, or where the reader stands.
   */
  InvalidLinksException linksException(JsonParser p) {
    TokenStreamLocation location = first != null ? first : p.currentLocation();
    return new InvalidLinksException(p, kept, total, location);
  }

  /** The problems kept, in the order noted. */
  List<Problem> kept() {
    return kept;
  }

  /**
   * The path of the top-level element a violation's path lies in: an element of one of the
   * dataset's lists ({@code claims[c-trucks]}), or a top-level field ({@code metadata}).
   */
  static DatasetPath element(DatasetPath path) {
    if (path.length() >= 2 && path.prefix(2).lastField() == null) {
      return path.prefix(2);
    }
    return path.isRoot() ? path : path.prefix(1);
  }

  /**
   * Rewrites the paths and messages of the values read in the terms of the document, when
   * values were left out of what was checked.
   */
  interface InDocument {
    /** Changes nothing. */
    InDocument SAME =
        new InDocument() {
          @Override
          public DatasetPath path(DatasetPath read) {
            return read;
          }

          @Override
          public String text(String read) {
            return read;
          }
        };

    /** A path among the values read as a path in the document. */
    DatasetPath path(DatasetPath read);

    /** A message about the values read in the terms of the document. */
    String text(String read);
  }

  private static int line(TokenStreamLocation at) {
    return at == null || at.getLineNr() < 1 ? -1 : at.getLineNr();
  }

  private static int column(TokenStreamLocation at) {
    return at == null || at.getLineNr() < 1 ? -1 : at.getColumnNr();
  }
}
