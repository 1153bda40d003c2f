package dev.hearsay.jackson;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.PlaceId;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.Violation;
import dev.hearsay.core.model.ViolationCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The dataset's rules, checked while a dataset streams past: the header (metadata, actors, places,
 * sources) is held, each claim and event is checked against it when it comes, and the relations
 * are checked together at the end.
 *
 * <p>Every check is the model's own: a claim is checked by building a small dataset of the header
 * values it refers to and the claim itself, and keeping the violations about the claim. Events are
 * checked the same way, with stand-ins for the claims read earlier, of which only the ids are
 * kept; relations by the model's rules for relations, against those ids. Memory is the header,
 * the ids of the claims and events (in {@link IdPositions}), and the relations.
 */
final class StreamRules {
  private static final DatasetMetadata METADATA =
      new DatasetMetadata.Builder().title("streamed dataset").build();

  private final Map<ActorId, Actor> actors;
  private final Map<PlaceId, Place> places;
  private final Map<SourceId, Source> sources;
  private final IdPositions claims = new IdPositions();
  private final IdPositions events = new IdPositions();
  private final List<Relation> relations = new ArrayList<>();
  private int claimCount;
  private int eventCount;

  StreamRules(Dataset header) {
    this.actors = index(header.actors(), Actor::id);
    this.places = index(header.places(), Place::id);
    this.sources = index(header.sources(), Source::id);
  }

  /** Checks a claim against the header and the claims before it, and remembers its id. */
  List<Violation> claim(Claim claim) {
    int index = claimCount;
    List<Violation> violations = new ArrayList<>();
    int earlier = claims.positionOf(claim.id().value());
    if (earlier >= 0) {
      violations.add(duplicate("claims", index, claim.id().value(), earlier));
    }
    Set<ActorId> actorIds = new LinkedHashSet<>(claim.actors());
    Set<SourceId> sourceIds = new LinkedHashSet<>();
    claim.quote().ifPresent(q -> sourceIds.add(q.source()));
    for (Chain chain : claim.attribution()) {
      for (Hop hop : chain.hops()) {
        actorIds.add(hop.actor());
        hop.source().ifPresent(sourceIds::add);
      }
    }
    Dataset.Builder small = new Dataset.Builder().metadata(METADATA);
    small.addAllActors(known(actorIds, actors));
    small.addAllPlaces(known(claim.places(), places));
    small.addAllSources(known(sourceIds, sources));
    small.addClaims(claim);
    violations.addAll(about("claims[", small));
    if (violations.isEmpty()) {
      claims.add(claim.id().value(), index);
      claimCount++;
    }
    return violations;
  }

  /** Checks an event against the header and the claims read, and remembers its id. */
  List<Violation> event(Event event) {
    int index = eventCount;
    List<Violation> violations = new ArrayList<>();
    int earlier = events.positionOf(event.id().value());
    if (earlier >= 0) {
      violations.add(duplicate("events", index, event.id().value(), earlier));
    }
    Dataset.Builder small = new Dataset.Builder().metadata(METADATA);
    Set<ActorId> actorIds = new LinkedHashSet<>(event.participants());
    List<Claim> standIns = standIns(event.claims(), actorIds);
    small.addAllActors(known(actorIds, actors));
    small.addAllPlaces(known(event.places(), places));
    small.addAllClaims(standIns);
    small.addEvents(event);
    violations.addAll(about("events[", small));
    if (violations.isEmpty()) {
      events.add(event.id().value(), index);
      eventCount++;
    }
    return violations;
  }

  /** Remembers a relation, to be checked with the others at the end. */
  void relation(Relation relation) {
    relations.add(relation);
  }

  /** Checks the relations together: references, self-relations and cycles. */
  List<Violation> finish() {
    return Dataset.checkRelations(relations, id -> claims.positionOf(id.value()) >= 0);
  }

  /**
   * Claims that stand for claims read earlier, for the rules that only need their ids; the actor
   * that their one hop names is added to {@code actorIds}.
   */
  private List<Claim> standIns(Iterable<ClaimId> ids, Set<ActorId> actorIds) {
    List<Claim> standIns = new ArrayList<>();
    if (actors.isEmpty()) {
      return standIns;
    }
    ActorId someone = actors.keySet().iterator().next();
    Hop hop = new Hop.Builder()
        .actor(someone)
        .mode(ReportingMode.IMPLIED)
        .commitment(Commitment.UNCOMMITTED)
        .build();
    Chain chain = Chain.of(hop);
    Set<ClaimId> done = new LinkedHashSet<>();
    for (ClaimId id : ids) {
      if (claims.positionOf(id.value()) >= 0 && done.add(id)) {
        standIns.add(new Claim.Builder()
            .id(id)
            .proposition("read earlier in the stream")
            .addAttribution(chain)
            .build());
      }
    }
    if (!standIns.isEmpty()) {
      actorIds.add(someone);
    }
    return standIns;
  }

  private static List<Violation> about(String prefix, Dataset.Builder small) {
    List<Violation> found = new ArrayList<>();
    for (Violation violation : small.tryBuild().violations()) {
      if (violation.path().startsWith(prefix)) {
        found.add(violation);
      }
    }
    return found;
  }

  /**
   * The model's violation for an id used twice, in its words. It is written here, not found by
   * building a small dataset as the other checks are, because its path and message name the two
   * values by their indexes in the whole document, which no small dataset holds; a test keeps it
   * the same as the model's.
   */
  private static Violation duplicate(String collection, int index, String id, int earlier) {
    return new Violation(collection + "[" + index + "].id", ViolationCode.DUPLICATE_ID,
        "the id '" + id + "' is already used by " + collection + "[" + earlier
            + "]; give each a distinct id");
  }

  private static <K, V> List<V> known(Iterable<K> ids, Map<K, V> values) {
    List<V> found = new ArrayList<>();
    for (K id : ids) {
      V value = values.get(id);
      if (value != null && !found.contains(value)) {
        found.add(value);
      }
    }
    return found;
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> id) {
    Map<K, V> map = new LinkedHashMap<>();
    for (V value : values) {
      map.putIfAbsent(id.apply(value), value);
    }
    return map;
  }
}
