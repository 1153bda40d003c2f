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
 * times overlap its own, so that their order cannot be told. Entries are made by their timeline,
 * which each entry refers to (and keeps reachable) to find its overlaps when asked; two are equal
 * when they have equal events, claims and overlaps, whichever timeline holds them.
 */
public final class TimelineEntry {
  private final Event event;
  private final Timeline timeline;
  private final int position;

  /**
   * The claims, found when first asked. Two threads may both find them; each publishes an
   * immutable list, equal to the other's.
   */
  private List<Claim> claims;

  TimelineEntry(Event event, Timeline timeline, int position) {
    this.event = event;
    this.timeline = timeline;
    this.position = position;
  }

  /**
   * The event.
   *
   * @return the event
   */
  public Event event() {
    return event;
  }

  /**
   * The claims that speak of the event, in the event's order; on a timeline {@link Timeline#asOf
   * as of} some time, only those said by then. Found in the dataset the first time they are
   * asked for, in time proportional to their number.
   *
   * @return the claims
   */
  public List<Claim> claims() {
    List<Claim> found = claims;
    if (found == null) {
      found = timeline.claimsOf(event);
      claims = found;
    }
    return found;
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
   * entry's; answered in constant time.
   *
   * @return true when {@link #overlaps()} is not empty
   */
  public boolean orderUndetermined() {
    return timeline.orderUndetermined(position);
  }

  /**
   * The events of the other entries of the same timeline whose time ranges overlap this one's, in
   * display order; empty for an undated event. Found when asked, in time proportional to their
   * number times the logarithm of the timeline's size.
   *
   * @return the overlapping events
   */
  public List<EventId> overlaps() {
    return timeline.overlaps(position);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimelineEntry that
        && event.equals(that.event)
        && claims().equals(that.claims())
        && overlaps().equals(that.overlaps());
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, claims());
  }

  @Override
  public String toString() {
    return "TimelineEntry["
        + event.id()
        + " at "
        + time().map(ImpreciseTime::toEdtf).orElse("no time")
        + ", "
        + event.claims().size()
        + " claims]";
  }
}
