package dev.hearsay.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The one implementation of {@link Hop}: its references, and its mode, commitment, likelihood and
 * {@code inferred} flag packed into one int, so that a hop takes 32 bytes of heap instead of 48.
 * Hops are the most numerous value of a dataset (two or three a claim). The builder makes and
 * checks a hop; each copy with one change goes through the builder again.
 */
final class PackedHop extends Hop {
  private static final ReportingMode[] MODES = ReportingMode.values();
  private static final Commitment[] COMMITMENTS = Commitment.values();
  private static final Likelihood[] LIKELIHOODS = Likelihood.values();

  private static final int COMMITMENT_SHIFT = 8;
  private static final int LIKELIHOOD_SHIFT = 16;
  private static final int INFERRED = 1 << 24;
  private static final int BYTE = 0xff;

  private final ActorId actor;
  private final SourceId source;
  private final String cue;
  private final TimeMention time;

  /**
   * The mode's ordinal in the lowest byte, the commitment's in the next, the likelihood's plus one
   * (0 for none) in the third, and {@link #INFERRED}.
   */
  private final int manner;

  PackedHop(
      ActorId actor,
      SourceId source,
      String cue,
      ReportingMode mode,
      Commitment commitment,
      Likelihood likelihood,
      TimeMention time,
      boolean inferred) {
    this.actor = actor;
    this.source = source;
    this.cue = cue;
    this.time = time;
    this.manner =
        mode.ordinal()
            | commitment.ordinal() << COMMITMENT_SHIFT
            | (likelihood == null ? 0 : likelihood.ordinal() + 1) << LIKELIHOOD_SHIFT
            | (inferred ? INFERRED : 0);
  }

  @Override
  public ActorId actor() {
    return actor;
  }

  @Override
  public Optional<SourceId> source() {
    return Optional.ofNullable(source);
  }

  @Override
  public Optional<String> cue() {
    return Optional.ofNullable(cue);
  }

  @Override
  public ReportingMode mode() {
    return MODES[manner & BYTE];
  }

  @Override
  public Commitment commitment() {
    return COMMITMENTS[manner >>> COMMITMENT_SHIFT & BYTE];
  }

  @Override
  public Optional<Likelihood> likelihood() {
    int likelihood = manner >>> LIKELIHOOD_SHIFT & BYTE;
    return likelihood == 0 ? Optional.empty() : Optional.of(LIKELIHOODS[likelihood - 1]);
  }

  @Override
  public Optional<TimeMention> time() {
    return Optional.ofNullable(time);
  }

  @Override
  public boolean inferred() {
    return (manner & INFERRED) != 0;
  }

  @Override
  public Hop withActor(ActorId value) {
    if (actor == value) {
      return this;
    }
    return copy(
        present("actor", value), source, cue, mode(), commitment(), likelihood(), time, inferred());
  }

  @Override
  public Hop withSource(SourceId value) {
    return withSource(Optional.of(present("source", value)));
  }

  @Override
  public Hop withSource(Optional<? extends SourceId> value) {
    if (source == value.orElse(null)) {
      return this;
    }
    return copy(
        actor, value.orElse(null), cue, mode(), commitment(), likelihood(), time, inferred());
  }

  @Override
  public Hop withCue(String value) {
    return withCue(Optional.of(present("cue", value)));
  }

  @Override
  public Hop withCue(Optional<String> value) {
    if (cue == value.orElse(null)) {
      return this;
    }
    return copy(
        actor, source, value.orElse(null), mode(), commitment(), likelihood(), time, inferred());
  }

  @Override
  public Hop withMode(ReportingMode value) {
    if (mode() == present("mode", value)) {
      return this;
    }
    return copy(actor, source, cue, value, commitment(), likelihood(), time, inferred());
  }

  @Override
  public Hop withCommitment(Commitment value) {
    if (commitment() == present("commitment", value)) {
      return this;
    }
    return copy(actor, source, cue, mode(), value, likelihood(), time, inferred());
  }

  @Override
  public Hop withLikelihood(Likelihood value) {
    return withLikelihood(Optional.of(present("likelihood", value)));
  }

  @Override
  public Hop withLikelihood(Optional<? extends Likelihood> value) {
    if (likelihood().orElse(null) == value.orElse(null)) {
      return this;
    }
    return copy(actor, source, cue, mode(), commitment(), value, time, inferred());
  }

  @Override
  public Hop withTime(TimeMention value) {
    return withTime(Optional.of(present("time", value)));
  }

  @Override
  public Hop withTime(Optional<? extends TimeMention> value) {
    if (time == value.orElse(null)) {
      return this;
    }
    return copy(
        actor, source, cue, mode(), commitment(), likelihood(), value.orElse(null), inferred());
  }

  @Override
  public Hop withInferred(boolean value) {
    if (inferred() == value) {
      return this;
    }
    return copy(actor, source, cue, mode(), commitment(), likelihood(), time, value);
  }

  /** A hop with the given fields, checked by the builder. */
  private static Hop copy(
      ActorId actor,
      SourceId source,
      String cue,
      ReportingMode mode,
      Commitment commitment,
      Optional<? extends Likelihood> likelihood,
      TimeMention time,
      boolean inferred) {
    return new Hop.Builder()
        .actor(actor)
        .source(Optional.ofNullable(source))
        .cue(Optional.ofNullable(cue))
        .mode(mode)
        .commitment(commitment)
        .likelihood(likelihood)
        .time(Optional.ofNullable(time))
        .inferred(inferred)
        .build();
  }

  private static <T> T present(String field, T value) {
    if (value == null) {
      throw new ValueCheckException("Hop." + field, "must not be null");
    }
    return value;
  }

  @Override
  public boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    return another instanceof PackedHop other
        && actor.equals(other.actor)
        && Objects.equals(source, other.source)
        && Objects.equals(cue, other.cue)
        && manner == other.manner
        && Objects.equals(time, other.time);
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + actor.hashCode();
    h += (h << 5) + Objects.hashCode(source);
    h += (h << 5) + Objects.hashCode(cue);
    h += (h << 5) + mode().hashCode();
    h += (h << 5) + commitment().hashCode();
    h += (h << 5) + Objects.hashCode(likelihood().orElse(null));
    h += (h << 5) + Objects.hashCode(time);
    h += (h << 5) + Boolean.hashCode(inferred());
    return h;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Hop{actor=").append(actor);
    if (source != null) {
      text.append(", source=").append(source);
    }
    if (cue != null) {
      text.append(", cue=").append(cue);
    }
    text.append(", mode=").append(mode()).append(", commitment=").append(commitment());
    likelihood().ifPresent(l -> text.append(", likelihood=").append(l));
    if (time != null) {
      text.append(", time=").append(time);
    }
    return text.append(", inferred=").append(inferred()).append('}').toString();
  }
}
