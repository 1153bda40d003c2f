package dev.hearsay.core.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A place in a dataset: a sequence of segments, each a field name, a position in a list or the id
 * of a list's element, written as {@code claims[c-trucks].attribution[0][1].actor}.
 *
 * <p>A path is immutable. Appending a segment makes one small object that shares the rest, and
 * the text is written only when asked for, so that checking a valid dataset builds no text. Paths
 * are equal when their segments are.
 *
 * <pre>{@code
 * DatasetPath actor = DatasetPath.of("claims").id("c-trucks").field("attribution")
 *     .index(0).index(1).field("actor");
 * actor.toString();                 // claims[c-trucks].attribution[0][1].actor
 * actor.parent();                   // claims[c-trucks].attribution[0][1]
 * DatasetPath.parse(actor.toString()).equals(actor); // true
 * }</pre>
 *
 * <p>A path that names a value checked alone starts with its type: {@code Quantity.upper}.
 */
public final class DatasetPath implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final int FIELD = -1;
  private static final int ID = -2;
  private static final DatasetPath ROOT = new DatasetPath(null, null, -1);

  /** The path without its last segment; null for the root. */
  private final DatasetPath parent;

  /**
   * The last segment, kept unboxed so that a path costs one object: a field's name or an
   * element's id, or null for a position.
   */
  private final String name;

  /** The position of an element, -1 for a field, -2 for an element by its id. */
  private final int index;

  private DatasetPath(DatasetPath parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** One step of a path: a field, a position in a list, or the id of a list's element. */
  public sealed interface Segment extends Serializable permits Field, Index, Id {}

  /**
   * A field of a value: {@code .name}.
   *
   * @param name the field's name
   */
  public record Field(String name) implements Segment {
    /** Checks that the name is present and not empty. */
    public Field {
      Objects.requireNonNull(name, "DatasetPath.Field.name: must not be null");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("DatasetPath.Field.name: must not be empty");
      }
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * An element of a list by its position, from 0: {@code [position]}.
   *
   * @param position the position
   */
  public record Index(int position) implements Segment {
    /** Checks that the position is not negative. */
    public Index {
      if (position < 0) {
        throw new IllegalArgumentException(
            "DatasetPath.Index.position: must not be negative; is " + position);
      }
    }

    @Override
    public String toString() {
      return "[" + position + "]";
    }
  }

  /**
   * An element of a list by its id: {@code [id]}. Ids begin with a letter, which tells them from
   * positions in a path's text.
   *
   * @param id the element's id
   */
  public record Id(String id) implements Segment {
    /** Checks that the id is present and not empty. */
    public Id {
      Objects.requireNonNull(id, "DatasetPath.Id.id: must not be null");
      if (id.isEmpty()) {
        throw new IllegalArgumentException("DatasetPath.Id.id: must not be empty");
      }
    }

    @Override
    public String toString() {
      return "[" + id + "]";
    }
  }

  /**
   * The empty path: the dataset, or the value read, as a whole.
   *
   * @return the root, which has no segments
   */
  public static DatasetPath root() {
    return ROOT;
  }

  /**
   * A path of one field, such as a top-level field of the dataset: {@code claims}.
   *
   * @param field the field's name
   * @return the path
   */
  public static DatasetPath of(String field) {
    return ROOT.field(field);
  }

  /**
   * Reads a path from its text, as {@link #toString()} writes it: fields separated by dots, and
   * positions (digits) or ids (anything else) in brackets.
   *
   * @param text the text, such as {@code claims[c-trucks].attribution[0][1].actor}; empty for
   *     the root
   * @return the path
   * @throws IllegalArgumentException when the text is not a path
   */
  public static DatasetPath parse(String text) {
    Objects.requireNonNull(text, "DatasetPath: text must not be null");
    DatasetPath path = ROOT;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '[') {
        int close = text.indexOf(']', i + 1);
        if (close < 0) {
          throw notAPath(text, "a '[' at " + i + " is not closed");
        }
        path = path.key(text.substring(i + 1, close), text);
        i = close + 1;
      } else {
        if (c == '.') {
          if (path.isRoot() || i + 1 == n) {
            throw notAPath(text, "a '.' at " + i + " does not separate two segments");
          }
          i++;
        } else if (!path.isRoot()) {
          throw notAPath(text, "a field at " + i + " does not follow a '.'");
        }
        int end = i;
        while (end < n && text.charAt(end) != '.' && text.charAt(end) != '[') {
          end++;
        }
        if (end == i) {
          throw notAPath(text, "a field at " + i + " has no name");
        }
        path = path.field(text.substring(i, end));
        i = end;
      }
    }
    return path;
  }

  private DatasetPath key(String key, String text) {
    if (key.isEmpty()) {
      throw notAPath(text, "'[]' names no element");
    }
    if (Character.isDigit(key.charAt(0))) {
      try {
        return index(Integer.parseInt(key));
      } catch (NumberFormatException e) {
        throw notAPath(text, "'[" + key + "]' is not a position");
      }
    }
    return id(key);
  }

  private static IllegalArgumentException notAPath(String text, String why) {
    return new IllegalArgumentException("'" + text + "' is not a dataset path: " + why);
  }

  /**
   * This path followed by a field: {@code this.name}.
   *
   * @param name the field's name
   * @return the longer path
   */
  public DatasetPath field(String name) {
    if (name == null || name.isEmpty()) {
      new Field(name); // refuses it
    }
    return new DatasetPath(this, name, FIELD);
  }

  /**
   * This path followed by an element of a list by its position: {@code this[position]}.
   *
   * @param position the position, from 0
   * @return the longer path
   */
  public DatasetPath index(int position) {
    if (position < 0) {
      new Index(position); // refuses it
    }
    return new DatasetPath(this, null, position);
  }

  /**
   * This path followed by an element of a list by its id: {@code this[id]}.
   *
   * @param id the element's id
   * @return the longer path
   */
  public DatasetPath id(String id) {
    if (id == null || id.isEmpty()) {
      new Id(id); // refuses it
    }
    return new DatasetPath(this, id, ID);
  }

  /**
   * This path followed by a segment.
   *
   * @param segment the segment
   * @return the longer path
   */
  public DatasetPath then(Segment segment) {
    Objects.requireNonNull(segment, "DatasetPath: segment must not be null");
    if (segment instanceof Field field) {
      return new DatasetPath(this, field.name(), FIELD);
    }
    if (segment instanceof Index position) {
      return new DatasetPath(this, null, position.position());
    }
    return new DatasetPath(this, ((Id) segment).id(), ID);
  }

  /**
   * This path followed by every segment of another, such as a field path relative to a value.
   *
   * @param relative the path to append
   * @return the longer path
   */
  public DatasetPath resolve(DatasetPath relative) {
    DatasetPath path = this;
    for (Segment segment : relative.segments()) {
      path = path.then(segment);
    }
    return path;
  }

  /**
   * This path without its last segment.
   *
   * @return the parent
   * @throws IllegalStateException when this is the root
   */
  public DatasetPath parent() {
    if (parent == null) {
      throw new IllegalStateException("DatasetPath: the root has no parent");
    }
    return parent;
  }

  /**
   * The last segment.
   *
   * @return the segment
   * @throws IllegalStateException when this is the root
   */
  public Segment last() {
    if (parent == null) {
      throw new IllegalStateException("DatasetPath: the root has no segment");
    }
    return index == FIELD ? new Field(name) : index == ID ? new Id(name) : new Index(index);
  }

  /**
   * The name of the last segment when it is a field.
   *
   * @return the field's name, or null when the last segment is not a field or this is the root
   */
  public String lastField() {
    return parent != null && index == FIELD ? name : null;
  }

  /**
   * The position of the last segment when it is an element of a list by its position.
   *
   * @return the position, or -1 when the last segment is not a position or this is the root
   */
  public int lastIndex() {
    return parent != null && index >= 0 ? index : -1;
  }

  /**
   * Whether this is the root, the path with no segments.
   *
   * @return true for the root
   */
  public boolean isRoot() {
    return parent == null;
  }

  /**
   * How many segments the path has.
   *
   * @return the number of segments, 0 for the root
   */
  public int length() {
    int length = 0;
    for (DatasetPath p = this; p.parent != null; p = p.parent) {
      length++;
    }
    return length;
  }

  /**
   * The segments, from the first.
   *
   * @return an unmodifiable list
   */
  public List<Segment> segments() {
    Segment[] segments = new Segment[length()];
    int i = segments.length;
    for (DatasetPath p = this; p.parent != null; p = p.parent) {
      segments[--i] = p.last();
    }
    return List.of(segments);
  }

  /**
   * The first segments of this path, up to a length.
   *
   * @param n how many segments to keep, from 0 to {@link #length()}
   * @return the path of the first {@code n} segments
   * @throws IllegalArgumentException when {@code n} is out of range
   */
  public DatasetPath prefix(int n) {
    int length = length();
    if (n < 0 || n > length) {
      throw new IllegalArgumentException(
          "DatasetPath.prefix: " + n + " is not from 0 to " + length);
    }
    DatasetPath p = this;
    for (int i = length; i > n; i--) {
      p = p.parent;
    }
    return p;
  }

  /**
   * Whether this path is the given one or lies within it.
   *
   * @param prefix the path that may start this one
   * @return true when the first segments of this path are those of {@code prefix}
   */
  public boolean startsWith(DatasetPath prefix) {
    int n = prefix.length();
    return n <= length() && prefix(n).equals(prefix);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DatasetPath other)) {
      return false;
    }
    DatasetPath a = this;
    DatasetPath b = other;
    for (; a != b && a.parent != null && b.parent != null; a = a.parent, b = b.parent) {
      if (a.index != b.index || !Objects.equals(a.name, b.name)) {
        return false;
      }
    }
    return a == b || a.parent == null && b.parent == null;
  }

  @Override
  public int hashCode() {
    int hash = 1;
    for (DatasetPath p = this; p.parent != null; p = p.parent) {
      hash = 31 * (31 * hash + Objects.hashCode(p.name)) + p.index;
    }
    return hash;
  }

  /**
   * The path's text: fields separated by dots, elements of lists in brackets, such as {@code
   * claims[c-trucks].attribution[0][1].actor}; empty for the root.
   */
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
    if (index == FIELD) {
      if (parent.parent != null) {
        text.append('.');
      }
      text.append(name);
    } else if (index == ID) {
      text.append('[').append(name).append(']');
    } else {
      text.append('[').append(index).append(']');
    }
  }
}
