package dev.hearsay.core.timeline;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.time.ImpreciseTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
  /**
   * Copies the lists and checks that they fit the event.
   *
   * @throws NullPointerException when a component or an element of a list is null
   * @throws IllegalArgumentException when a claim is not one the event lists, or the event is
   *     among its own overlaps
   */
  public TimelineEntry {
    Objects.requireNonNull(event, "TimelineEntry.event: must not be null");
    claims = copy(claims, "TimelineEntry.claims");
    overlaps = copy(overlaps, "TimelineEntry.overlaps");
    Set<ClaimId> ofEvent = new HashSet<>(event.claims());
    for (Claim claim : claims) {
      if (!ofEvent.contains(claim.id())) {
        throw new IllegalArgumentException("TimelineEntry.claims: '" + claim.id()
            + "' is not a claim of the event '" + event.id() + "'");
      }
    }
    if (overlaps.contains(event.id())) {
      throw new IllegalArgumentException(
          "TimelineEntry.overlaps: the event '" + event.id() + "' cannot overlap itself");
    }
  }

  private static <T> List<T> copy(List<T> values, String component) {
    Objects.requireNonNull(values, () -> component + ": must not be null");
    int i = 0;
    for (T value : values) {
      if (value == null) {
        throw new NullPointerException(component + "[" + i + "]: must not be null");
      }
      i++;
    }
    return List.copyOf(values);
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
