package dev.hearsay.core.model;

/** How one claim bears on another. */
public enum RelationKind {
  /** The claim makes the other more credible. */
  SUPPORTS,
  /** The claim cannot be true together with the other. */
  CONTRADICTS,
  /** The claim adds detail to the other. */
  ELABORATES,
  /** The claim is later news about the same matter, replacing the other (PROV wasRevisionOf). */
  UPDATES,
  /** The claim says the same as the other. */
  DUPLICATES,
  /** The claim was drawn from the other (PROV wasDerivedFrom). */
  DERIVED_FROM
}
