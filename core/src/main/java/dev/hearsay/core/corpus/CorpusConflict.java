package dev.hearsay.core.corpus;

import dev.hearsay.core.model.Stance;
import dev.hearsay.core.query.Conflict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Two sides that disagree across the reports of a corpus, each with the voices that speak for it;
 * the kinds are those of one dataset's {@link Conflict}, found where the datasets meet:
 *
 * <ul>
 *   <li>{@link Conflict.Kind#PARTIES_DISAGREE}: a cluster's own voices take both sides, and the
 *       voices for and against are not all of one dataset. The first side is for, the second
 *       against, both on the cluster's first claim.
 *   <li>{@link Conflict.Kind#CONTRADICTION}: a {@code contradicts} {@link ClaimLink}; each side
 *       lists the own voices for its claim, possibly none.
 *   <li>{@link Conflict.Kind#OPPOSED_ON_EVENT}: two claims of two different events that an {@link
 *       EventLink} makes one, a voice for one and a voice against the other, at times that can
 *       overlap (the rule of one dataset: a claim's time, or else its event's).
 * </ul>
 *
 * <p>Conflicts inside one dataset are that dataset's: {@link CorpusIndex#index} answers them.
 *
 * @param kind the ground of the conflict
 * @param first the first side
 * @param second the second side
 * @param link the {@code contradicts} link, for a {@link Conflict.Kind#CONTRADICTION} only
 * @param events the linked events, for {@link Conflict.Kind#OPPOSED_ON_EVENT} only: the first
 *     claim's event, then the second's
 */
public record CorpusConflict(
    Conflict.Kind kind, Side first, Side second, Optional<ClaimLink> link, List<EventRef> events) {
  /**
   * One side: a claim, the stance its voices take, and those voices.
   *
   * @param claim the claim
   * @param stance for or against
   * @param voices the voices that take the stance
   */
  public record Side(ClaimRef claim, Stance stance, List<CorpusVoice> voices) {
    /**
     * Copies the list.
     *
     * @throws NullPointerException when a part or a voice is null
     * @throws IllegalArgumentException when the stance is {@code NEITHER} or a voice takes
     *     another
     */
    public Side {
      Objects.requireNonNull(claim, "CorpusConflict.Side.claim");
      Objects.requireNonNull(stance, "CorpusConflict.Side.stance");
      voices = List.copyOf(voices);
      if (stance == Stance.NEITHER || voices.stream().anyMatch(v -> v.stance() != stance)) {
        throw new IllegalArgumentException(
            "CorpusConflict.Side: a side is for or against, and so is each of its voices");
      }
    }
  }

  /**
   * Checks that every part is present.
   *
   * @throws NullPointerException when a part is null
   */
  public CorpusConflict {
    Objects.requireNonNull(kind, "CorpusConflict.kind");
    Objects.requireNonNull(first, "CorpusConflict.first");
    Objects.requireNonNull(second, "CorpusConflict.second");
    Objects.requireNonNull(link, "CorpusConflict.link");
    events = List.copyOf(events);
  }

  /**
   * The conflict in one line.
   *
   * @return such as {@code parties disagree: kursk/c-troops for, tass/c-denial against}
   */
  public String description() {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + ": "
        + first.claim()
        + " "
        + word(first.stance())
        + ", "
        + second.claim()
        + " "
        + word(second.stance());
  }

  private static String word(Stance stance) {
    return stance.name().toLowerCase(java.util.Locale.ROOT);
  }
}
