package dev.hearsay.core.corpus;

/**
 * What an identity statement says of two entities of different datasets, after the judgements
 * of entity resolution: same, different, unsure.
 */
public enum Identity {
  /** The two are one: merged, as a shared identifier merges them. */
  SAME,
  /** The two are not one; a corpus in which they end up merged is refused. */
  DISTINCT,
  /**
   * The two may be one, as anonymous officials quoted in two reports may be: kept apart, and
   * every count they bear on is an interval.
   */
  POSSIBLY_SAME;

  /** The word for the identity in messages and in the JSON form: {@code possibly_same}, ... */
  String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
