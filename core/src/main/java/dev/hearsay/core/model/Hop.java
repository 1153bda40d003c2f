package dev.hearsay.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of an attribution chain: an actor who said or reported the proposition, where, with
 * which words, and how firmly. Reporting is not endorsing: a hop that relays another carries its
 * own commitment, which may differ from the origin's.
 *
 * <pre>{@code
 * Hop nyt = new Hop.Builder()
 *     .actor(ActorId.of("nyt"))
 *     .source(SourceId.of("nyt-report"))
 *     .cue("reports")
 *     .mode(ReportingMode.PARAPHRASE)
 *     .commitment(Commitment.CERTAIN)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Hop {
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
  @Value.Default
  public boolean inferred() {
    return false;
  }

  @Value.Check
  void check() {
    cue().ifPresent(c -> Checks.text("Hop.cue", c, Checks.SHORT_TEXT));
    likelihood().ifPresent(l -> {
      boolean mere = commitment() == Commitment.POSSIBLE || commitment() == Commitment.POSSIBLE_NOT;
      if (!mere && l.polarity() * commitment().polarity() < 0) {
        throw new ValueCheckException("Hop.likelihood",
            l + " leans the other way from the commitment " + commitment() + " ("
                + commitment().factBankCode() + "); a certain or probable commitment needs a"
                + " likelihood on its side of even");
      }
    });
  }

  /** Builds a {@link Hop}. */
  public static final class Builder extends ImmutableHop.Builder {
    /** Starts with every field unset. */
    public Builder() {}
  }
}
