package dev.hearsay.core.model;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a dataset breaks one or more of its rules; it carries all of the violations. */
public final class DatasetValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The violations, kept as an unmodifiable list of serializable records. */
  @SuppressWarnings("serial") // List.copyOf returns a serializable list of Violation records
  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations the violations, at least one
   * @throws IllegalArgumentException when there are none
   */
  public DatasetValidationException(List<Violation> violations) {
    super(describe(requireSome(violations)));
    this.violations = List.copyOf(violations);
  }

  /**
   * Every violation found, in the order of the dataset.
   *
   * @return the violations
   */
  public List<Violation> violations() {
    return violations;
  }

  private static List<Violation> requireSome(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("DatasetValidationException: needs at least one violation");
    }
    return violations;
  }

  private static String describe(List<Violation> violations) {
    return "The dataset has " + violations.size()
        + (violations.size() == 1 ? " violation:" : " violations:")
        + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining());
  }
}
