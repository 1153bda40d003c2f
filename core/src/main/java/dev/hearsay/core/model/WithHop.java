package dev.hearsay.core.model;

import java.util.Optional;

/**
 * The copies of a {@link Hop} with one field changed. Each copy is checked as a built hop is; a
 * copy that changes nothing is the hop itself.
 */
interface WithHop {
  /**
   * A copy by another actor.
   *
   * @param value the actor's id
   * @return the copy
   * @throws ValueCheckException when the id is null
   */
  Hop withActor(ActorId value);

  /**
   * A copy said in another source.
   *
   * @param value the source's id
   * @return the copy
   * @throws ValueCheckException when the id is null
   */
  Hop withSource(SourceId value);

  /**
   * A copy said in another source, or in none known.
   *
   * @param optional the source's id, or empty
   * @return the copy
   */
  Hop withSource(Optional<? extends SourceId> optional);

  /**
   * A copy with other reporting words.
   *
   * @param value the cue
   * @return the copy
   * @throws ValueCheckException when the cue is null or breaks a rule of cues
   */
  Hop withCue(String value);

  /**
   * A copy with other reporting words, or none.
   *
   * @param optional the cue, or empty
   * @return the copy
   * @throws ValueCheckException when the cue breaks a rule of cues
   */
  Hop withCue(Optional<String> optional);

  /**
   * A copy in another mode.
   *
   * @param value the mode
   * @return the copy
   * @throws ValueCheckException when the mode is null
   */
  Hop withMode(ReportingMode value);

  /**
   * A copy with another commitment.
   *
   * @param value the commitment
   * @return the copy
   * @throws ValueCheckException when the commitment is null, or the hop's likelihood leans
   *     against it
   */
  Hop withCommitment(Commitment value);

  /**
   * A copy with another likelihood.
   *
   * @param value the likelihood
   * @return the copy
   * @throws ValueCheckException when the likelihood is null or leans against the commitment
   */
  Hop withLikelihood(Likelihood value);

  /**
   * A copy with another likelihood, or none.
   *
   * @param optional the likelihood, or empty
   * @return the copy
   * @throws ValueCheckException when the likelihood leans against the commitment
   */
  Hop withLikelihood(Optional<? extends Likelihood> optional);

  /**
   * A copy said at another time.
   *
   * @param value the time
   * @return the copy
   * @throws ValueCheckException when the time is null
   */
  Hop withTime(TimeMention value);

  /**
   * A copy said at another time, or at none known.
   *
   * @param optional the time, or empty
   * @return the copy
   */
  Hop withTime(Optional<? extends TimeMention> optional);

  /**
   * A copy inferred by the curator, or read in the text.
   *
   * @param value whether the curator inferred the hop
   * @return the copy
   */
  Hop withInferred(boolean value);
}
