package dev.hearsay.core.timeline;

import dev.hearsay.core.time.ImpreciseTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * The instants a time allows, inclusive at both ends; an empty bound is unbounded on its side.
 */
record Span(Optional<Instant> earliest, Optional<Instant> latest) {
  /** Earliest bounds in time order, an unbounded one first. */
  static final Comparator<Span> BY_EARLIEST =
      Comparator.comparing(
          Span::earliest,
          (a, b) ->
              a.isEmpty() ? (b.isEmpty() ? 0 : -1) : b.isEmpty() ? 1 : a.get().compareTo(b.get()));

  static Span of(ImpreciseTime time) {
    return new Span(time.earliest(), time.latest());
  }

  /** Whether some instant lies in both: neither span ends before the other begins. */
  boolean overlaps(Span other) {
    return !endsBefore(latest, other.earliest) && !endsBefore(other.latest, earliest);
  }

  /** Whether a span that ends at {@code end} is entirely before one that begins at {@code start}. */
  static boolean endsBefore(Optional<Instant> end, Optional<Instant> start) {
    return end.isPresent() && start.isPresent() && end.get().isBefore(start.get());
  }
}
