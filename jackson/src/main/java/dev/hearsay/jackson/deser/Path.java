package dev.hearsay.jackson.deser;

/**
 * Where a reader is in a dataset, written the way the model's violations write it: {@code
 * claims[c-trucks].attribution[0][1].actor}. An element of a list shows its id once the id has
 * been read, its index until then. The text is built only when an error needs it.
 */
final class Path {
  private static final Path ROOT = new Path(null, null, -1);

  private final Path parent;
  private final String field;
  private final int index;
  private String id;

  private Path(Path parent, String field, int index) {
    this.parent = parent;
    this.field = field;
    this.index = index;
  }

  static Path root() {
    return ROOT;
  }

  Path field(String name) {
    return new Path(this, name, -1);
  }

  Path index(int i) {
    return new Path(this, null, i);
  }

  /** Names this list element by its id from now on. */
  void identify(String elementId) {
    if (field == null && parent != null) {
      this.id = elementId;
    }
  }

  /** The index of this list element, or -1 when this is not a list element. */
  int index() {
    return index;
  }

  /** The id of this list element, or null when none has been read. */
  String id() {
    return id;
  }

  boolean isRoot() {
    return parent == null;
  }

  /** This path followed by a relative field expression such as {@code quantities[1].name}. */
  String plus(String relative) {
    return isRoot() ? relative : this + "." + relative;
  }

  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    append(text);
    return text.toString();
  }

  private void append(StringBuilder text) {
    if (parent == null) {
      return;
    }
    parent.append(text);
    if (field != null) {
      if (!parent.isRoot()) {
        text.append('.');
      }
      text.append(field);
    } else {
      text.append('[').append(id != null ? id : Integer.toString(index)).append(']');
    }
  }
}
