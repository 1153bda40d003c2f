package dev.hearsay.core.query;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.Stance;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** Finds the conflicts that {@link Conflict} defines and puts them in order. */
final class Conflicts {
  private final Function<ClaimId, Claim> claims;
  private final Function<ClaimId, List<Voice>> voices;
  private final ToIntFunction<ClaimId> positions;
  private final List<Conflict> found = new ArrayList<>();

  /**
   * Starts with no conflict, reading each claim's own voices from {@code voices} and its place
   * in the dataset from {@code positions}.
   */
  Conflicts(
      Function<ClaimId, Claim> claims,
      Function<ClaimId, List<Voice>> voices,
      ToIntFunction<ClaimId> positions) {
    this.claims = claims;
    this.voices = voices;
    this.positions = positions;
  }

  /** Adds the conflict within one claim, when its own voices take both sides. */
  void withinClaim(ClaimId id) {
    Conflict.Side forIt = side(id, Stance.FOR);
    Conflict.Side against = side(id, Stance.AGAINST);
    if (forIt != null && against != null) {
      found.add(
          new Conflict(
              Conflict.Kind.PARTIES_DISAGREE, forIt, against, Optional.empty(), Optional.empty()));
    }
  }

  /** Adds the conflict a {@code contradicts} relation states, with {@code first} first. */
  void contradiction(ClaimId first, Relation relation) {
    ClaimId second = relation.from().equals(first) ? relation.to() : relation.from();
    found.add(
        new Conflict(
            Conflict.Kind.CONTRADICTION,
            sideOrEmpty(first, Stance.FOR),
            sideOrEmpty(second, Stance.FOR),
            Optional.of(relation),
            Optional.empty()));
  }

  /**
   * Adds the conflicts on one event between {@code claim} and the event's other claims, with
   * {@code claim} first; with no claim given, between every pair, the earlier in the dataset
   * first.
   */
  void onEvent(Event event, ClaimId claim) {
    List<ClaimId> ids = List.copyOf(new LinkedHashSet<>(event.claims()));
    List<Conflict.Side> against = new ArrayList<>();
    for (ClaimId id : ids) {
      Conflict.Side side = side(id, Stance.AGAINST);
      if (side != null) {
        against.add(side);
      }
    }
    if (against.isEmpty()) {
      return;
    }
    for (ClaimId a : ids) {
      Conflict.Side forA = side(a, Stance.FOR);
      if (forA == null) {
        continue;
      }
      for (Conflict.Side againstB : against) {
        ClaimId b = againstB.claim().id();
        if (a.equals(b)
            || (claim != null && !claim.equals(a) && !claim.equals(b))
            || !canOverlap(timeOf(forA.claim(), event), timeOf(againstB.claim(), event))) {
          continue;
        }
        boolean aFirst =
            claim != null ? claim.equals(a) : positions.applyAsInt(a) < positions.applyAsInt(b);
        found.add(
            new Conflict(
                Conflict.Kind.OPPOSED_ON_EVENT,
                aFirst ? forA : againstB,
                aFirst ? againstB : forA,
                Optional.empty(),
                Optional.of(event)));
      }
    }
  }

  /**
   * The conflicts found, ordered by the first side's claim in the dataset's order, then the
   * second's, then by kind, then as found.
   */
  List<Conflict> sorted() {
    found.sort(
        Comparator.comparingInt((Conflict c) -> positions.applyAsInt(c.first().claim().id()))
            .thenComparingInt(c -> positions.applyAsInt(c.second().claim().id()))
            .thenComparing(Conflict::kind));
    return List.copyOf(found);
  }

  private static ImpreciseTime timeOf(Claim claim, Event event) {
    Optional<TimeMention> time = claim.time().or(event::time);
    return time.map(TimeMention::value).orElse(null);
  }

  private static boolean canOverlap(ImpreciseTime a, ImpreciseTime b) {
    return a == null || b == null || !a.relationTo(b).isDefinite();
  }

  /** The side of a claim's voices that take a stance, or null when none does. */
  private Conflict.Side side(ClaimId id, Stance stance) {
    Conflict.Side side = sideOrEmpty(id, stance);
    return side.voices().isEmpty() ? null : side;
  }

  private Conflict.Side sideOrEmpty(ClaimId id, Stance stance) {
    List<Voice> taking = new ArrayList<>();
    for (Voice voice : voices.apply(id)) {
      if (voice.stance() == stance) {
        taking.add(voice);
      }
    }
    return new Conflict.Side(claims.apply(id), stance, taking);
  }
}
