package dev.hearsay.core.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Which spans overlap which, in time linear in the number of overlapping pairs after a sort.
 */
final class Overlaps {
  private Overlaps() {}

  /** For each span, the indexes of the other spans it overlaps, in increasing order. */
  static List<List<Integer>> find(List<Span> spans) {
    List<TreeSet<Integer>> found = new ArrayList<>(spans.size());
    List<Integer> order = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      found.add(new TreeSet<>());
      order.add(i);
    }
    order.sort(Comparator.comparing(spans::get, Span.BY_EARLIEST));
    // A later span in this order begins no earlier, so it overlaps the current one exactly when
    // it begins no later than the current one's latest instant (both ends are inclusive); once
    // one begins after that, all later ones do.
    for (int a = 0; a < order.size(); a++) {
      int i = order.get(a);
      for (int b = a + 1; b < order.size(); b++) {
        int j = order.get(b);
        if (Span.endsBefore(spans.get(i).latest(), spans.get(j).earliest())) {
          break;
        }
        found.get(i).add(j);
        found.get(j).add(i);
      }
    }
    List<List<Integer>> result = new ArrayList<>(spans.size());
    found.forEach(set -> result.add(List.copyOf(set)));
    return result;
  }
}
