package dev.hearsay.testing;

import dev.hearsay.core.model.DatasetPath;

/**
 * One place where two datasets differ: the path, as violations spell it, and what each side holds
 * there, shown as a failure message shows it (text quoted, {@code absent} where a side has
 * nothing).
 *
 * @param path where, such as {@code claims[c-trucks].attribution[0][1].actor}
 * @param expected what the expected side holds there
 * @param actual what the actual side holds there
 */
public record Difference(DatasetPath path, String expected, String actual) {
  /** Formats the difference as {@code path: expected X but was Y}. */
  @Override
  public String toString() {
    return (path.isRoot() ? "" : path + ": ") + "expected " + expected + " but was " + actual;
  }
}
