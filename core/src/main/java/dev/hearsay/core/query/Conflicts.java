package dev.hearsay.core.query;

import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/** Collects the grounds of conflict per pair of claims. */
final class Conflicts {
  private final ProvenanceIndex index;
  private final ToIntFunction<ClaimId> positions;
  private final boolean earlierFirst;
  private final Map<List<ClaimId>, Grounds> pairs = new LinkedHashMap<>();

  /**
   * Starts with no conflict; with {@code earlierFirst}, each pair puts the claim that comes
   * earlier in the dataset first, otherwise the claim given first.
   */
  Conflicts(ProvenanceIndex index, ToIntFunction<ClaimId> positions, boolean earlierFirst) {
    this.index = index;
    this.positions = positions;
    this.earlierFirst = earlierFirst;
  }

  void contradiction(ClaimId first, ClaimId second, Relation relation) {
    grounds(first, second).relations.add(relation);
  }

  void opposed(ClaimId first, ClaimId second, Event event) {
    if (!first.equals(second)) {
      grounds(first, second).events.add(event);
    }
  }

  /** The conflicts ordered by the dataset position of the first claim, then of the second. */
  List<Conflict> sorted() {
    List<Conflict> conflicts = new ArrayList<>();
    pairs.forEach((pair, grounds) -> conflicts.add(new Conflict(
        index.trace(pair.get(0)), index.trace(pair.get(1)),
        List.copyOf(grounds.relations), List.copyOf(grounds.events))));
    conflicts.sort(Comparator
        .comparingInt((Conflict c) -> positions.applyAsInt(c.first().claim().id()))
        .thenComparingInt(c -> positions.applyAsInt(c.second().claim().id())));
    return List.copyOf(conflicts);
  }

  private Grounds grounds(ClaimId first, ClaimId second) {
    boolean swap = earlierFirst && positions.applyAsInt(second) < positions.applyAsInt(first);
    List<ClaimId> key = swap ? List.of(second, first) : List.of(first, second);
    return pairs.computeIfAbsent(key, k -> new Grounds());
  }

  private static final class Grounds {
    final Set<Relation> relations = new LinkedHashSet<>();
    final Set<Event> events = new LinkedHashSet<>();
  }
}
