package dev.hearsay.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Someone who speaks, reports or acts: a person, an organization, a government body, a media
 * outlet, a state, or a group with no name such as "Ukrainian officials".
 *
 * <pre>{@code
 * Actor nyt = Actor.of("nyt", "The New York Times", ActorKind.MEDIA_OUTLET);
 * Actor officials = new Actor.Builder()
 *     .id("ukrainian-officials")
 *     .name("Ukrainian officials")
 *     .kind(ActorKind.GROUP)
 *     .anonymous(true)
 *     .build();
 * Actor unnamed = officials.withAnonymous(false);   // a copy with one change
 * }</pre>
 */
@Value.Immutable
public abstract class Actor implements WithActor {
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

  /**
   * Identifiers of the actor outside the dataset, such as its Wikidata item, each listed once. A
   * corpus merges values of different datasets that share one. New in schema version 1.1.
   *
   * @return the identifiers, possibly empty
   */
  public abstract List<Identifier> identifiers();

  @Value.Check
  void check() {
    Checks.text("Actor.name", name(), Checks.SHORT_TEXT);
    Checks.texts("Actor.aliases", aliases(), Checks.SHORT_TEXT);
    description().ifPresent(d -> Checks.text("Actor.description", d, Checks.LONG_TEXT));
    Identifier.checkDistinct("Actor.identifiers", identifiers());
  }

  /**
   * An actor with an id, a name and a kind, and nothing else.
   *
   * @param id the id text, as {@link ActorId#of} takes it
   * @param name the name
   * @param kind the kind
   * @return the actor
   * @throws ValueCheckException when a part is null or breaks a rule
   */
  public static Actor of(String id, String name, ActorKind kind) {
    return new Builder().id(id).name(name).kind(kind).build();
  }

  /**
   * Builds an {@link Actor}.
   *
   * <p>Required: {@code id}, {@code name}, {@code kind}.
   *
   * <p>Optional: {@code anonymous} (false unless set), {@code aliases}, {@code description},
   * {@code affiliations}, {@code identifiers}.
   *
   * <p>Each field takes one value; setting it again throws {@link IllegalStateException}. Lists
   * are added to with {@code addX} and {@code addAllX}.
   */
  public static final class Builder extends ImmutableActor.Builder {
    /** Starts with every field unset. */
    public Builder() {}

    /**
     * Sets the id from its text.
     *
     * @param id the id text, as {@link ActorId#of} takes it
     * @return this builder
     * @throws ValueCheckException when the text is null or not a valid id
     */
    public Builder id(String id) {
      return id(ActorId.of(Checks.present("Actor.id", id)));
    }

    /**
     * Builds the actor.
     *
     * @return the actor
     * @throws ValueCheckException when a required field is unset or the actor breaks a rule
     */
    @Override
    public Actor build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.of("Actor");
      }
    }
  }
}
