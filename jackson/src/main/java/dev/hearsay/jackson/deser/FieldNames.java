package dev.hearsay.jackson.deser;

import java.util.Arrays;

/**
 * The names of the fields read so far in one object. Objects of this format have a few fields
 * each, so the names are kept in a short array and compared one by one; Jackson hands out the same
 * instance for a name it has seen before, so most comparisons end at the identity check.
 */
final class FieldNames {
  private String[] names = new String[8];
  private int size;

  /** Adds a name, and tells whether it was new. */
  boolean add(String name) {
    if (contains(name)) {
      return false;
    }
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
    }
    names[size++] = name;
    return true;
  }

  boolean contains(String name) {
    for (int i = 0; i < size; i++) {
      if (names[i] == name || names[i].equals(name)) {
        return true;
      }
    }
    return false;
  }
}
