package dev.hearsay.core.model;

/**
 * How one claim bears on another, read as "{@code from} <i>kind</i> {@code to}", and what the
 * relation does to the {@linkplain dev.hearsay.core.query.Evidence evidence} on each claim.
 */
public enum RelationKind {
  /**
   * The claim makes the other more credible. Directed: the speakers for {@code from} count as
   * parties for {@code to}; nothing flows back from {@code to} to {@code from}.
   */
  SUPPORTS,
  /**
   * The claim cannot be true together with the other. Symmetric in meaning, whichever way it is
   * written: the speakers for either claim count as parties against the other, and the pair is a
   * conflict.
   */
  CONTRADICTS,
  /**
   * The claim makes the other less credible without contradicting it: both may be true ("sending
   * more could put the regime at risk" against "the regime will send more than 20,000"). Directed:
   * listed with the evidence on {@code to}, counted neither for nor against it.
   *
   * @since schema version 1.1
   */
  UNDERMINES,
  /** The claim adds detail to the other. Counted in neither claim's evidence. */
  ELABORATES,
  /**
   * The claim is later news about the same matter, replacing the other (PROV wasRevisionOf).
   * Counted in neither claim's evidence; the two may both have been true when said.
   */
  UPDATES,
  /**
   * The claim says the same as the other. Symmetric: each claim's speakers count for the other
   * with their own stance, for or against or neither.
   */
  DUPLICATES,
  /**
   * The claim was drawn from the other (PROV wasDerivedFrom). Counted in neither claim's
   * evidence; followed when looking for circular reporting.
   */
  DERIVED_FROM
}
