package dev.hearsay.jackson.internal.read;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The names of the fields read so far in one object. Objects of this format have a few fields
 * each, so the first names are kept in a short array and compared one by one (Jackson hands out
 * the same instance for a name it has seen before, so most comparisons end at the identity check);
 * an object with more names, such as one full of unknown fields that a mapper skips, moves them to
 * a hash set, so that reading it stays linear.
 */
final class FieldNames {
  private static final int SHORT = 16;

  private String[] names = new String[8];
  private int size;
  private Set<String> many;

  /** Adds a name, and tells whether it was new. */
  boolean add(String name) {
    if (many != null) {
      return many.add(name);
    }
    if (contains(name)) {
      return false;
    }
    if (size == SHORT) {
      many = new HashSet<>(Arrays.asList(names));
      return many.add(name);
    }
    if (size == names.length) {
      names = Arrays.copyOf(names, SHORT);
    }
    names[size++] = name;
    return true;
  }

  /** Forgets every name, to be used for another object. */
  void clear() {
    size = 0;
    many = null;
  }

  boolean contains(String name) {
    if (many != null) {
      return many.contains(name);
    }
    int hash = name.hashCode();
    for (int i = 0; i < size; i++) {
      String seen = names[i];
      if (seen == name || seen.hashCode() == hash && seen.equals(name)) {
        return true;
      }
    }
    return false;
  }
}
