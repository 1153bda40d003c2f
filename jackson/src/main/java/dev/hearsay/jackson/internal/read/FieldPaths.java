package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.DatasetPath;

/**
 * The paths of a document's fields under the names the document gives them. JSON allows a field
 * named by the empty string, which no value of Hearsay has and a path cannot hold as it is: its
 * path names it {@code ""}, so that the field is refused as unknown at a path that says which.
 */
final class FieldPaths {
  /** How a path names the field whose name is empty. */
  static final String EMPTY_NAME = "\"\"";

  private FieldPaths() {}

  /** The path of a field of the value at a path, by the name the document gives it. */
  static DatasetPath field(DatasetPath parent, String name) {
    return parent.field(name.isEmpty() ? EMPTY_NAME : name);
  }
}
