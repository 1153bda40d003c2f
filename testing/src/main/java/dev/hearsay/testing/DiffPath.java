package dev.hearsay.testing;

/**
 * A place in a dataset, spelled as violations spell it: {@code claims[c-trucks].attribution[0][1]
 * .actor}. Every path that this package prints is built here, and nowhere else.
 */
record DiffPath(String text) {
  /** The dataset itself, whose fields are spelled without a leading dot. */
  static final DiffPath ROOT = new DiffPath("");

  /** A claim of a dataset, which is where the assertions on a claim start. */
  static DiffPath claim(String id) {
    return ROOT.field("claims").at(id);
  }

  /** A field of the value here. */
  DiffPath field(String name) {
    return new DiffPath(text.isEmpty() ? name : text + "." + name);
  }

  /** An element of the list here, by its position or its id. */
  DiffPath at(Object key) {
    return new DiffPath(text + "[" + key + "]");
  }

  /** The path followed by a colon, or nothing for the dataset itself, to start a message. */
  String prefix() {
    return text.isEmpty() ? "" : text + ": ";
  }

  @Override
  public String toString() {
    return text;
  }
}
