package dev.hearsay.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A directed link between two claims: {@code from} supports, contradicts, elaborates, updates,
 * duplicates or is derived from {@code to}.
 *
 * <pre>{@code
 * Relation support = Relation.of(trucksAtFront, RelationKind.SUPPORTS, inCombatZones);
 * Relation tension = new Relation.Builder()
 *     .from("c-not-in-combat")
 *     .kind(RelationKind.CONTRADICTS)
 *     .to("c-de-facto-participating")
 *     .note("Yermak's words make combat likely; the journalists stress it has not begun.")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Relation implements WithRelation {
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

  /**
   * A relation with no note: {@code from} bears on {@code to} in the given way.
   *
   * @param from the claim that bears on the other
   * @param kind how it bears on the other
   * @param to the claim borne upon
   * @return the relation
   * @throws ValueCheckException when a part is null
   */
  public static Relation of(Claim from, RelationKind kind, Claim to) {
    return new Builder().from(from).kind(kind).to(to).build();
  }

  /**
   * A relation with no note between the claims with the given ids.
   *
   * @param from the id of the claim that bears on the other
   * @param kind how it bears on the other
   * @param to the id of the claim borne upon
   * @return the relation
   * @throws ValueCheckException when a part is null
   */
  public static Relation of(ClaimId from, RelationKind kind, ClaimId to) {
    return new Builder().from(from).kind(kind).to(to).build();
  }

  /**
   * Builds a {@link Relation}.
   *
   * <p>Required: {@code from}, {@code kind}, {@code to}.
   *
   * <p>Optional: {@code note}.
   *
   * <p>Each field takes one value; setting it again throws {@link IllegalStateException}. The
   * claims may be given as the claim, as its id, or as the id's text.
   */
  public static final class Builder extends ImmutableRelation.Builder {
    /** Starts with every field unset. */
    public Builder() {}

    /**
     * Sets the claim that bears on the other to the given one's id.
     *
     * @param from the claim
     * @return this builder
     * @throws ValueCheckException when the claim is null
     */
    public Builder from(Claim from) {
      return from(Checks.present("Relation.from", from).id());
    }

    /**
     * Sets the claim that bears on the other from its id's text.
     *
     * @param from the claim's id text, as {@link ClaimId#of} takes it
     * @return this builder
     * @throws ValueCheckException when the text is null or not a valid id
     */
    public Builder from(String from) {
      return from(ClaimId.of(Checks.present("Relation.from", from)));
    }

    /**
     * Sets the claim borne upon to the given one's id.
     *
     * @param to the claim
     * @return this builder
     * @throws ValueCheckException when the claim is null
     */
    public Builder to(Claim to) {
      return to(Checks.present("Relation.to", to).id());
    }

    /**
     * Sets the claim borne upon from its id's text.
     *
     * @param to the claim's id text, as {@link ClaimId#of} takes it
     * @return this builder
     * @throws ValueCheckException when the text is null or not a valid id
     */
    public Builder to(String to) {
      return to(ClaimId.of(Checks.present("Relation.to", to)));
    }

    /**
     * Builds the relation.
     *
     * @return the relation
     * @throws ValueCheckException when a required field is unset or the relation breaks a rule
     */
    @Override
    public Relation build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.of("Relation");
      }
    }
  }
}
