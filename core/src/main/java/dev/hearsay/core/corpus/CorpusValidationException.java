package dev.hearsay.core.corpus;

import java.util.List;

/**
 * Thrown when a corpus breaks one or more of its rules. It carries the violations found, up to a
 * limit ({@link dev.hearsay.core.model.Dataset#DEFAULT_MAX_VIOLATIONS} unless set otherwise), and
 * how many there are in all.
 *
 * <pre>{@code
 * } catch (CorpusValidationException e) {
 *   e.violations().forEach(System.err::println);   // links: identities[3].second.actor: ...
 * }
 * }</pre>
 */
public final class CorpusValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // List.copyOf returns a serializable list of records
  private final List<CorpusViolation> violations;

  private final long total;

  /**
   * Creates the exception.
   *
   * @param violations the violations kept, at least one
   * @param total how many were found in all, at least as many as were kept
   * @throws IllegalArgumentException when there is no violation or {@code total} is below their
   *     number
   */
  public CorpusValidationException(List<CorpusViolation> violations, long total) {
    super(describe(violations, total));
    this.violations = List.copyOf(violations);
    this.total = total;
  }

  /**
   * The violations kept, in the order found: the corpus's list of datasets, then the datasets'
   * identifiers, then the links in the document's order.
   *
   * @return the violations, an unmodifiable list
   */
  public List<CorpusViolation> violations() {
    return violations;
  }

  /**
   * How many violations were found in all, those kept included.
   *
   * @return the number
   */
  public long total() {
    return total;
  }

  /**
   * How many violations were found beyond those kept.
   *
   * @return {@code total() - violations().size()}
   */
  public long omitted() {
    return total - violations.size();
  }

  private static String describe(List<CorpusViolation> violations, long total) {
    if (violations.isEmpty() || total < violations.size()) {
      throw new IllegalArgumentException(
          "CorpusValidationException: needs at least one violation,"
              + " and a total of at least those kept");
    }
    StringBuilder text =
        new StringBuilder("The corpus has ")
            .append(total)
            .append(total == 1 ? " violation" : " violations");
    text.append(
        total == violations.size()
            ? ":"
            : ", of which the first " + violations.size() + " are listed:");
    for (CorpusViolation v : violations) {
      text.append("\n  ").append(v);
    }
    return text.toString();
  }
}
