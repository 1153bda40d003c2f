package dev.hearsay.core.model;

import dev.hearsay.core.time.ImpreciseTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A tie between an actor and an organization, with the role as the text writes it. An affiliation
 * is not a delegation: an analyst at a university does not speak for the university.
 *
 * <pre>{@code
 * Affiliation head = new Affiliation.Builder()
 *     .organization("office-of-the-president")
 *     .role("head of the Office of the President")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Affiliation implements WithAffiliation {
  Affiliation() {}

  /**
   * The organization the actor belongs to.
   *
   * @return its id
   */
  public abstract ActorId organization();

  /**
   * The role as the text writes it, such as "analyst" or "head of the Office of the President".
   *
   * @return the role, if stated
   */
  public abstract Optional<String> role();

  /**
   * When the affiliation held, if known.
   *
   * @return the period
   */
  public abstract Optional<ImpreciseTime> period();

  @Value.Check
  void check() {
    role().ifPresent(r -> Checks.text("Affiliation.role", r, Checks.SHORT_TEXT));
  }

  /**
   * Builds an {@link Affiliation}.
   *
   * <p>Required: {@code organization}.
   *
   * <p>Optional: {@code role}, {@code period}.
   *
   * <p>Each field takes one value; setting it again throws {@link IllegalStateException}. The
   * organization may be given as the actor, as its id, or as the id's text.
   */
  public static final class Builder extends ImmutableAffiliation.Builder {
    /** Starts with every field unset. */
    public Builder() {}

    /**
     * Sets the organization to the given actor's id.
     *
     * @param organization the organization
     * @return this builder
     * @throws ValueCheckException when the actor is null
     */
    public Builder organization(Actor organization) {
      return organization(Checks.present("Affiliation.organization", organization).id());
    }

    /**
     * Sets the organization from its id's text.
     *
     * @param organization the organization's id text, as {@link ActorId#of} takes it
     * @return this builder
     * @throws ValueCheckException when the text is null or not a valid id
     */
    public Builder organization(String organization) {
      return organization(ActorId.of(Checks.present("Affiliation.organization", organization)));
    }

    /**
     * Builds the affiliation.
     *
     * @return the affiliation
     * @throws ValueCheckException when a required field is unset or the affiliation breaks a rule
     */
    @Override
    public Affiliation build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.of("Affiliation");
      }
    }
  }
}
