package dev.hearsay.prov;

/** The exception for a document that ProvToolbox failed to read, with ProvToolbox's own words. */
final class ReadFailure {
  /** The most characters of ProvToolbox's message that the exception repeats. */
  private static final int MAX_DETAIL = 500;

  private ReadFailure() {}

  static ProvImportException of(String format, Throwable failure) {
    if (failure instanceof ProvImportException own) {
      return own;
    }
    return new ProvImportException(
        "ProvToolbox could not read the " + format + ": " + detail(failure), failure);
  }

  /**
   * The message of the innermost cause that has one, with the kind of failure when it is not an
   * exception of ProvToolbox's or its parsers' own.
   */
  static String detail(Throwable failure) {
    if (failure instanceof StackOverflowError) {
      return "the document nests too deep";
    }
    Throwable inner = failure;
    for (int depth = 0;
        inner.getCause() != null && inner.getCause() != inner && depth < 20;
        depth++) {
      inner = inner.getCause();
    }
    String message = inner.getMessage();
    if (message == null || message.isBlank()) {
      message = failure.getMessage();
    }
    if (message == null || message.isBlank()) {
      message = "it failed with " + inner.getClass().getName() + " and no message";
    } else if (inner instanceof NullPointerException
        || inner instanceof ClassCastException
        || inner instanceof IndexOutOfBoundsException) {
      message = "it failed inside with " + inner.getClass().getSimpleName() + " (" + message + ")";
    }
    message = message.strip();
    return message.length() > MAX_DETAIL ? message.substring(0, MAX_DETAIL) + "..." : message;
  }
}
