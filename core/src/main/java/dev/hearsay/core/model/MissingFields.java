package dev.hearsay.core.model;

import java.util.List;

/**
 * Thrown by the generated builders when required fields are unset, with their names; each value's
 * {@code Builder.build()} turns it into the {@link ValueCheckException} that callers see.
 */
final class MissingFields extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The unset required fields, in the order of the value's accessors. */
  @SuppressWarnings("serial") // List.of returns a serializable list of strings
  private final List<String> names;

  /**
   * Called by the generated builders with the names of the unset required fields; public, since
   * Immutables passes the names only to a public constructor that takes them.
   *
   * @param names the names, at least one
   */
  public MissingFields(String... names) {
    super(String.join(", ", names), null, false, false);
    this.names = List.of(names);
  }

  /**
   * The failure as a value check of the given type: the first missing field, how to set it, and
   * the others missing.
   *
   * @param type the value type's simple name, such as {@code Hop}
   * @return the exception to throw
   */
  ValueCheckException of(String type) {
    String first = names.get(0);
    String rule = "is required; set it with " + first + "(...)";
    if (names.size() > 1) {
      rule += " (also missing: " + String.join(", ", names.subList(1, names.size())) + ")";
    }
    return new ValueCheckException(type + "." + first, rule);
  }
}
