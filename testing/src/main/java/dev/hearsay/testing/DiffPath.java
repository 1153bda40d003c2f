package dev.hearsay.testing;

import dev.hearsay.core.model.DatasetPath;

/**
 * A place in a dataset, as violations name it: {@code claims[c-trucks].attribution[0][1].actor}.
 * Every path that this package prints is built here, and nowhere else.
 */
record DiffPath(DatasetPath path) {
  /** The dataset itself, whose fields are spelled without a leading dot. */
  static final DiffPath ROOT = new DiffPath(DatasetPath.root());

  /** A claim of a dataset, which is where the assertions on a claim start. */
  static DiffPath claim(String id) {
    return ROOT.field("claims").at(id);
  }

  /** A field of the value here. */
  DiffPath field(String name) {
    return new DiffPath(path.field(name));
  }

  /** An element of the list here, by its position or its id. */
  DiffPath at(Object key) {
    return new DiffPath(key instanceof Integer index ? path.index(index) : path.id(key.toString()));
  }

  /** The path followed by a colon, or nothing for the dataset itself, to start a message. */
  String prefix() {
    return path.isRoot() ? "" : path + ": ";
  }

  /** The path as text. */
  String text() {
    return path.toString();
  }

  @Override
  public String toString() {
    return text();
  }
}
