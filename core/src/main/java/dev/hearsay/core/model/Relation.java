package dev.hearsay.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A directed link between two claims: {@code from} supports, contradicts, elaborates, updates,
 * duplicates or is derived from {@code to}.
 *
 * <pre>{@code
 * Relation tension = new Relation.Builder()
 *     .from(ClaimId.of("c-not-in-combat"))
 *     .kind(RelationKind.CONTRADICTS)
 *     .to(ClaimId.of("c-de-facto-participating"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Relation {
  Relation() {}

  /**
   * The claim that bears on the other.
   *
   * @return its id
   */
  public abstract ClaimId from();

  /**
   * How it bears on the other.
   *
   * @return the kind
   */
  public abstract RelationKind kind();

  /**
   * The claim borne upon.
   *
   * @return its id
   */
  public abstract ClaimId to();

  /**
   * The curator's reason for the link.
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.text("Relation.note", n, Checks.LONG_TEXT));
  }

  /** Builds a {@link Relation}. */
  public static final class Builder extends ImmutableRelation.Builder {
    /** Starts with every field unset. */
    public Builder() {}
  }
}
