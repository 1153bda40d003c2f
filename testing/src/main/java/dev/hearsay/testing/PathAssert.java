package dev.hearsay.testing;

import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * What the assertions on a value share: the path of the value in a dataset, failures that name a
 * path below it, and equality that, for the values a diff knows, names the first differing path.
 */
abstract class PathAssert<S extends PathAssert<S, A>, A> extends AbstractObjectAssert<S, A> {
  final DiffPath path;

  PathAssert(A actual, Class<?> selfType, DiffPath path) {
    super(actual, selfType);
    this.path = path;
  }

  /**
   * The differences from an expected value, for values a diff knows; empty for others, which
   * AssertJ's own message describes.
   */
  Optional<String> differences(Object expected) {
    return Optional.empty();
  }

  @Override
  public S isEqualTo(Object expected) {
    if (actual != null && !actual.equals(expected)) {
      differences(expected).ifPresent(message -> failWithMessage("%s", message));
    }
    return super.isEqualTo(expected);
  }

  /** Fails naming the path unless the two descriptions are the same. */
  S check(DiffPath at, String expected, String was) {
    if (!Objects.equals(expected, was)) {
      fail(at, expected, was);
    }
    return myself;
  }

  /** Fails with {@code path: expected X but was Y}. */
  void fail(DiffPath at, String expected, String was) {
    failWithMessage("%s", new Difference(at.path(), expected, was));
  }
}
