package dev.hearsay.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a {@link Hop} being built, behind its public {@link Hop.Builder}: strict, as every
 * builder of the model is (a field set twice is refused), each field refused when null by its
 * name. It builds the packed hop directly, with no other object per hop.
 */
class HopBuilder {
  private ActorId actor;
  private SourceId source;
  private String cue;
  private ReportingMode mode;
  private Commitment commitment;
  private Likelihood likelihood;
  private TimeMention time;
  private boolean inferred;

  /** Which fields are set, one bit each, in the order of {@link #NAMES}. */
  private int set;

  private static final String[] NAMES = {
    "actor", "source", "cue", "mode", "commitment", "likelihood", "time", "inferred"
  };

  private static final int ACTOR = 0;
  private static final int SOURCE = 1;
  private static final int CUE = 2;
  private static final int MODE = 3;
  private static final int COMMITMENT = 4;
  private static final int LIKELIHOOD = 5;
  private static final int TIME = 6;
  private static final int INFERRED = 7;

  /** The fields without which a hop is not built, in the order they are reported missing. */
  private static final int[] REQUIRED = {ACTOR, MODE, COMMITMENT};

  private static final int REQUIRED_BITS = 1 << ACTOR | 1 << MODE | 1 << COMMITMENT;

  HopBuilder() {}

  /**
   * Sets the actor.
   *
   * @param actor the actor's id
   * @return this builder
   * @throws ValueCheckException when the id is null
   * @throws IllegalStateException when the actor is set already
   */
  public final Hop.Builder actor(ActorId actor) {
    unset(ACTOR);
    this.actor = present(ACTOR, actor);
    return mark(ACTOR);
  }

  /**
   * Sets the source.
   *
   * @param source the source's id
   * @return this builder
   * @throws ValueCheckException when the id is null
   * @throws IllegalStateException when the source is set already
   */
  public final Hop.Builder source(SourceId source) {
    unset(SOURCE);
    this.source = present(SOURCE, source);
    return mark(SOURCE);
  }

  /**
   * Sets the source, or none.
   *
   * @param source the source's id, or empty
   * @return this builder
   * @throws IllegalStateException when the source is set already
   */
  public final Hop.Builder source(Optional<? extends SourceId> source) {
    unset(SOURCE);
    this.source = source.orElse(null);
    return mark(SOURCE);
  }

  /**
   * Sets the cue.
   *
   * @param cue the reporting words as written
   * @return this builder
   * @throws ValueCheckException when the cue is null
   * @throws IllegalStateException when the cue is set already
   */
  public final Hop.Builder cue(String cue) {
    unset(CUE);
    this.cue = present(CUE, cue);
    return mark(CUE);
  }

  /**
   * Sets the cue, or none.
   *
   * @param cue the reporting words as written, or empty
   * @return this builder
   * @throws IllegalStateException when the cue is set already
   */
  public final Hop.Builder cue(Optional<String> cue) {
    unset(CUE);
    this.cue = cue.orElse(null);
    return mark(CUE);
  }

  /**
   * Sets the mode.
   *
   * @param mode how the hop renders the actor's words
   * @return this builder
   * @throws ValueCheckException when the mode is null
   * @throws IllegalStateException when the mode is set already
   */
  public final Hop.Builder mode(ReportingMode mode) {
    unset(MODE);
    this.mode = present(MODE, mode);
    return mark(MODE);
  }

  /**
   * Sets the commitment.
   *
   * @param commitment how firmly the hop commits to the proposition
   * @return this builder
   * @throws ValueCheckException when the commitment is null
   * @throws IllegalStateException when the commitment is set already
   */
  public final Hop.Builder commitment(Commitment commitment) {
    unset(COMMITMENT);
    this.commitment = present(COMMITMENT, commitment);
    return mark(COMMITMENT);
  }

  /**
   * Sets the likelihood.
   *
   * @param likelihood the calibrated probability the hop expresses
   * @return this builder
   * @throws ValueCheckException when the likelihood is null
   * @throws IllegalStateException when the likelihood is set already
   */
  public final Hop.Builder likelihood(Likelihood likelihood) {
    unset(LIKELIHOOD);
    this.likelihood = present(LIKELIHOOD, likelihood);
    return mark(LIKELIHOOD);
  }

  /**
   * Sets the likelihood, or none.
   *
   * @param likelihood the calibrated probability the hop expresses, or empty
   * @return this builder
   * @throws IllegalStateException when the likelihood is set already
   */
  public final Hop.Builder likelihood(Optional<? extends Likelihood> likelihood) {
    unset(LIKELIHOOD);
    this.likelihood = likelihood.orElse(null);
    return mark(LIKELIHOOD);
  }

  /**
   * Sets the time of the utterance.
   *
   * @param time when the actor said it
   * @return this builder
   * @throws ValueCheckException when the time is null
   * @throws IllegalStateException when the time is set already
   */
  public final Hop.Builder time(TimeMention time) {
    unset(TIME);
    this.time = present(TIME, time);
    return mark(TIME);
  }

  /**
   * Sets the time of the utterance, or none.
   *
   * @param time when the actor said it, or empty
   * @return this builder
   * @throws IllegalStateException when the time is set already
   */
  public final Hop.Builder time(Optional<? extends TimeMention> time) {
    unset(TIME);
    this.time = time.orElse(null);
    return mark(TIME);
  }

  /**
   * Sets whether the curator inferred the hop.
   *
   * @param inferred true when inferred; false unless set
   * @return this builder
   * @throws IllegalStateException when it is set already
   */
  public final Hop.Builder inferred(boolean inferred) {
    unset(INFERRED);
    this.inferred = inferred;
    return mark(INFERRED);
  }

  /**
   * Builds the hop.
   *
   * @return the hop
   * @throws MissingFields when a required field is unset
   * @throws ValueCheckException when the hop breaks a rule
   */
  public Hop build() {
    if ((set & REQUIRED_BITS) != REQUIRED_BITS) {
      List<String> missing = new ArrayList<>();
      for (int field : REQUIRED) {
        if (!isSet(field)) {
          missing.add(NAMES[field]);
        }
      }
      throw new MissingFields(missing.toArray(new String[0]));
    }
    PackedHop hop = new PackedHop(actor, source, cue, mode, commitment, likelihood, time, inferred);
    hop.check();
    return hop;
  }

  private boolean isSet(int field) {
    return (set & 1 << field) != 0;
  }

  private void unset(int field) {
    if (isSet(field)) {
      throw new IllegalStateException(
          "Builder of Hop is strict, attribute is already set: " + NAMES[field]);
    }
  }

  private Hop.Builder mark(int field) {
    set |= 1 << field;
    return (Hop.Builder) this;
  }

  private static <T> T present(int field, T value) {
    if (value == null) {
      throw new ValueCheckException("Hop." + NAMES[field], "must not be null");
    }
    return value;
  }
}
