package dev.hearsay.core.model;

/**
 * A place in a dataset, such as {@code claims[c-trucks].attribution[0][1].actor}, spelled out only
 * when a violation names it, so that checking a valid dataset builds no path text.
 */
final class Where {
  private final Where parent;
  private final String field;
  private final Object key;

  private Where(Where parent, String field, Object key) {
    this.parent = parent;
    this.field = field;
    this.key = key;
  }

  /** A top-level field of the dataset, such as {@code claims}. */
  static Where root(String field) {
    return new Where(null, field, null);
  }

  /** A field of the value here: {@code this.name}. */
  Where field(String name) {
    return new Where(this, name, null);
  }

  /** An element of the list here, by its position or its id: {@code this[key]}. */
  Where at(Object key) {
    return new Where(this, null, key);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    append(text);
    return text.toString();
  }

  private void append(StringBuilder text) {
    if (parent != null) {
      parent.append(text);
    }
    if (field != null) {
      if (parent != null) {
        text.append('.');
      }
      text.append(field);
    } else {
      text.append('[').append(key).append(']');
    }
  }
}
