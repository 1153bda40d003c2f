package dev.hearsay.testing;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Credibility;
import dev.hearsay.core.model.PlaceId;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Quote;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import java.util.List;
import java.util.Optional;

/**
 * Assertions on a claim, for tests of what an extraction made of a text; a failure names the path
 * of what differs, from the claim's place in a dataset ({@code claims[c-trucks].attribution[0][1]
 * .actor}).
 *
 * <pre>{@code
 * assertThat(claim)
 *     .hasProposition("North Korean soldiers will join Russian troops.")
 *     .hasChainCount(2)
 *     .hasOrigin("ukrainian-officials")
 *     .isAttributedTo("nyt").withStance(Stance.FOR).asRelay();
 * }</pre>
 */
public final class ClaimAssert extends PathAssert<ClaimAssert, Claim> {
  /**
   * Assertions on a claim.
   *
   * @param actual the claim under test
   */
  public ClaimAssert(Claim actual) {
    this(actual, actual == null ? DiffPath.ROOT : DiffPath.claim(actual.id().value()));
  }

  ClaimAssert(Claim actual, DiffPath path) {
    super(actual, ClaimAssert.class, path);
  }

  @Override
  Optional<String> differences(Object expected) {
    return expected instanceof Claim claim
        ? Optional.of(DiffMessages.of(DatasetDiff.between(claim, actual), "claims"))
        : Optional.empty();
  }

  /**
   * Checks the claim's id.
   *
   * @param id the id
   * @return this
   */
  public ClaimAssert hasId(String id) {
    isNotNull();
    return field(path.field("id"), id, actual.id().value());
  }

  /**
   * Checks what the claim says, word for word.
   *
   * @param proposition the proposition
   * @return this
   */
  public ClaimAssert hasProposition(String proposition) {
    isNotNull();
    return field(path.field("proposition"), proposition, actual.proposition());
  }

  /**
   * Checks that what the claim says contains the words.
   *
   * @param words the words
   * @return this
   */
  public ClaimAssert hasPropositionContaining(String words) {
    isNotNull();
    if (!actual.proposition().contains(words)) {
      fail(
          path.field("proposition"),
          "text containing " + ValueText.of(words),
          ValueText.of(actual.proposition()));
    }
    return this;
  }

  /**
   * Checks that the claim quotes its words from a source.
   *
   * @return this
   */
  public ClaimAssert isQuoted() {
    isNotNull();
    if (actual.quote().isEmpty()) {
      fail(path.field("quote"), "a quote", ValueText.ABSENT);
    }
    return this;
  }

  /**
   * Checks that the claim quotes the words, word for word, from the source.
   *
   * @param source the id of the source quoted
   * @param exact the words quoted
   * @return this
   */
  public ClaimAssert isQuoted(String source, String exact) {
    isQuoted();
    Quote quote = actual.quote().orElseThrow();
    field(path.field("quote").field("source"), source, quote.source().value());
    return field(path.field("quote").field("exact"), exact, quote.exact());
  }

  /**
   * Checks that the claim quotes no source.
   *
   * @return this
   */
  public ClaimAssert isNotQuoted() {
    isNotNull();
    if (actual.quote().isPresent()) {
      fail(path.field("quote"), ValueText.ABSENT, ValueText.of(actual.quote().get().exact()));
    }
    return this;
  }

  /**
   * Checks how many chains of attribution the claim has.
   *
   * @param count the number of chains
   * @return this
   */
  public ClaimAssert hasChainCount(int count) {
    isNotNull();
    if (actual.attribution().size() != count) {
      fail(
          path.field("attribution"),
          count + " chains",
          actual.attribution().size() + " " + chains());
    }
    return this;
  }

  /**
   * Checks that one of the claim's chains comes from the actor: the actor of its last hop.
   *
   * @param actor the actor's id
   * @return this
   */
  public ClaimAssert hasOrigin(String actor) {
    isNotNull();
    boolean found =
        actual.attribution().stream().anyMatch(c -> c.origin().actor().value().equals(actor));
    if (!found) {
      fail(path.field("attribution"), "a chain from " + ValueText.of(actor), "chains " + chains());
    }
    return this;
  }

  /**
   * Checks that the actor has a hop in one of the claim's chains, as origin or relay; narrow
   * further with the assertions it returns.
   *
   * @param actor the actor's id
   * @return assertions on the actor's hops
   */
  public AttributionAssert isAttributedTo(String actor) {
    isNotNull();
    if (!AttributionAssert.isAttributedTo(actual, actor)) {
      fail(path.field("attribution"), "a hop by " + ValueText.of(actor), "chains " + chains());
    }
    return new AttributionAssert(actual, path, actor);
  }

  /**
   * Checks that the actor has no hop in any of the claim's chains.
   *
   * @param actor the actor's id
   * @return this
   */
  public ClaimAssert isNotAttributedTo(String actor) {
    isNotNull();
    if (AttributionAssert.isAttributedTo(actual, actor)) {
      fail(path.field("attribution"), "no hop by " + ValueText.of(actor), "chains " + chains());
    }
    return this;
  }

  /**
   * Checks that the claim is about the actor.
   *
   * @param actor the actor's id
   * @return this
   */
  public ClaimAssert isAboutActor(String actor) {
    isNotNull();
    return contains("actors", actual.actors(), ActorId.of(actor));
  }

  /**
   * Checks that the claim is about the place.
   *
   * @param place the place's id
   * @return this
   */
  public ClaimAssert isAboutPlace(String place) {
    isNotNull();
    return contains("places", actual.places(), PlaceId.of(place));
  }

  /**
   * Checks that the claim has a quantity of the name.
   *
   * @param name the quantity's name
   * @return this
   */
  public ClaimAssert hasQuantity(String name) {
    isNotNull();
    List<String> names = actual.quantities().stream().map(Quantity::name).toList();
    if (!names.contains(name)) {
      fail(
          path.field("quantities"),
          "a quantity named " + ValueText.of(name),
          names.stream().map(ValueText::of).toList().toString());
    }
    return this;
  }

  /**
   * Checks the time the claim is about, as an EDTF text.
   *
   * @param edtf the time, such as {@code ../2024-10-28}
   * @return this
   */
  public ClaimAssert hasTime(String edtf) {
    isNotNull();
    return field(
        path.field("time"),
        ImpreciseTime.parse(edtf).toString(),
        actual.time().map(TimeMention::value).map(ImpreciseTime::toString).orElse(null));
  }

  /**
   * Checks the curator's judgement of the claim.
   *
   * @param credibility the credibility
   * @return this
   */
  public ClaimAssert hasCredibility(Credibility credibility) {
    isNotNull();
    if (!actual.credibility().equals(Optional.of(credibility))) {
      fail(
          path.field("credibility"),
          ValueText.of(credibility),
          ValueText.of(actual.credibility().orElse(null)));
    }
    return this;
  }

  /**
   * Assertions on one chain of the claim.
   *
   * @param index the chain's position, from 0
   * @return assertions whose failures name the chain's path
   */
  public ChainAssert chain(int index) {
    isNotNull();
    if (index < 0 || index >= actual.attribution().size()) {
      fail(
          path.field("attribution").at(index),
          "a chain",
          "absent: the claim has " + actual.attribution().size() + " " + chains());
    }
    return new ChainAssert(actual.attribution().get(index), path.field("attribution").at(index));
  }

  /**
   * Assertions on one hop of one chain of the claim.
   *
   * @param chain the chain's position, from 0
   * @param hop the hop's position in the chain, from 0 for the reporter
   * @return assertions whose failures name the hop's path
   */
  public HopAssert hopAt(int chain, int hop) {
    return chain(chain).hop(hop);
  }

  /** The actors of each chain, as a message shows them. */
  private List<List<String>> chains() {
    return actual.attribution().stream().map(ChainAssert::actors).toList();
  }

  private ClaimAssert contains(String field, List<?> ids, Object id) {
    if (!ids.contains(id)) {
      fail(path.field(field), "to contain " + ValueText.of(id), ValueText.of(ids));
    }
    return this;
  }

  private ClaimAssert field(DiffPath at, String expected, String was) {
    return check(at, ValueText.of(expected), ValueText.of(was));
  }
}
