package dev.hearsay.jackson.deser;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value that a reader refuses: the exception that a single value's reader throws, which also
 * keeps the path and the statement apart, so that a dataset's reader can note it as a {@link
 * dev.hearsay.jackson.Problem} and read on.
 */
final class Refusal extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String statement;

  /**
   * @param path where, as a dataset path, or the type's name at the top of the path
   * @param statement what is wrong, without the path
   */
  Refusal(JsonParser p, Class<?> type, String path, String statement) {
    super(p, path + ": " + statement, type);
    this.path = path;
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

  String path() {
    return path;
  }

  String statement() {
    return statement;
  }
}
