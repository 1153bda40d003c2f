package dev.hearsay.core.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which spans overlap which, answered on demand so that a timeline never stores the pairs: whether
 * a span overlaps any other takes constant time, and listing its overlaps takes time proportional
 * to their number times the logarithm of the number of spans.
 */
final class Overlaps {
  /** The spans' positions, ordered by earliest instant; the slot of a span is its place here. */
  private final int[] bySlot;

  /** The slot of each span. */
  private final int[] slotOf;

  /** Earliest and latest instants by slot; null is unbounded. */
  private final Instant[] earliest;

  private final Instant[] latest;

  /** A tree of the greatest latest instant over ranges of slots, leaves from {@code size}. */
  private final Instant[] greatestLatest;

  private final int size;
  private final boolean[] overlapsAny;

  private Overlaps(List<Span> spans) {
    int n = spans.size();
    int[] order = byEarliest(spans);
    bySlot = new int[n];
    slotOf = new int[n];
    earliest = new Instant[n];
    latest = new Instant[n];
    for (int slot = 0; slot < n; slot++) {
      int i = order[slot];
      bySlot[slot] = i;
      slotOf[i] = slot;
      earliest[slot] = spans.get(i).earliest().orElse(null);
      latest[slot] = spans.get(i).latest().orElse(null);
    }
    size = Integer.highestOneBit(Math.max(1, n - 1)) * 2;
    greatestLatest = new Instant[2 * size];
    Arrays.fill(greatestLatest, Instant.MIN);
    for (int slot = 0; slot < n; slot++) {
      greatestLatest[size + slot] = latest[slot];
    }
    for (int node = size - 1; node > 0; node--) {
      greatestLatest[node] = later(greatestLatest[2 * node], greatestLatest[2 * node + 1]);
    }
    overlapsAny = new boolean[n];
    // A span later in slot order begins no earlier, so it overlaps this one exactly when it begins
    // no later than this one ends; the next slot begins first. An earlier span overlaps this one
    // exactly when it ends no earlier than this one begins; the greatest end so far decides.
    Instant greatestSoFar = Instant.MIN;
    for (int slot = 0; slot < n; slot++) {
      boolean withLater = slot + 1 < n && !endsBefore(latest[slot], earliest[slot + 1]);
      boolean withEarlier = slot > 0 && !endsBefore(greatestSoFar, earliest[slot]);
      overlapsAny[bySlot[slot]] = withLater || withEarlier;
      greatestSoFar = later(greatestSoFar, latest[slot]);
    }
  }

  /** The overlaps among spans, by their positions in the list. */
  /**
   * The positions of the spans in the order of {@link Span#BY_EARLIEST}, equal spans in their
   * order. A timeline gives its spans in display order, where those with an earliest instant
   * already follow it: then the spans without one, then the others, is that order, found in one
   * pass; any other order is sorted.
   */
  private static int[] byEarliest(List<Span> spans) {
    int n = spans.size();
    int[] order = new int[n];
    int next = 0;
    for (int i = 0; i < n; i++) {
      if (spans.get(i).earliest().isEmpty()) {
        order[next++] = i;
      }
    }
    Instant previous = null;
    for (int i = 0; i < n; i++) {
      Optional<Instant> start = spans.get(i).earliest();
      if (start.isPresent()) {
        if (previous != null && start.get().isBefore(previous)) {
          Integer[] sorted = new Integer[n];
          Arrays.setAll(sorted, k -> k);
          Arrays.sort(sorted, Comparator.comparing(spans::get, Span.BY_EARLIEST));
          return Arrays.stream(sorted).mapToInt(Integer::intValue).toArray();
        }
        previous = start.get();
        order[next++] = i;
      }
    }
    return order;
  }

  static Overlaps of(List<Span> spans) {
    return new Overlaps(spans);
  }

  /** Whether the span at {@code index} overlaps some other span. */
  boolean any(int index) {
    return overlapsAny[index];
  }

  /** The positions of the other spans that the span at {@code index} overlaps, in increasing order. */
  int[] of(int index) {
    if (!overlapsAny[index]) {
      return new int[0];
    }
    int slot = slotOf[index];
    List<Integer> found = new ArrayList<>();
    collectEarlier(1, 0, size, slot, earliest[slot], found);
    for (int later = slot + 1; later < bySlot.length; later++) {
      if (endsBefore(latest[slot], earliest[later])) {
        break;
      }
      found.add(bySlot[later]);
    }
    return found.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /** The spans in slots below {@code limit}, under {@code node}, that end no earlier than {@code start}. */
  private void collectEarlier(
      int node, int from, int to, int limit, Instant start, List<Integer> found) {
    if (from >= limit || endsBefore(greatestLatest[node], start)) {
      return;
    }
    if (to - from == 1) {
      found.add(bySlot[from]);
      return;
    }
    int middle = (from + to) >>> 1;
    collectEarlier(2 * node, from, middle, limit, start, found);
    collectEarlier(2 * node + 1, middle, to, limit, start, found);
  }

  /** Whether an end comes before a start; null is unbounded, {@link Instant#MIN} is no span. */
  private static boolean endsBefore(Instant end, Instant start) {
    return end != null && start != null && end.isBefore(start);
  }

  private static Instant later(Instant a, Instant b) {
    return a == null || b == null ? null : a.isAfter(b) ? a : b;
  }
}
