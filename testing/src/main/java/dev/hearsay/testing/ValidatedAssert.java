package dev.hearsay.testing;

import dev.hearsay.core.model.Validated;
import dev.hearsay.core.model.Violation;
import dev.hearsay.core.model.ViolationCode;
import java.util.List;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on the outcome of {@code Dataset.Builder.tryBuild()}: a valid dataset, or the rules
 * it breaks, each violation named by its path.
 *
 * <pre>{@code
 * assertThat(builder.tryBuild()).hasNoViolations();
 * assertThat(broken.tryBuild())
 *     .hasViolation("claims[c-trucks].attribution[0][1].actor", ViolationCode.UNKNOWN_REFERENCE);
 * }</pre>
 */
public final class ValidatedAssert extends AbstractObjectAssert<ValidatedAssert, Validated> {
  private static final int MOST = 20;

  /**
   * Assertions on the outcome of a build.
   *
   * @param actual the outcome under test
   */
  public ValidatedAssert(Validated actual) {
    super(actual, ValidatedAssert.class);
  }

  /**
   * Checks that the dataset breaks no rule; the message lists the violations, each with its path.
   *
   * @return this
   */
  public ValidatedAssert hasNoViolations() {
    isNotNull();
    if (!actual.isValid()) {
      failWithMessage(
          "%s",
          "expected no violations but found " + actual.total() + ":" + list(actual.violations()));
    }
    return this;
  }

  /**
   * Checks that the dataset breaks the rule at the path.
   *
   * @param path where, such as {@code claims[c-trucks].attribution[0][1].actor}
   * @param code which rule
   * @return this
   */
  public ValidatedAssert hasViolation(String path, ViolationCode code) {
    isNotNull();
    boolean found =
        actual.violations().stream()
            .anyMatch(v -> v.path().toString().equals(path) && v.code() == code);
    if (!found) {
      failWithMessage(
          "%s",
          path
              + ": expected a violation "
              + code
              + " but "
              + (actual.isValid() ? "the dataset is valid" : "found:" + list(actual.violations())));
    }
    return this;
  }

  /**
   * Checks how many violations there are, those left out of the list included.
   *
   * @param count the number of violations
   * @return this
   */
  public ValidatedAssert hasViolationCount(long count) {
    isNotNull();
    if (actual.total() != count) {
      failWithMessage(
          "%s",
          "expected "
              + count
              + " violations but found "
              + actual.total()
              + ":"
              + list(actual.violations()));
    }
    return this;
  }

  /**
   * Assertions on the dataset, which must be valid.
   *
   * @return assertions on the dataset that was built
   */
  public DatasetAssert dataset() {
    hasNoViolations();
    return new DatasetAssert(actual.orElseThrow());
  }

  private static String list(List<Violation> violations) {
    StringBuilder text = new StringBuilder();
    violations.stream().limit(MOST).forEach(v -> text.append("\n  ").append(v));
    if (violations.size() > MOST) {
      text.append("\n  and ").append(violations.size() - MOST).append(" more");
    }
    return text.toString();
  }
}
