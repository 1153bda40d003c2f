package dev.hearsay.core.query;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Null-checked immutable copies for the components of the result records. */
final class CheckedCopies {
  private CheckedCopies() {}

  /**
   * An unmodifiable copy of a list, refusing a null list or element with a message that names
   * the component, such as {@code Conflict.events[2]: must not be null}.
   */
  static <T> List<T> of(Collection<? extends T> values, String component) {
    Objects.requireNonNull(values, () -> component + ": must not be null");
    int i = 0;
    for (T value : values) {
      if (value == null) {
        throw new NullPointerException(component + "[" + i + "]: must not be null");
      }
      i++;
    }
    return List.copyOf(values);
  }

  /** The value, refused with a message naming the component when null. */
  static <T> T nonNull(T value, String component) {
    return Objects.requireNonNull(value, () -> component + ": must not be null");
  }
}
