package dev.hearsay.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Someone who speaks, reports or acts: a person, an organization, a government body, a media
 * outlet, a state, or a group with no name such as "Ukrainian officials".
 *
 * <pre>{@code
 * Actor officials = new Actor.Builder()
 *     .id(ActorId.of("ukrainian-officials"))
 *     .name("Ukrainian officials")
 *     .kind(ActorKind.GROUP)
 *     .anonymous(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Actor {
  Actor() {}

  /**
   * The actor's id, unique among the dataset's actors.
   *
   * @return the id
   */
  public abstract ActorId id();

  /**
   * The name by which the dataset refers to the actor.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * What kind of party the actor is.
   *
   * @return the kind
   */
  public abstract ActorKind kind();

  /**
   * Whether the text withholds who the actor is, as with "officials" or "sources familiar".
   *
   * @return true when anonymous; false by default
   */
  @Value.Default
  public boolean anonymous() {
    return false;
  }

  /**
   * Other names of the actor, such as "DPRK" for North Korea.
   *
   * @return the aliases, possibly empty
   */
  public abstract List<String> aliases();

  /**
   * A short description in the dataset's own words.
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  /**
   * The organizations the actor belongs to, with roles.
   *
   * @return the affiliations, possibly empty
   */
  public abstract List<Affiliation> affiliations();

  @Value.Check
  void check() {
    Checks.text("Actor.name", name(), Checks.SHORT_TEXT);
    Checks.texts("Actor.aliases", aliases(), Checks.SHORT_TEXT);
    description().ifPresent(d -> Checks.text("Actor.description", d, Checks.LONG_TEXT));
  }

  /** Builds an {@link Actor}. */
  public static final class Builder extends ImmutableActor.Builder {
    /** Starts with every field unset. */
    public Builder() {}
  }
}
