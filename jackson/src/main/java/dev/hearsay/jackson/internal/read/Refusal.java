package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.DatasetPath;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value that a reader refuses: the exception that a single value's reader throws, which also
 * keeps the path and the statement apart, so that a dataset's reader can note it as a {@link
 * dev.hearsay.jackson.Problem} and read on.
 */
final class Refusal extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final DatasetPath path;
  private final String where;
  private final String statement;

  /**
   * @param path where in the dataset; the root for the value read as a whole
   * @param where the path as the message writes it: its text, the type's name at the root, or
   *     the paths of several fields missing together
   * @param statement what is wrong, without the path
   */
  Refusal(JsonParser p, Class<?> type, DatasetPath path, String where, String statement) {
    super(p, where + ": " + statement, type);
    this.path = path;
    this.where = where;
    this.statement = statement;
  }

  /**
   * Keeps no stack trace: a refusal describes the document, not the code, and a document may have
   * a refusal for each of millions of values, which the dataset's reader notes and reads on.
   */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }

  DatasetPath path() {
    return path;
  }

  String where() {
    return where;
  }

  String statement() {
    return statement;
  }
}
