package dev.hearsay.prov;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The exception for a document that ProvToolbox failed to read, with ProvToolbox's own words. */
final class ReadFailure {
  /** The most characters of ProvToolbox's message that the exception repeats. */
  private static final int MAX_DETAIL = 500;

  /** Where Jackson says it stopped: {@code \n at [Source: ...; line: 2, column: 3]}. */
  private static final Pattern LOCATION =
      Pattern.compile("(?s)\\s*at \\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\].*");

  /** Jackson's words for a field that a PROV-JSON-LD document does not have. */
  private static final Pattern UNKNOWN_FIELD =
      Pattern.compile(
          "Unrecognized field (\"[^\"]*\") \\(class [\\w.$]+\\), not marked as ignorable"
              + " \\(\\d+ known propert(?:y|ies): ([^\\]]*)\\]\\)");

  private ReadFailure() {}

  /**
   * Jackson's message for people who do not read Java: the line and column in words rather than
   * Jackson's source description, and an unknown field named with the fields that PROV-JSON-LD
   * has rather than with the class that Jackson tried to fill.
   */
  static String plain(String message) {
    String text = message;
    Matcher at = LOCATION.matcher(text);
    if (at.find()) {
      text =
          text.substring(0, at.start()) + " (line " + at.group(1) + ", column " + at.group(2) + ")";
    }
    Matcher unknown = UNKNOWN_FIELD.matcher(text);
    if (unknown.find()) {
      text =
          text.substring(0, unknown.start())
              + "the field "
              + unknown.group(1)
              + " is not one that a PROV-JSON-LD document has (it has "
              + unknown.group(2).replace(",", " and")
              + "); is this PROV?"
              + text.substring(unknown.end());
    }
    return text;
  }

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
    message = plain(message.strip());
    return message.length() > MAX_DETAIL ? message.substring(0, MAX_DETAIL) + "..." : message;
  }
}
