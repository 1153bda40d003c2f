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
 *     .organization(ActorId.of("office-of-the-president"))
 *     .role("head of the Office of the President")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Affiliation {
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

  /** Builds an {@link Affiliation}. */
  public static final class Builder extends ImmutableAffiliation.Builder {
    /** Starts with every field unset. */
    public Builder() {}
  }
}
