package dev.hearsay.core.corpus;

/** The kinds of value that identity statements and identifiers relate across datasets. */
public enum EntityKind {
  /** An {@link dev.hearsay.core.model.Actor}. */
  ACTOR,
  /** A {@link dev.hearsay.core.model.Source}. */
  SOURCE,
  /** A {@link dev.hearsay.core.model.Place}. */
  PLACE;

  /** The word for the kind in messages and in the JSON form: {@code actor}, ... */
  String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
