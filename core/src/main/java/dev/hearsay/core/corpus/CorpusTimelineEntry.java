package dev.hearsay.core.corpus;

import dev.hearsay.core.model.Event;
import dev.hearsay.core.time.ImpreciseTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event on the corpus's timeline: the events of its datasets that links make one, shown once.
 *
 * @param events the events, in the corpus's order
 * @param details each event as its dataset has it, in the same order
 * @param time when it happened: the time of the first of its events that has one
 * @param claims the claims that speak of any of its events, in the corpus's order
 * @param orderUndetermined whether its time overlaps another entry's, so that their order cannot
 *     be told; an undated entry overlaps nothing
 */
public record CorpusTimelineEntry(
    List<EventRef> events,
    List<Event> details,
    Optional<ImpreciseTime> time,
    List<ClaimRef> claims,
    boolean orderUndetermined) {
  /**
   * Copies the lists.
   *
   * @throws NullPointerException when a part or an element is null
   * @throws IllegalArgumentException when there is no event, or not one detail per event
   */
  public CorpusTimelineEntry {
    events = List.copyOf(events);
    details = List.copyOf(details);
    Objects.requireNonNull(time, "CorpusTimelineEntry.time");
    claims = List.copyOf(claims);
    if (events.isEmpty() || events.size() != details.size()) {
      throw new IllegalArgumentException(
          "CorpusTimelineEntry: at least one event, and one detail per event");
    }
  }

  /**
   * The first event's description, which stands for the entry.
   *
   * @return the description
   */
  public String description() {
    return details.get(0).description();
  }
}
