package dev.hearsay.core.model;

import dev.hearsay.core.time.ImpreciseTime;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published verdict on a claim, such as a fact-checker's "False" or "Mostly true": who assessed
 * which claim, when, the rating in the publisher's words and, where the publisher gives one, its
 * place on the publisher's numeric scale, and the article that publishes it.
 *
 * <p>An assessment is a judgement about a claim, not a link in its chain of attribution: the
 * fact-checker is neither a hop nor an origin of the claim, and an assessment counts in none of
 * the claim's evidence. New in schema version 1.1.
 *
 * <pre>{@code
 * Assessment verdict = new Assessment.Builder()
 *     .claim("c-crowd")
 *     .assessor("politifact")
 *     .rating("Pants on Fire")
 *     .ratingValue(BigDecimal.ONE)
 *     .worstRating(BigDecimal.ONE)
 *     .bestRating(BigDecimal.valueOf(6))
 *     .source("s-politifact-review")
 *     .time(ImpreciseTime.parse("2017-01-22"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Assessment implements WithAssessment {
  Assessment() {}

  /**
   * The claim assessed.
   *
   * @return its id
   */
  public abstract ClaimId claim();

  /**
   * Who assessed it: the fact-checker, an organization or a person.
   *
   * @return the actor's id
   */
  public abstract ActorId assessor();

  /**
   * When the assessment was published, as precisely as the publisher gives it.
   *
   * @return the time, if known
   */
  public abstract Optional<ImpreciseTime> time();

  /**
   * The rating as published: a word ("False"), a phrase ("Pants on Fire") or a sentence.
   *
   * @return the rating
   */
  public abstract String rating();

  /**
   * The rating's place on the publisher's numeric scale, where the publisher gives one.
   *
   * @return the value, without trailing zeros, if given
   */
  public abstract Optional<BigDecimal> ratingValue();

  /**
   * The best end of the publisher's scale ("true"), where given.
   *
   * @return the value, without trailing zeros, if given
   */
  public abstract Optional<BigDecimal> bestRating();

  /**
   * The worst end of the publisher's scale ("false"), where given.
   *
   * @return the value, without trailing zeros, if given
   */
  public abstract Optional<BigDecimal> worstRating();

  /**
   * The article that publishes the assessment.
   *
   * @return the source's id
   */
  public abstract SourceId source();

  /**
   * The address of the assessment itself, where it differs from its article's or the article
   * has none, such as an anchor within a page of several reviews.
   *
   * @return the address, if any
   */
  public abstract Optional<URI> url();

  /**
   * Whether the rating value lies on the scale: between the worst and best ratings when both are
   * given, whichever is the higher, and true when either is missing or there is no value.
   *
   * @return false only when the value lies outside both given ends
   */
  public boolean onScale() {
    if (ratingValue().isEmpty() || bestRating().isEmpty() || worstRating().isEmpty()) {
      return true;
    }
    BigDecimal value = ratingValue().get();
    BigDecimal low = bestRating().get().min(worstRating().get());
    BigDecimal high = bestRating().get().max(worstRating().get());
    return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
  }

  @Value.Check
  Assessment normalize() {
    Checks.text("Assessment.rating", rating(), Checks.LONG_TEXT);
    url()
        .ifPresent(
            u -> {
              if (!u.isAbsolute()) {
                throw new ValueCheckException(
                    "Assessment.url", "'" + u + "' is not an absolute URI (it has no scheme)");
              }
            });
    Optional<BigDecimal> value =
        ratingValue().map(v -> Decimals.normalize("Assessment.ratingValue", v));
    Optional<BigDecimal> best =
        bestRating().map(v -> Decimals.normalize("Assessment.bestRating", v));
    Optional<BigDecimal> worst =
        worstRating().map(v -> Decimals.normalize("Assessment.worstRating", v));
    if (best.isPresent() && worst.isPresent() && best.get().compareTo(worst.get()) == 0) {
      throw new ValueCheckException(
          "Assessment.worstRating",
          "equals the best rating "
              + best.get().toPlainString()
              + ", so the scale has no length; give two different ends or neither");
    }
    if (!value.equals(ratingValue())
        || !best.equals(bestRating())
        || !worst.equals(worstRating())) {
      return new Builder()
          .claim(claim())
          .assessor(assessor())
          .time(time())
          .rating(rating())
          .ratingValue(value)
          .bestRating(best)
          .worstRating(worst)
          .source(source())
          .url(url())
          .build();
    }
    return this;
  }

  /**
   * Builds an {@link Assessment}.
   *
   * <p>Required: {@code claim}, {@code assessor}, {@code rating}, {@code source}.
   *
   * <p>Optional: {@code time}, {@code ratingValue}, {@code bestRating}, {@code worstRating},
   * {@code url}.
   *
   * <p>Each field takes one value; setting it again throws {@link IllegalStateException}. The
   * claim, assessor and source may be given as the value, as its id, or as the id's text.
   */
  public static final class Builder extends ImmutableAssessment.Builder {
    /** Starts with every field unset. */
    public Builder() {}

    /**
     * Sets the claim assessed to the given one's id.
     *
     * @param claim the claim
     * @return this builder
     * @throws ValueCheckException when the claim is null
     */
    public Builder claim(Claim claim) {
      return claim(Checks.present("Assessment.claim", claim).id());
    }

    /**
     * Sets the claim assessed from its id's text.
     *
     * @param claim the claim's id text, as {@link ClaimId#of} takes it
     * @return this builder
     * @throws ValueCheckException when the text is null or not a valid id
     */
    public Builder claim(String claim) {
      return claim(ClaimId.of(Checks.present("Assessment.claim", claim)));
    }

    /**
     * Sets the assessor to the given actor's id.
     *
     * @param assessor the actor
     * @return this builder
     * @throws ValueCheckException when the actor is null
     */
    public Builder assessor(Actor assessor) {
      return assessor(Checks.present("Assessment.assessor", assessor).id());
    }

    /**
     * Sets the assessor from its id's text.
     *
     * @param assessor the actor's id text, as {@link ActorId#of} takes it
     * @return this builder
     * @throws ValueCheckException when the text is null or not a valid id
     */
    public Builder assessor(String assessor) {
      return assessor(ActorId.of(Checks.present("Assessment.assessor", assessor)));
    }

    /**
     * Sets the article to the given source's id.
     *
     * @param source the source
     * @return this builder
     * @throws ValueCheckException when the source is null
     */
    public Builder source(Source source) {
      return source(Checks.present("Assessment.source", source).id());
    }

    /**
     * Sets the article from its id's text.
     *
     * @param source the source's id text, as {@link SourceId#of} takes it
     * @return this builder
     * @throws ValueCheckException when the text is null or not a valid id
     */
    public Builder source(String source) {
      return source(SourceId.of(Checks.present("Assessment.source", source)));
    }

    /**
     * Builds the assessment.
     *
     * @return the assessment
     * @throws ValueCheckException when a required field is unset or the assessment breaks a rule
     */
    @Override
    public Assessment build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.of("Assessment");
      }
    }
  }
}
