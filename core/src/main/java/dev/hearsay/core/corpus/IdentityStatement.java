package dev.hearsay.core.corpus;

import java.util.Optional;

/**
 * A curator's judgement that two entities of a corpus are the same, distinct, or possibly the
 * same. Symmetric: the order of the two does not matter. The corpus checks the rules between
 * statements and datasets (both entities exist and are of one kind, of two datasets where the
 * statement is not {@code DISTINCT}, and no two statements on one pair disagree); the value checks
 * only its parts.
 *
 * <pre>{@code
 * IdentityStatement officials = IdentityStatement.of(Identity.POSSIBLY_SAME,
 *     EntityRef.actor("kyiv", "us-official"), EntityRef.actor("reuters", "us-officials"));
 * }</pre>
 *
 * @param identity what the statement says
 * @param first one entity
 * @param second the other
 * @param note the curator's reason, if given: a text of at most 20,000 characters, not blank
 */
public record IdentityStatement(
    Identity identity, EntityRef first, EntityRef second, Optional<String> note) {
  /** Checks that every part is present and the note is a text. */
  public IdentityStatement {
    IdText.present("IdentityStatement.identity", identity);
    IdText.present("IdentityStatement.first", first);
    IdText.present("IdentityStatement.second", second);
    IdText.note("IdentityStatement.note", note);
  }

  /**
   * A statement with no note.
   *
   * @param identity what the statement says
   * @param first one entity
   * @param second the other
   * @return the statement
   * @throws dev.hearsay.core.model.ValueCheckException when a part is null
   */
  public static IdentityStatement of(Identity identity, EntityRef first, EntityRef second) {
    return new IdentityStatement(identity, first, second, Optional.empty());
  }

  /**
   * A copy with a note.
   *
   * @param note the curator's reason
   * @return the statement with the note
   * @throws dev.hearsay.core.model.ValueCheckException when the note is null, blank or too long
   */
  public IdentityStatement withNote(String note) {
    return new IdentityStatement(
        identity, first, second, Optional.of(IdText.present("IdentityStatement.note", note)));
  }

  /** Formats the statement as {@code first identity second}: {@code a/actor/x same b/actor/y}. */
  @Override
  public String toString() {
    return first + " " + identity.word() + " " + second;
  }
}
