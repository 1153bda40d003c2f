package dev.hearsay.core.corpus;

import java.util.Optional;

/**
 * A curator's statement that two events, usually of two datasets, are one: the corpus's timeline
 * shows them as one entry, and claims about them can be opposed on it.
 *
 * @param first one event
 * @param second the other
 * @param note the curator's reason, if given: a text of at most 20,000 characters, not blank
 */
public record EventLink(EventRef first, EventRef second, Optional<String> note) {
  /** Checks that every part is present and the note is a text. */
  public EventLink {
    IdText.present("EventLink.first", first);
    IdText.present("EventLink.second", second);
    IdText.note("EventLink.note", note);
  }

  /**
   * A link with no note.
   *
   * @param first one event
   * @param second the other
   * @return the link
   * @throws dev.hearsay.core.model.ValueCheckException when a part is null
   */
  public static EventLink of(EventRef first, EventRef second) {
    return new EventLink(first, second, Optional.empty());
  }

  /**
   * A copy with a note.
   *
   * @param note the curator's reason
   * @return the link with the note
   * @throws dev.hearsay.core.model.ValueCheckException when the note is null, blank or too long
   */
  public EventLink withNote(String note) {
    return new EventLink(first, second, Optional.of(IdText.present("EventLink.note", note)));
  }

  /** Formats the link as {@code first = second}. */
  @Override
  public String toString() {
    return first + " = " + second;
  }
}
