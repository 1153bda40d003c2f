package dev.hearsay.prov;

import dev.hearsay.core.model.Violation;
import java.util.List;

/**
 * A PROV document that cannot be read, or cannot be a dataset: ProvToolbox could not parse it, it
 * is larger than the limit, one of Hearsay's own terms has a value that the model refuses, or the
 * dataset it describes breaks one of the model's rules. The message says which, and names the
 * statement where there is one.
 */
public final class ProvImportException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The dataset's violations, when its rules failed; empty otherwise. */
  private final transient List<Violation> violations;

  ProvImportException(String message) {
    this(message, (Throwable) null);
  }

  ProvImportException(String message, Throwable cause) {
    super(message, cause);
    this.violations = List.of();
  }

  ProvImportException(String message, List<Violation> violations) {
    super(message);
    this.violations = List.copyOf(violations);
  }

  /**
   * The rules of the model that the dataset described by the document breaks, each with its path,
   * as {@code Dataset.Builder.tryBuild()} gives them.
   *
   * @return the violations; empty when the failure was another one
   */
  public List<Violation> violations() {
    return violations == null ? List.of() : violations;
  }
}
