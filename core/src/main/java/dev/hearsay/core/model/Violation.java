package dev.hearsay.core.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One way in which a dataset breaks a rule: where, which rule, and what to do about it.
 *
 * @param path where in the dataset, such as {@code claims[c-trucks].attribution[0][1].actor}
 * @param code which rule
 * @param message a sentence that says what is wrong, for a person to act on
 */
public record Violation(DatasetPath path, ViolationCode code, String message)
    implements Serializable {
  /** Checks that every part is present. */
  public Violation {
    Objects.requireNonNull(path, "Violation.path: must not be null");
    Objects.requireNonNull(code, "Violation.code: must not be null");
    Objects.requireNonNull(message, "Violation.message: must not be null");
  }

  /**
   * Creates a violation at a path given as text, as {@link DatasetPath#toString()} writes it.
   *
   * @param path where in the dataset, such as {@code claims[c-trucks].attribution[0][1].actor}
   * @param code which rule
   * @param message a sentence that says what is wrong, for a person to act on
   * @throws IllegalArgumentException when the text is not a path
   */
  public Violation(String path, ViolationCode code, String message) {
    this(
        DatasetPath.parse(Objects.requireNonNull(path, "Violation.path: must not be null")),
        code,
        message);
  }

  /** Formats the violation as {@code path: message [CODE]}. */
  @Override
  public String toString() {
    return path + ": " + message + " [" + code + "]";
  }
}
