package dev.hearsay.core.model;

import java.util.List;

/**
 * Thrown when a dataset breaks one or more of its rules. It carries the violations found, up to a
 * limit ({@link Dataset#DEFAULT_MAX_VIOLATIONS} unless set otherwise), and how many there are in
 * all.
 *
 * <pre>{@code
 * } catch (DatasetValidationException e) {
 *   e.violations().forEach(System.err::println);
 *   if (e.omitted() > 0) {
 *     System.err.println("and " + e.omitted() + " more, " + e.total() + " in all");
 *   }
 * }
 * }</pre>
 */
public final class DatasetValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 2L;

  /** The violations, with their count. */
  private final Violations found;

  /**
   * Creates the exception for violations of which none were left out.
   *
   * @param violations the violations, at least one
   * @throws IllegalArgumentException when there are none
   */
  public DatasetValidationException(List<Violation> violations) {
    this(Violations.of(violations));
  }

  /**
   * Creates the exception for the violations a check found.
   *
   * @param found the violations kept, at least one, and how many there are in all
   * @throws IllegalArgumentException when there are none
   */
  public DatasetValidationException(Violations found) {
    super(describe(requireSome(found)));
    this.found = found;
  }

  /**
   * The violations kept: every violation found, or the first ones when there were more than the
   * limit, in the order of the dataset.
   *
   * @return the violations, an unmodifiable list
   */
  public List<Violation> violations() {
    return found.kept();
  }

  /**
   * How many violations were found in all, those kept included.
   *
   * @return the number of violations
   */
  public long total() {
    return found.total();
  }

  /**
   * How many violations were found beyond those kept.
   *
   * @return {@code total() - violations().size()}
   */
  public long omitted() {
    return found.omitted();
  }

  /**
   * The violations kept and their count, as one value.
   *
   * @return the violations
   */
  public Violations found() {
    return found;
  }

  private static Violations requireSome(Violations found) {
    if (found.isEmpty()) {
      throw new IllegalArgumentException(
          "DatasetValidationException: needs at least one violation");
    }
    return found;
  }

  private static String describe(Violations found) {
    StringBuilder text =
        new StringBuilder("The dataset has ")
            .append(found.total())
            .append(found.total() == 1 ? " violation" : " violations");
    text.append(
        found.omitted() == 0
            ? ":"
            : ", of which the first " + found.kept().size() + " are listed:");
    for (Violation v : found.kept()) {
      text.append("\n  ").append(v);
    }
    return text.toString();
  }
}
