package dev.hearsay.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of building a dataset without an exception: the dataset when it keeps every rule,
 * the violations otherwise (the first ones, up to the builder's limit, and how many there are).
 *
 * <pre>{@code
 * Validated result = builder.tryBuild();
 * if (!result.isValid()) {
 *   result.violations().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class Validated {
  private final Dataset dataset;
  private final Violations violations;

  private Validated(Dataset dataset, Violations violations) {
    this.dataset = dataset;
    this.violations = violations;
  }

  static Validated valid(Dataset dataset) {
    return new Validated(Objects.requireNonNull(dataset), Violations.none());
  }

  static Validated invalid(Violations violations) {
    return new Validated(null, violations);
  }

  /**
   * Whether the dataset keeps every rule.
   *
   * @return true when there are no violations
   */
  public boolean isValid() {
    return dataset != null;
  }

  /**
   * The dataset, when it is valid.
   *
   * @return the dataset, or empty when there are violations
   */
  public Optional<Dataset> dataset() {
    return Optional.ofNullable(dataset);
  }

  /**
   * The violations kept, empty when the dataset is valid: every violation, or the first ones when
   * there were more than the builder's limit.
   *
   * @return the violations in the order of the dataset
   */
  public List<Violation> violations() {
    return violations.kept();
  }

  /**
   * How many violations there are in all, those kept included.
   *
   * @return the number of violations, 0 when the dataset is valid
   */
  public long total() {
    return violations.total();
  }

  /**
   * How many violations there are beyond those kept.
   *
   * @return {@code total() - violations().size()}
   */
  public long omitted() {
    return violations.omitted();
  }

  /**
   * The dataset, or an exception that carries every violation.
   *
   * @return the dataset
   * @throws DatasetValidationException when there are violations
   */
  public Dataset orElseThrow() {
    if (dataset == null) {
      throw new DatasetValidationException(violations);
    }
    return dataset;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Validated other
        && Objects.equals(dataset, other.dataset)
        && violations.equals(other.violations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dataset, violations);
  }

  @Override
  public String toString() {
    return isValid() ? "Validated[valid]" : "Validated" + violations;
  }
}
