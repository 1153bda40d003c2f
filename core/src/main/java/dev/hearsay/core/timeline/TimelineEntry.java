package dev.hearsay.core.timeline;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.time.ImpreciseTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event on a {@link Timeline}, with the claims that speak of it and the other entries whose
 * times overlap its own, so that their order cannot be told.
 *
 * @param event the event
 * @param claims the claims that speak of the event, in the event's order; on a timeline {@link
 *     Timeline#asOf as of} some time, only those said by then
 * @param overlaps the events of the other entries of the same timeline whose time ranges overlap
 *     this one's, in display order; empty for an undated event
 */
public record TimelineEntry(Event event, List<Claim> claims, List<EventId> overlaps) {
  /** Copies the lists. */
  public TimelineEntry {
    Objects.requireNonNull(event, "TimelineEntry.event");
    claims = List.copyOf(claims);
    overlaps = List.copyOf(overlaps);
  }

  /**
   * When the event happened or is expected to.
   *
   * @return the time, or empty for an undated event
   */
  public Optional<ImpreciseTime> time() {
    return event.time().map(t -> t.value());
  }

  /**
   * Whether the entry's place in the order is undetermined because its time overlaps another
   * entry's.
   *
   * @return true when {@link #overlaps()} is not empty
   */
  public boolean orderUndetermined() {
    return !overlaps.isEmpty();
  }
}
