package dev.hearsay.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something the claims say happened, is expected or did not happen: an arrival, a statement, a
 * deployment. Events make up the dataset's timeline.
 *
 * <pre>{@code
 * Event arrival = new Event.Builder()
 *     .id("e-trucks-reach-front")
 *     .description("First trucks with North Korean troops reach the front lines in Kursk")
 *     .time(TimeMention.of("../2024-10-28"))
 *     .status(EventStatus.HAPPENED)
 *     .addClaims(ClaimId.of("c-trucks"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Event implements WithEvent {
  Event() {}

  /**
   * The event's id, unique among the dataset's events.
   *
   * @return the id
   */
  public abstract EventId id();

  /**
   * What happened, in the dataset's own words.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * When it happened or is expected to.
   *
   * @return the time, if known
   */
  public abstract Optional<TimeMention> time();

  /**
   * Where it happened.
   *
   * @return the places' ids, possibly empty
   */
  public abstract List<PlaceId> places();

  /**
   * Who took part.
   *
   * @return the actors' ids, possibly empty
   */
  public abstract List<ActorId> participants();

  /**
   * Whether the claims report it as happened, expected or denied.
   *
   * @return the status
   */
  public abstract EventStatus status();

  /**
   * The claims that speak of the event.
   *
   * @return their ids, possibly empty
   */
  public abstract List<ClaimId> claims();

  @Value.Check
  void check() {
    Checks.text("Event.description", description(), Checks.LONG_TEXT);
  }

  /**
   * Builds an {@link Event}.
   *
   * <p>Required: {@code id}, {@code description}, {@code status}.
   *
   * <p>Optional: {@code time}, {@code places}, {@code participants}, {@code claims}.
   *
   * <p>Each field takes one value; setting it again throws {@link IllegalStateException}. Lists
   * are added to with {@code addX} and {@code addAllX}.
   */
  public static final class Builder extends ImmutableEvent.Builder {
    /** Starts with every field unset. */
    public Builder() {}

    /**
     * Sets the id from its text.
     *
     * @param id the id text, as {@link EventId#of} takes it
     * @return this builder
     * @throws ValueCheckException when the text is null or not a valid id
     */
    public Builder id(String id) {
      return id(EventId.of(Checks.present("Event.id", id)));
    }

    /**
     * Builds the event.
     *
     * @return the event
     * @throws ValueCheckException when a required field is unset or the event breaks a rule
     */
    @Override
    public Event build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.of("Event");
      }
    }
  }
}
