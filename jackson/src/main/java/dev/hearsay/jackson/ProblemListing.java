package dev.hearsay.jackson;

import java.util.List;

/**
 * The message of an exception that lists the problems of a document: a line that counts them,
 * then one line each; and the check that such an exception has problems to list.
 */
final class ProblemListing {
  private ProblemListing() {}

  /**
   * Refuses a list of problems that is empty, or longer than the number found in all.
   *
   * @param exception the exception's class, named in the refusal
   * @throws IllegalArgumentException when there are no problems, or fewer in all than kept
   */
  static void requireSome(Class<?> exception, List<?> problems, long total) {
    if (problems.isEmpty() || total < problems.size()) {
      throw new IllegalArgumentException(
          exception.getSimpleName()
              + ": needs at least one problem,"
              + " and no fewer in all than kept; has "
              + problems.size()
              + " of "
              + total);
    }
  }

  /**
   * The problems under a line that counts them: {@code The links document has 3 problems:}, or
   * {@code ..., of which the first 2 are listed:} when some were not kept.
   *
   * @param subject what has the problems, as the line starts: {@code The corpus}
   * @param noun what each problem is called, in the singular
   */
  static String counted(String subject, String noun, List<?> problems, long total) {
    StringBuilder text =
        new StringBuilder(subject)
            .append(" has ")
            .append(total)
            .append(' ')
            .append(noun)
            .append(total == 1 ? "" : "s")
            .append(
                total == problems.size()
                    ? ":"
                    : ", of which the first " + problems.size() + " are listed:");
    for (Object problem : problems) {
      text.append("\n  ").append(problem);
    }
    return text.toString();
  }
}
