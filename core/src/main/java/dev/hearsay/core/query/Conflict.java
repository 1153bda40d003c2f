package dev.hearsay.core.query;

import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Relation;
import java.util.List;

/**
 * Two claims that disagree, with the provenance of each so that a reader can weigh them.
 *
 * <p>Two claims conflict when a relation says that one contradicts the other, or when both speak
 * of the same event and an origin of one (the innermost hop of one of its chains) commits to the
 * opposite polarity of an origin of the other, as {@code CT+} and {@code PR-} do (see {@link
 * dev.hearsay.core.model.Commitment#opposes}). Both grounds are listed when both hold.
 *
 * @param first the first claim with its chains
 * @param second the second claim with its chains
 * @param contradictions the relations of kind {@code CONTRADICTS} between the two, in either
 *     direction
 * @param events the events both claims speak of on which their origins take opposite polarities
 */
public record Conflict(Trace first, Trace second, List<Relation> contradictions,
    List<Event> events) {
  /**
   * Checks that the conflict has a ground and links two different claims.
   *
   * @throws NullPointerException when a component or an element of a list is null
   * @throws IllegalArgumentException when both lists are empty or both traces are of one claim
   */
  public Conflict {
    Copies.nonNull(first, "Conflict.first");
    Copies.nonNull(second, "Conflict.second");
    contradictions = Copies.of(contradictions, "Conflict.contradictions");
    events = Copies.of(events, "Conflict.events");
    if (first.claim().id().equals(second.claim().id())) {
      throw new IllegalArgumentException(
          "Conflict: a claim cannot conflict with itself ('" + first.claim().id() + "')");
    }
    if (contradictions.isEmpty() && events.isEmpty()) {
      throw new IllegalArgumentException(
          "Conflict: needs a contradiction or an event on which the origins disagree");
    }
  }
}
