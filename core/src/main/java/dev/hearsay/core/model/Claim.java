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
 *     .id(ClaimId.of("c-set-to-join"))
 *     .proposition("North Korean soldiers will join Russian troops in a counteroffensive in Kursk.")
 *     .addActors(ActorId.of("north-korea"))
 *     .addAttribution(Chain.of(report, nyt, ukrainianOfficials))
 *     .addAttribution(Chain.of(report, nyt, americanOfficials))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Claim {
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

  /** Builds a {@link Claim}. */
  public static final class Builder extends ImmutableClaim.Builder {
    /** Starts with every field unset. */
    public Builder() {}
  }
}
