package dev.hearsay.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One proposition in the dataset's own words, held by its attribution: one or more chains from
 * the reporter the reader meets to the origin of the words.
 *
 * <pre>{@code
 * Claim claim = new Claim.Builder()
 *     .id("c-set-to-join")
 *     .proposition("North Korean soldiers will join Russian troops in a counteroffensive in Kursk.")
 *     .addActors(ActorId.of("north-korea"))
 *     .addAttribution(Chain.of(report, nyt, ukrainianOfficials))
 *     .addAttribution(Chain.of(report, nyt, americanOfficials))
 *     .build();
 * Claim graded = claim.withCredibility(Credibility.PROBABLY_TRUE);   // a copy with one change
 * }</pre>
 */
@Value.Immutable
public abstract class Claim implements WithClaim {
  Claim() {}

  /**
   * The claim's id, unique among the dataset's claims.
   *
   * @return the id
   */
  public abstract ClaimId id();

  /**
   * The proposition in the dataset's own words.
   *
   * @return the proposition
   */
  public abstract String proposition();

  /**
   * The source's verbatim words for the proposition, anchored in the source's text.
   *
   * @return the quote, if the source words it quotably
   */
  public abstract Optional<Quote> quote();

  /**
   * The actors the claim is about.
   *
   * @return their ids, possibly empty
   */
  public abstract List<ActorId> actors();

  /**
   * The places the claim is about.
   *
   * @return their ids, possibly empty
   */
  public abstract List<PlaceId> places();

  /**
   * The numbers the claim gives, each under a name unique within the claim.
   *
   * @return the quantities, possibly empty
   */
  public abstract List<Quantity> quantities();

  /**
   * The time the proposition is about, which is not the time it was said.
   *
   * @return the time, if the claim speaks of one
   */
  public abstract Optional<TimeMention> time();

  /**
   * The curator's Admiralty grade of the information's credibility.
   *
   * @return the grade, if given
   */
  public abstract Optional<Credibility> credibility();

  /**
   * The curator's remarks: what was inferred and why, doubts, context.
   *
   * @return the notes, possibly empty
   */
  public abstract List<String> notes();

  /**
   * The chains by which the claim reaches the reader.
   *
   * @return at least one chain
   */
  public abstract List<Chain> attribution();

  @Value.Check
  void check() {
    Checks.text("Claim.proposition", proposition(), Checks.LONG_TEXT);
    Checks.texts("Claim.notes", notes(), Checks.LONG_TEXT);
    Checks.nonEmpty("Claim.attribution", attribution());
    Set<String> names = new HashSet<>();
    for (int i = 0; i < quantities().size(); i++) {
      String name = quantities().get(i).name();
      if (!names.add(name)) {
        throw new ValueCheckException(
            "Claim.quantities[" + i + "].name", "'" + name + "' is used twice in the claim");
      }
    }
  }

  /**
   * A claim with an id, a proposition and the chains that hold it, and nothing else.
   *
   * <pre>{@code
   * Claim claim = Claim.of("c-set-to-join", "North Korean soldiers will join Russian troops.",
   *     Chain.of(report, nyt, ukrainianOfficials), Chain.of(report, nyt, americanOfficials));
   * }</pre>
   *
   * @param id the id text, as {@link ClaimId#of} takes it
   * @param proposition the proposition in the dataset's own words
   * @param attribution the chains by which the claim reaches the reader, at least one
   * @return the claim
   * @throws ValueCheckException when a part is null or breaks a rule
   */
  public static Claim of(String id, String proposition, Chain... attribution) {
    return new Builder().id(id).proposition(proposition).addAttribution(attribution).build();
  }

  /**
   * Builds a {@link Claim}.
   *
   * <p>Required: {@code id}, {@code proposition}, and at least one chain in {@code attribution}.
   *
   * <p>Optional: {@code quote}, {@code actors}, {@code places}, {@code quantities}, {@code time},
   * {@code credibility}, {@code notes}.
   *
   * <p>Each field takes one value; setting it again throws {@link IllegalStateException}. Lists
   * are added to with {@code addX} and {@code addAllX}.
   */
  public static final class Builder extends ImmutableClaim.Builder {
    /** Starts with every field unset. */
    public Builder() {}

    /**
     * Sets the id from its text.
     *
     * @param id the id text, as {@link ClaimId#of} takes it
     * @return this builder
     * @throws ValueCheckException when the text is null or not a valid id
     */
    public Builder id(String id) {
      return id(ClaimId.of(Checks.present("Claim.id", id)));
    }

    /**
     * Builds the claim.
     *
     * @return the claim
     * @throws ValueCheckException when a required field is unset or the claim breaks a rule
     */
    @Override
    public Claim build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.of("Claim");
      }
    }
  }
}
