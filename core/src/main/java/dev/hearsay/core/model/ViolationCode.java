package dev.hearsay.core.model;

/** The rules a whole dataset must keep, beyond those each value keeps by itself. */
public enum ViolationCode {
  /** Two actors, places, sources, claims or events share an id. */
  DUPLICATE_ID,
  /** An id names nothing of the expected kind in the dataset. */
  UNKNOWN_REFERENCE,
  /** A relation links a claim to itself. */
  SELF_RELATION,
  /** An actor relays itself on consecutive hops of a chain. */
  SELF_REPORTING,
  /** An actor is affiliated with itself. */
  SELF_AFFILIATION,
  /** A source cites itself. */
  SELF_CITATION,
  /** "Derived from" or "updates" relations lead back to where they start. */
  RELATION_CYCLE,
  /**
   * A hop is said after the hop that relays it, or after the publication of the source it appears
   * in.
   */
  TIME_ORDER,
  /**
   * A value uses what the dataset's schema version does not have, such as an {@code undermines}
   * relation, a source's notes or an assessment in a dataset that declares version 1.0.
   */
  NOT_IN_VERSION,
  /** Two assessments give the same assessor's verdict on the same claim in the same article. */
  DUPLICATE_ASSESSMENT,
  /** An assessment's rating value lies outside the scale its worst and best ratings give. */
  RATING_OUT_OF_SCALE
}
