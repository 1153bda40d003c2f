package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.DatasetPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The elements of a dataset's lists that a read left out because of their problems: where each
 * stood in the document, and its id when it was read. The rules of the dataset are then checked on
 * what was read; this tells which of their findings come from what was left out, and turns the
 * indexes of the values read into those of the document.
 */
final class LeftOutElements implements ProblemLog.InDocument {
  /** A list of the dataset and an index into it, where a path or a message names an element. */
  private static final Pattern ELEMENT =
      Pattern.compile(
          "(?<![.\\w])(actors|places|sources|claims|events|relations|assessments)\\[(\\d+)]");

  /** Per list, the indexes in the document of the elements left out, in order. */
  private final Map<String, List<Integer>> indexes = new HashMap<>();

  private final Map<String, Set<String>> ids = new HashMap<>();

  /** The lists of which an element was left out before its id was read, or the whole list. */
  private final Set<String> unknownIds = new HashSet<>();

  /**
   * Notes an element left out.
   *
   * @param list the list, such as {@code actors}
   * @param index its index in the document's list
   * @param id its id, or null when it was not read
   */
  void add(String list, int index, String id) {
    indexes.computeIfAbsent(list, k -> new ArrayList<>()).add(index);
    if (id != null) {
      ids.computeIfAbsent(list, k -> new HashSet<>()).add(id);
    } else {
      unknownIds.add(list);
    }
  }

  /** Notes a list that was left out whole, its value not being a list of elements. */
  void addList(String list) {
    indexes.computeIfAbsent(list, k -> new ArrayList<>());
    unknownIds.add(list);
  }

  boolean isEmpty() {
    return indexes.isEmpty();
  }

  /**
   * Whether an element left out of the list may have had the id: it had, or an element was left
   * out before its id was read, so that any id may have been its.
   */
  boolean mayHaveHadId(String list, String id) {
    return unknownIds.contains(list) || ids.getOrDefault(list, Set.of()).contains(id);
  }

  /**
   * The text with every element of a dataset's list named by its index among the values read
   * ({@code relations[2]}) named by its index in the document instead ({@code relations[3]}).
   */
  @Override
  public String text(String text) {
    if (isEmpty()) {
      return text;
    }
    Matcher m = ELEMENT.matcher(text);
    StringBuilder rewritten = new StringBuilder();
    while (m.find()) {
      int index = documentIndex(m.group(1), Integer.parseInt(m.group(2)));
      m.appendReplacement(rewritten, m.group(1) + "[" + index + "]");
    }
    return m.appendTail(rewritten).toString();
  }

  /**
   * The path with the element of a dataset's list that it lies in, when named by its index among
   * the values read ({@code relations[2].kind}), named by its index in the document instead
   * ({@code relations[3].kind}).
   */
  @Override
  public DatasetPath path(DatasetPath path) {
    if (isEmpty() || path.length() < 2) {
      return path;
    }
    DatasetPath element = path.prefix(2);
    String list = element.parent().lastField();
    int read = element.lastIndex();
    if (list == null || read < 0 || !indexes.containsKey(list)) {
      return path;
    }
    DatasetPath rewritten = element.parent().index(documentIndex(list, read));
    List<DatasetPath.Segment> segments = path.segments();
    for (int i = 2; i < segments.size(); i++) {
      rewritten = rewritten.then(segments.get(i));
    }
    return rewritten;
  }

  /**
   * The index in the document of the element with the given index among those read: that index,
   * plus the elements left out before it. The i-th left out (in order) comes before it when its
   * index, less the i left out before that, is at most {@code read}; that count is found by
   * bisection, so that a list of many elements left out costs a few steps per path.
   */
  private int documentIndex(String list, int read) {
    List<Integer> left = indexes.getOrDefault(list, List.of());
    int low = 0;
    int high = left.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (left.get(mid) - mid <= read) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return read + low;
  }
}
