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

  /** The innermost message, or the failure's kind when there is none. */
  static String detail(Throwable failure) {
    Throwable inner = failure;
    while (inner.getCause() != null && inner.getCause() != inner
        && (inner.getMessage() == null || inner.getMessage().equals(String.valueOf(inner.getCause())))) {
      inner = inner.getCause();
    }
    String message = inner instanceof StackOverflowError
        ? "the document nests too deep"
        : inner.getMessage() == null ? inner.getClass().getSimpleName() : inner.getMessage();
    message = message.strip();
    return message.length() > MAX_DETAIL ? message.substring(0, MAX_DETAIL) + "..." : message;
  }
}
