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
   * relation, a source's notes, identifiers or an assessment in a dataset that declares version
   * 1.0.
   */
  NOT_IN_VERSION,
  /**
   * An identity statement of a corpus relates two kinds of value, such as an actor and a source.
   *
   * @since schema version 1.1
   */
  KIND_MISMATCH,
  /**
   * An identity statement or a link of a corpus relates an entity or an event to itself.
   *
   * @since schema version 1.1
   */
  SELF_IDENTITY,
  /**
   * Two ids of one dataset are said to be, or may be, the same, or end up one entity through
   * statements and identifiers: within one dataset, different ids are distinct.
   *
   * @since schema version 1.1
   */
  SAME_WITHIN_DATASET,
  /**
   * Two identity statements of a corpus on one pair of entities say different things.
   *
   * @since schema version 1.1
   */
  CONFLICTING_STATEMENTS,
  /**
   * Two values of one dataset carry one identifier, which would make them one.
   *
   * @since schema version 1.1
   */
  SHARED_IDENTIFIER,
  /**
   * Two entities said to be distinct end up one through other statements and shared
   * identifiers.
   *
   * @since schema version 1.1
   */
  DISTINCT_MERGED,
  /**
   * Two assessments give the same assessor's verdict on the same claim in the same article.
   *
   * @since schema version 1.1
   */
  DUPLICATE_ASSESSMENT,
  /**
   * An assessment's rating value lies outside the scale its worst and best ratings give.
   *
   * @since schema version 1.1
   */
  RATING_OUT_OF_SCALE
}
