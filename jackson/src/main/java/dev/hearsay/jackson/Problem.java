package dev.hearsay.jackson;

import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.ViolationCode;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem of a dataset document, as the readers report it: where it is (the path in the
 * dataset, the line and the column), what is wrong in words a person can act on, and for code the
 * rule broken and the reader's full message.
 *
 * <pre>{@code
 * } catch (InvalidDatasetException e) {
 *   for (Problem problem : e.problems()) {
 *     System.err.println(file + ":" + problem.line() + ":" + problem.column() + ": "
 *         + problem.where() + ": " + problem.message());
 *   }
 * }
 * }</pre>
 */
public final class Problem implements Serializable {
  private static final long serialVersionUID = 1L;

  private final DatasetPath path;
  private final String where;
  private final int line;
  private final int column;
  private final String message;
  private final ViolationCode code;
  private final String detail;

  /**
   * Creates a problem.
   *
   * @param path where in the dataset, such as {@code claims[c-trucks].attribution[0][1].actor};
   *     the root for the document as a whole, or the first of several fields missing together
   * @param where the path as the messages write it: its text, the name of the type ({@code
   *     Dataset}) for the document as a whole, or the paths of several fields missing together,
   *     separated by commas
   * @param line the line in the document, from 1, or -1 when not known
   * @param column the column in the document, from 1, or -1 when not known
   * @param message what is wrong, as a sentence for a person, without the path
   * @param code the rule of the dataset that is broken, or null for a problem of reading
   * @param detail the reader's full message, for code and logs, which may name Java settings;
   *     null when it is the message
   */
  public Problem(
      DatasetPath path,
      String where,
      int line,
      int column,
      String message,
      ViolationCode code,
      String detail) {
    this.path = Objects.requireNonNull(path, "path");
    this.where = Objects.requireNonNull(where, "where");
    this.line = line;
    this.column = column;
    this.message = Objects.requireNonNull(message, "message");
    this.code = code;
    this.detail = detail == null ? message : detail;
  }

  /**
   * Creates a problem at a place given as text, as earlier versions did: the path is read from
   * the text, and is the root when the text is not a path, such as {@code Dataset} for the
   * document as a whole.
   *
   * @param path where in the dataset, such as {@code claims[c-trucks].attribution[0][1].actor};
   *     the name of the type ({@code Dataset}) for the document as a whole
   * @param line the line in the document, from 1, or -1 when not known
   * @param column the column in the document, from 1, or -1 when not known
   * @param message what is wrong, as a sentence for a person, without the path
   * @param code the rule of the dataset that is broken, or null for a problem of reading
   * @param detail the reader's full message, for code and logs, which may name Java settings;
   *     null when it is the message
   */
  public Problem(
      String path, int line, int column, String message, ViolationCode code, String detail) {
    this(pathOf(Objects.requireNonNull(path, "path")), path, line, column, message, code, detail);
  }

  private static DatasetPath pathOf(String text) {
    if (text.equals("Dataset")) {
      return DatasetPath.root();
    }
    try {
      return DatasetPath.parse(text);
    } catch (IllegalArgumentException e) {
      return DatasetPath.root();
    }
  }

  /**
   * Where in the dataset the problem is.
   *
   * @return the path, such as {@code claims[c-trucks].colour}; the root for the document as a
   *     whole; the first field of several missing together
   */
  public DatasetPath path() {
    return path;
  }

  /**
   * Where the problem is, as the messages write it.
   *
   * @return the path's text, such as {@code claims[c-trucks].colour}; {@code Dataset} for the
   *     document as a whole; for several fields missing together, their paths separated by
   *     commas
   */
  public String where() {
    return where;
  }

  /**
   * The line of the document where the problem is: the place of a value that cannot be read, or
   * the start of the element that breaks a rule.
   *
   * @return the line, from 1, or -1 when not known
   */
  public int line() {
    return line;
  }

  /**
   * The column of the document where the problem is, counted in characters, or in bytes for a
   * document read from bytes, as Jackson counts them.
   *
   * @return the column, from 1, or -1 when not known
   */
  public int column() {
    return column;
  }

  /**
   * What is wrong, as a sentence for a person, without the path: {@code 'colour' is not a field
   * of Claim; did you mean 'credibility'?}.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * The rule of the dataset that is broken, when the problem is a violation of the dataset's
   * rules rather than a value that cannot be read.
   *
   * @return the rule, or empty for a problem of reading
   */
  public Optional<ViolationCode> code() {
    return Optional.ofNullable(code);
  }

  /**
   * The reader's full message, for code and logs: the message, or more, such as the Jackson
   * setting that would let the reader skip an unknown field.
   *
   * @return the full message, without the path
   */
  public String detail() {
    return detail;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Problem other
        && path.equals(other.path)
        && where.equals(other.where)
        && line == other.line
        && column == other.column
        && message.equals(other.message)
        && code == other.code
        && detail.equals(other.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, where, line, column, message, code, detail);
  }

  /**
   * Formats the problem as {@code where: message [CODE] (line L, column C)}, with the code for a
   * violation of the rules and the place when it is known.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(where).append(": ").append(message);
    if (code != null) {
      text.append(" [").append(code).append(']');
    }
    if (line > 0) {
      text.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return text.toString();
  }
}
