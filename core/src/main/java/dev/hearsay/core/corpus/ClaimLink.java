package dev.hearsay.core.corpus;

import dev.hearsay.core.model.RelationKind;
import java.util.Optional;

/**
 * A relation between claims of two datasets, with the meaning and direction of a {@link
 * dev.hearsay.core.model.Relation} inside one: {@code from} supports, contradicts, undermines,
 * elaborates, updates, duplicates or is derived from {@code to}. {@code duplicates} joins the two
 * claims into one {@link ClaimCluster}.
 *
 * <pre>{@code
 * ClaimLink same = ClaimLink.of(ClaimRef.of("ooda", "c-troops"), RelationKind.DUPLICATES,
 *     ClaimRef.of("kursk", "c-troops-kursk"));
 * }</pre>
 *
 * @param kind how {@code from} bears on {@code to}
 * @param from the claim that bears on the other
 * @param to the claim borne upon
 * @param note the curator's reason, if given: a text of at most 20,000 characters, not blank
 */
public record ClaimLink(RelationKind kind, ClaimRef from, ClaimRef to, Optional<String> note) {
  /** Checks that every part is present and the note is a text. */
  public ClaimLink {
    IdText.present("ClaimLink.kind", kind);
    IdText.present("ClaimLink.from", from);
    IdText.present("ClaimLink.to", to);
    IdText.note("ClaimLink.note", note);
  }

  /**
   * A link with no note.
   *
   * @param from the claim that bears on the other
   * @param kind how it bears on the other
   * @param to the claim borne upon
   * @return the link
   * @throws dev.hearsay.core.model.ValueCheckException when a part is null
   */
  public static ClaimLink of(ClaimRef from, RelationKind kind, ClaimRef to) {
    return new ClaimLink(kind, from, to, Optional.empty());
  }

  /**
   * A copy with a note.
   *
   * @param note the curator's reason
   * @return the link with the note
   * @throws dev.hearsay.core.model.ValueCheckException when the note is null, blank or too long
   */
  public ClaimLink withNote(String note) {
    return new ClaimLink(kind, from, to, Optional.of(IdText.present("ClaimLink.note", note)));
  }

  /** Formats the link as {@code from kind to}, such as {@code ooda/c1 duplicates kursk/c2}. */
  @Override
  public String toString() {
    return from + " " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + to;
  }
}
