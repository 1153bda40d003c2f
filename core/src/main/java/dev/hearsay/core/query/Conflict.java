package dev.hearsay.core.query;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.Stance;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Two sides that disagree, each with the voices that speak for it, so that a reader can weigh
 * them. There are three kinds, each with its ground:
 *
 * <ul>
 *   <li>{@link Kind#PARTIES_DISAGREE}: one claim's own voices take both sides, as when Ukrainian
 *       intelligence asserts it and an outlet relays it while calling it false. Both sides are of
 *       the one claim, {@link Stance#FOR} first.
 *   <li>{@link Kind#CONTRADICTION}: a relation says that one claim contradicts the other; each
 *       side lists the voices for its claim, possibly none.
 *   <li>{@link Kind#OPPOSED_ON_EVENT}: two claims speak of one event, a voice is for one and a
 *       voice is against the other, and the times the two claims are about can overlap. A
 *       claim's time is its own {@link Claim#time()} or, without one, the event's; without
 *       either it can overlap anything. Two times can overlap unless one is {@linkplain
 *       dev.hearsay.core.time.TemporalRelation#isDefinite() definitely} before the other: "not
 *       yet in the fight" (against, on October 25) and "will fight by October 27-28" (for, on
 *       those days) are no conflict, since both can be true.
 * </ul>
 *
 * @param kind the ground of the conflict
 * @param first the first side
 * @param second the second side
 * @param relation the {@code contradicts} relation, for a {@link Kind#CONTRADICTION} only
 * @param event the event, for {@link Kind#OPPOSED_ON_EVENT} only
 */
public record Conflict(
    Kind kind, Side first, Side second, Optional<Relation> relation, Optional<Event> event) {
  /** The ground of a conflict. */
  public enum Kind {
    /** One claim's own voices take both sides. */
    PARTIES_DISAGREE,
    /** A relation says that one claim contradicts the other. */
    CONTRADICTION,
    /** Two claims about one event take opposite sides at times that can overlap. */
    OPPOSED_ON_EVENT
  }

  /**
   * One side of a conflict: a claim, the stance its voices take, and those voices.
   *
   * @param claim the claim
   * @param stance the stance of the voices: {@link Stance#FOR} or {@link Stance#AGAINST}
   * @param voices the claim's own voices that take the stance, in the order of its chains
   */
  public record Side(Claim claim, Stance stance, List<Voice> voices) {
    /**
     * Checks that the voices take the stance and are the claim's.
     *
     * @throws NullPointerException when a component or a voice is null
     * @throws IllegalArgumentException when the stance is {@code NEITHER}, or a voice is of
     *     another claim or takes another stance
     */
    public Side {
      CheckedCopies.nonNull(claim, "Conflict.Side.claim");
      CheckedCopies.nonNull(stance, "Conflict.Side.stance");
      voices = CheckedCopies.of(voices, "Conflict.Side.voices");
      if (stance == Stance.NEITHER) {
        throw new IllegalArgumentException("Conflict.Side.stance: a side is for or against");
      }
      for (Voice voice : voices) {
        if (!voice.chain().claim().equals(claim.id()) || voice.stance() != stance) {
          throw new IllegalArgumentException(
              "Conflict.Side.voices: "
                  + voice.chain().path()
                  + " hop "
                  + voice.hopIndex()
                  + " is not a voice "
                  + stance
                  + " the claim '"
                  + claim.id()
                  + "'");
        }
      }
    }

    /**
     * The chains that carry the side's voices, each once.
     *
     * @return the chains, in the order of the voices
     */
    public List<TracedChain> chains() {
      Set<TracedChain> chains = new LinkedHashSet<>();
      voices.forEach(v -> chains.add(v.chain()));
      return List.copyOf(chains);
    }
  }

  /**
   * Checks that the conflict's ground fits its kind.
   *
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when the ground does not fit the kind: a missing or extra
   *     relation or event, a relation that is not {@code contradicts} between the two claims,
   *     sides of one claim for a conflict between two, or sides that do not oppose
   */
  public Conflict {
    CheckedCopies.nonNull(kind, "Conflict.kind");
    CheckedCopies.nonNull(first, "Conflict.first");
    CheckedCopies.nonNull(second, "Conflict.second");
    CheckedCopies.nonNull(relation, "Conflict.relation");
    CheckedCopies.nonNull(event, "Conflict.event");
    boolean sameClaim = first.claim().id().equals(second.claim().id());
    if (relation.isPresent() != (kind == Kind.CONTRADICTION)) {
      throw new IllegalArgumentException(
          "Conflict.relation: a "
              + kind
              + " conflict "
              + (relation.isPresent() ? "has no relation" : "needs its relation"));
    }
    if (event.isPresent() != (kind == Kind.OPPOSED_ON_EVENT)) {
      throw new IllegalArgumentException(
          "Conflict.event: a "
              + kind
              + " conflict "
              + (event.isPresent() ? "has no event" : "needs its event"));
    }
    if (sameClaim != (kind == Kind.PARTIES_DISAGREE)) {
      throw new IllegalArgumentException(
          "Conflict: a "
              + kind
              + " conflict is "
              + (sameClaim ? "between two claims" : "within one claim")
              + ", not as given");
    }
    if (kind != Kind.CONTRADICTION && first.stance() == second.stance()) {
      throw new IllegalArgumentException(
          "Conflict: a " + kind + " conflict needs sides for and against");
    }
    relation.ifPresent(
        r -> {
          boolean links =
              (r.from().equals(first.claim().id()) && r.to().equals(second.claim().id()))
                  || (r.from().equals(second.claim().id()) && r.to().equals(first.claim().id()));
          if (r.kind() != RelationKind.CONTRADICTS || !links) {
            throw new IllegalArgumentException(
                "Conflict.relation: not a 'contradicts' relation"
                    + " between '"
                    + first.claim().id()
                    + "' and '"
                    + second.claim().id()
                    + "'");
          }
        });
  }
}
