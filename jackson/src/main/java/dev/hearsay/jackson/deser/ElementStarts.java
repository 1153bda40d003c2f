package dev.hearsay.jackson.deser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;

/**
 * Where each element of a dataset's lists starts in the document, kept as line and column numbers
 * with the element's id, so that a violation found after the whole dataset is read can point at
 * the line of the element it concerns.
 */
final class ElementStarts {
  private final Map<String, Starts> lists = new HashMap<>();
  private TokenStreamLocation metadata;

  /** Notes where the metadata object starts. */
  void metadata(TokenStreamLocation start) {
    metadata = start;
  }

  /** Notes where the next element of a list starts, and its id, or null when it has none. */
  void element(String list, TokenStreamLocation start, String id) {
    lists.computeIfAbsent(list, k -> new Starts()).add(start, id);
  }

  /**
   * Where an element starts.
   *
   * @param element the element's path: {@code metadata}, or a list and an index or id, such as
   *     {@code claims[3]} or {@code claims[c-trucks]}
   * @return the location, or null when the element was not noted
   */
  TokenStreamLocation of(String element) {
    if (element.equals("metadata")) {
      return metadata;
    }
    int bracket = element.indexOf('[');
    if (bracket < 0 || !element.endsWith("]")) {
      return null;
    }
    Starts starts = lists.get(element.substring(0, bracket));
    return starts == null ? null : starts.of(element.substring(bracket + 1, element.length() - 1));
  }

  /** The starts of one list's elements, by index. */
  private static final class Starts {
    private int[] lines = new int[16];
    private int[] columns = new int[16];
    private final List<String> ids = new ArrayList<>();
    private Map<String, Integer> byId;

    void add(TokenStreamLocation start, String id) {
      int i = ids.size();
      if (i == lines.length) {
        lines = Arrays.copyOf(lines, i * 2);
        columns = Arrays.copyOf(columns, i * 2);
      }
      lines[i] = start.getLineNr();
      columns[i] = start.getColumnNr();
      ids.add(id);
      byId = null;
    }

    /** The start of the element with this index (ids begin with a letter) or this id. */
    TokenStreamLocation of(String key) {
      Integer index = key.isEmpty() || !Character.isDigit(key.charAt(0))
          ? byId().get(key) : parse(key);
      if (index == null || index >= ids.size()) {
        return null;
      }
      return new TokenStreamLocation(ContentReference.unknown(), -1, -1, lines[index],
          columns[index]);
    }

    private Map<String, Integer> byId() {
      if (byId == null) {
        byId = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
          if (ids.get(i) != null) {
            byId.putIfAbsent(ids.get(i), i);
          }
        }
      }
      return byId;
    }

    private static Integer parse(String digits) {
      try {
        return Integer.valueOf(digits);
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}
