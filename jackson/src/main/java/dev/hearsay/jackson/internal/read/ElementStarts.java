package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.DatasetPath;
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
  TokenStreamLocation of(DatasetPath element) {
    if (element.length() == 1) {
      return "metadata".equals(element.lastField()) ? metadata : null;
    }
    if (element.length() != 2 || element.lastField() != null) {
      return null;
    }
    Starts starts = lists.get(element.parent().lastField());
    if (starts == null) {
      return null;
    }
    int index = element.lastIndex();
    return index >= 0 ? starts.at(index) : starts.of(((DatasetPath.Id) element.last()).id());
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

    /** The start of the element with this id. */
    TokenStreamLocation of(String id) {
      Integer index = byId().get(id);
      return index == null ? null : at(index);
    }

    /** The start of the element with this index. */
    TokenStreamLocation at(int index) {
      if (index >= ids.size()) {
        return null;
      }
      return new TokenStreamLocation(
          ContentReference.unknown(), -1, -1, lines[index], columns[index]);
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
  }
}
