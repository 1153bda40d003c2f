package dev.hearsay.core.model;

import java.util.Optional;

/**
 * One step of an attribution chain: an actor who said or reported the proposition, where, with
 * which words, and how firmly. Reporting is not endorsing: a hop that relays another carries its
 * own commitment, which may differ from the origin's.
 *
 * <pre>{@code
 * Hop report = Hop.of(outlet, ReportingMode.PARAPHRASE, Commitment.UNCOMMITTED);
 * Hop nyt = new Hop.Builder()
 *     .actor("nyt")
 *     .source("nyt-report")
 *     .cue("reports")
 *     .mode(ReportingMode.PARAPHRASE)
 *     .commitment(Commitment.CERTAIN)
 *     .build();
 * Hop officials = nyt.withActor(ukrainianOfficials).withCue("citing");   // copies with one change
 * }</pre>
 */
public abstract class Hop implements WithHop {
  Hop() {}

  /**
   * Who said or reported it.
   *
   * @return the actor's id
   */
  public abstract ActorId actor();

  /**
   * Where the actor said it.
   *
   * @return the source's id, if known
   */
  public abstract Optional<SourceId> source();

  /**
   * The reporting words as written: "reports", "citing", "noted", "suggests", "reportedly".
   *
   * @return the cue; empty when the context alone implies the hop
   */
  public abstract Optional<String> cue();

  /**
   * How the hop renders the actor's words.
   *
   * @return the mode
   */
  public abstract ReportingMode mode();

  /**
   * How firmly this hop commits to the proposition.
   *
   * @return the commitment
   */
  public abstract Commitment commitment();

  /**
   * The calibrated probability the hop expresses, when its words map onto ICD 203's scale. It may not
   * lean against a certain or probable {@link #commitment()}: "unlikely" does not go with CT+ or
   * PR+, nor "likely" with CT- or PR-; a merely possible commitment goes with any likelihood.
   *
   * @return the likelihood, if any
   */
  public abstract Optional<Likelihood> likelihood();

  /**
   * When the actor said it.
   *
   * @return the time of the utterance, if known
   */
  public abstract Optional<TimeMention> time();

  /**
   * Whether the curator inferred this hop rather than read it in the text, as with sentences that
   * are a speaker's only by implication.
   *
   * @return true when inferred; false by default
   */
  public boolean inferred() {
    return false;
  }

  /** Checks the rules between the fields; the builder calls it on each hop it makes. */
  void check() {
    cue().ifPresent(c -> Checks.text("Hop.cue", c, Checks.SHORT_TEXT));
    likelihood()
        .ifPresent(
            l -> {
              boolean mere =
                  commitment() == Commitment.POSSIBLE || commitment() == Commitment.POSSIBLE_NOT;
              if (!mere && l.polarity() * commitment().polarity() < 0) {
                throw new ValueCheckException(
                    "Hop.likelihood",
                    spelling(l)
                        + " leans the other way from the commitment "
                        + spelling(commitment())
                        + " ("
                        + commitment().factBankCode()
                        + "); a certain or probable commitment needs a"
                        + " likelihood on its side of even");
              }
            });
  }

  /** A constant as the JSON form and the messages spell it: {@code very_likely}. */
  private static String spelling(Enum<?> constant) {
    return constant.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * A copy of this hop by another actor.
   *
   * @param actor the actor
   * @return a hop by that actor, equal to this one in every other field
   * @throws ValueCheckException when the actor is null
   */
  public Hop withActor(Actor actor) {
    return withActor(Checks.present("Hop.actor", actor).id());
  }

  /**
   * A hop with no source, cue, likelihood or time: the actor says it in the given mode with the
   * given commitment.
   *
   * @param actor the actor, whose id the hop takes
   * @param mode how the hop renders the actor's words
   * @param commitment how firmly the hop commits to the proposition
   * @return the hop
   * @throws ValueCheckException when a part is null
   */
  public static Hop of(Actor actor, ReportingMode mode, Commitment commitment) {
    return new Builder().actor(actor).mode(mode).commitment(commitment).build();
  }

  /**
   * A hop with no source, cue, likelihood or time, by the actor with the given id.
   *
   * @param actor the actor's id
   * @param mode how the hop renders the actor's words
   * @param commitment how firmly the hop commits to the proposition
   * @return the hop
   * @throws ValueCheckException when a part is null
   */
  public static Hop of(ActorId actor, ReportingMode mode, Commitment commitment) {
    return new Builder().actor(actor).mode(mode).commitment(commitment).build();
  }

  /**
   * Builds a {@link Hop}.
   *
   * <p>Required: {@code actor}, {@code mode}, {@code commitment}.
   *
   * <p>Optional: {@code source}, {@code cue}, {@code likelihood}, {@code time}, {@code inferred}
   * (false unless set).
   *
   * <p>Each field takes one value; setting it again throws {@link IllegalStateException}. The
   * actor and the source may be given as the value, as its id, or as the id's text.
   */
  public static final class Builder extends HopBuilder {
    /** Starts with every field unset. */
    public Builder() {}

    /**
     * Sets the actor to the given one's id.
     *
     * @param actor the actor
     * @return this builder
     * @throws ValueCheckException when the actor is null
     */
    public Builder actor(Actor actor) {
      return actor(Checks.present("Hop.actor", actor).id());
    }

    /**
     * Sets the actor from its id's text.
     *
     * @param actor the actor's id text, as {@link ActorId#of} takes it
     * @return this builder
     * @throws ValueCheckException when the text is null or not a valid id
     */
    public Builder actor(String actor) {
      return actor(ActorId.of(Checks.present("Hop.actor", actor)));
    }

    /**
     * Sets the source to the given one's id.
     *
     * @param source the source
     * @return this builder
     * @throws ValueCheckException when the source is null
     */
    public Builder source(Source source) {
      return source(Checks.present("Hop.source", source).id());
    }

    /**
     * Sets the source from its id's text.
     *
     * @param source the source's id text, as {@link SourceId#of} takes it
     * @return this builder
     * @throws ValueCheckException when the text is null or not a valid id
     */
    public Builder source(String source) {
      return source(SourceId.of(Checks.present("Hop.source", source)));
    }

    /**
     * Builds the hop.
     *
     * @return the hop
     * @throws ValueCheckException when a required field is unset or the hop breaks a rule
     */
    @Override
    public Hop build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.of("Hop");
      }
    }
  }
}
