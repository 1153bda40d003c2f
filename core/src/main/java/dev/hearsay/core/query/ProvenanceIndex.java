package dev.hearsay.core.query;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The provenance of a dataset's claims, ready to be asked: where a claim comes from, how many
 * independent origins back it, where reporting runs in circles, what an actor said or relayed,
 * which claims disagree, and what had been said by a given time.
 *
 * <p>With the worked report's dataset, whose outermost actor is named "Unnamed outlet":
 *
 * <pre>{@code
 * ProvenanceIndex index = ProvenanceIndex.of(dataset);
 * index.trace(ClaimId.of("c-set-to-join")).lines();
 * // [Unnamed outlet <- The New York Times <- Ukrainian officials,
 * //  Unnamed outlet <- The New York Times <- American officials]
 * index.independence(ClaimId.of("c-set-to-join")).count();   // 1: both pass through NYT
 * index.claimsOf(ActorId.of("nyt")).relayed();
 * Dataset known = index.asOf(ImpreciseTime.parse("2024-10-26"));
 * }</pre>
 *
 * <p><b>Cost.</b> {@link #of} takes time and memory linear in the size of the dataset (its
 * values, hops, relations and the claim lists of its events). Each query then costs about the
 * size of its answer plus the length of the chains it reads: {@link #trace} the claim's hops;
 * {@link #independence} the hops of the claim and of its backing claims; {@link #claimsOf} the
 * claims it returns; {@link #conflicts(ClaimId)} the conflicts found plus the claims of the events
 * the claim speaks of. The whole-dataset query {@link #conflicts()} costs the size of the dataset
 * plus its answer; {@link #circularReporting()} states its own bound. {@link #asOf} costs the size
 * of the dataset, as it builds and checks a new one.
 *
 * <p>The index is immutable and safe to query from many threads at once. Queries about an id that
 * the dataset does not hold throw {@link IllegalArgumentException}.
 */
public final class ProvenanceIndex {
  private final Dataset dataset;
  private final Map<ClaimId, Claim> claims;
  private final Map<ClaimId, Integer> positions;
  private final Map<ActorId, Actor> actors;
  private final Map<SourceId, Source> sources;
  private final Map<ClaimId, List<TracedChain>> chains;
  private final Map<ActorId, List<ClaimId>> originated;
  private final Map<ActorId, List<ClaimId>> relayed;
  private final Map<ActorId, List<ClaimId>> about;
  private final Map<ClaimId, List<ClaimId>> backers;
  private final Map<ClaimId, List<Relation>> contradictions;
  private final Map<ClaimId, List<Event>> eventsOf;
  private final Map<ClaimId, Instant> earliestSaid;
  private final Set<ClaimId> dated;

  private ProvenanceIndex(Dataset dataset) {
    this.dataset = dataset;
    this.actors = byId(dataset.actors(), Actor::id);
    this.sources = byId(dataset.sources(), Source::id);
    this.claims = byId(dataset.claims(), Claim::id);
    Map<ClaimId, Integer> positions = new HashMap<>();
    Map<ClaimId, List<TracedChain>> chains = new HashMap<>();
    Map<ActorId, Set<ClaimId>> originated = new HashMap<>();
    Map<ActorId, Set<ClaimId>> relayed = new HashMap<>();
    Map<ActorId, Set<ClaimId>> about = new HashMap<>();
    Map<ClaimId, Instant> earliestSaid = new HashMap<>();
    Set<ClaimId> dated = new LinkedHashSet<>();
    List<Claim> all = dataset.claims();
    for (int p = 0; p < all.size(); p++) {
      Claim claim = all.get(p);
      positions.put(claim.id(), p);
      List<TracedChain> traced = new ArrayList<>();
      for (int c = 0; c < claim.attribution().size(); c++) {
        Chain chain = claim.attribution().get(c);
        List<Actor> hopActors = new ArrayList<>();
        List<Hop> hops = chain.hops();
        for (int h = 0; h < hops.size(); h++) {
          ActorId actor = hops.get(h).actor();
          hopActors.add(actors.get(actor));
          addOnce(h == hops.size() - 1 ? originated : relayed, actor, claim.id());
        }
        traced.add(new TracedChain(claim.id(), c, chain, hopActors));
      }
      chains.put(claim.id(), List.copyOf(traced));
      claim.actors().forEach(a -> addOnce(about, a, claim.id()));
      Said said = said(claim);
      if (said.dated) {
        dated.add(claim.id());
      }
      said.earliest.ifPresent(e -> earliestSaid.put(claim.id(), e));
    }
    Map<ClaimId, Set<ClaimId>> backers = new HashMap<>();
    Map<ClaimId, List<Relation>> contradictions = new HashMap<>();
    for (Relation r : dataset.relations()) {
      switch (r.kind()) {
        case SUPPORTS -> addOnce(backers, r.to(), r.from());
        case DUPLICATES -> {
          addOnce(backers, r.to(), r.from());
          addOnce(backers, r.from(), r.to());
        }
        case CONTRADICTS -> {
          contradictions.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
          contradictions.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
        }
        default -> { }
      }
    }
    Map<ClaimId, List<Event>> eventsOf = new HashMap<>();
    for (Event event : dataset.events()) {
      for (ClaimId claim : new LinkedHashSet<>(event.claims())) {
        eventsOf.computeIfAbsent(claim, k -> new ArrayList<>()).add(event);
      }
    }
    this.positions = Map.copyOf(positions);
    this.chains = Map.copyOf(chains);
    this.originated = frozen(originated);
    this.relayed = frozen(relayed);
    this.about = frozen(about);
    this.backers = frozen(backers);
    this.contradictions = frozen(contradictions);
    this.eventsOf = frozen(eventsOf);
    this.earliestSaid = Map.copyOf(earliestSaid);
    this.dated = Set.copyOf(dated);
  }

  /**
   * Indexes a dataset.
   *
   * @param dataset the dataset, valid as every built dataset is
   * @return the index
   */
  public static ProvenanceIndex of(Dataset dataset) {
    return new ProvenanceIndex(Objects.requireNonNull(dataset, "dataset"));
  }

  /**
   * The dataset this index answers for.
   *
   * @return the dataset
   */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * Where a claim comes from.
   *
   * @param claim the claim's id
   * @return its chains, origins and relayers
   * @throws IllegalArgumentException when the dataset has no such claim
   */
  public Trace trace(ClaimId claim) {
    return new Trace(claim(claim), chains.get(claim));
  }

  /**
   * How many independent origins back a claim, counting the claims that support or duplicate it,
   * and which chains were merged and why. {@link Independence} states the rule.
   *
   * @param claim the claim's id
   * @return the groups of chains, one per independent origin
   * @throws IllegalArgumentException when the dataset has no such claim
   */
  public Independence independence(ClaimId claim) {
    Claim subject = claim(claim);
    List<Claim> backing = backers.getOrDefault(claim, List.of()).stream()
        .map(claims::get).toList();
    List<TracedChain> all = new ArrayList<>(chains.get(claim));
    backing.forEach(b -> all.addAll(chains.get(b.id())));
    return new Independence(subject, backing, Lineage.group(all, actors, sources));
  }

  /**
   * The claims an actor originated, relayed or is the subject of.
   *
   * @param actor the actor's id
   * @return the claims, by the part the actor plays
   * @throws IllegalArgumentException when the dataset has no such actor
   */
  public ActorClaims claimsOf(ActorId actor) {
    Actor found = actors.get(Objects.requireNonNull(actor, "actor"));
    if (found == null) {
      throw new IllegalArgumentException("no actor has the id '" + actor + "' in this dataset");
    }
    return new ActorClaims(found, claimList(originated.get(actor)),
        claimList(relayed.get(actor)), claimList(about.get(actor)));
  }

  /**
   * Every conflict in the dataset, each pair of claims once. {@link Conflict} states when two
   * claims conflict.
   *
   * @return the conflicts, ordered by their first claim then their second, in the dataset's order;
   *     the first claim of each is the earlier in the dataset
   */
  public List<Conflict> conflicts() {
    Conflicts found = new Conflicts(this, positions, true);
    for (Relation r : dataset.relations()) {
      if (r.kind() == RelationKind.CONTRADICTS) {
        found.contradiction(r.from(), r.to(), r);
      }
    }
    for (Event event : dataset.events()) {
      Sides sides = sides(event);
      for (ClaimId yes : sides.positive) {
        for (ClaimId no : sides.negative) {
          found.opposed(yes, no, event);
        }
      }
    }
    return found.sorted();
  }

  /**
   * The conflicts that involve one claim.
   *
   * @param claim the claim's id
   * @return the conflicts, each with the claim first, ordered by the other claim in the dataset's
   *     order
   * @throws IllegalArgumentException when the dataset has no such claim
   */
  public List<Conflict> conflicts(ClaimId claim) {
    claim(claim);
    Conflicts found = new Conflicts(this, positions, false);
    for (Relation r : contradictions.getOrDefault(claim, List.of())) {
      found.contradiction(claim, r.from().equals(claim) ? r.to() : r.from(), r);
    }
    for (Event event : eventsOf.getOrDefault(claim, List.of())) {
      Sides sides = sides(event);
      if (sides.positive.contains(claim)) {
        sides.negative.forEach(other -> found.opposed(claim, other, event));
      }
      if (sides.negative.contains(claim)) {
        sides.positive.forEach(other -> found.opposed(claim, other, event));
      }
    }
    return found.sorted();
  }

  /**
   * Every place where reporting comes back to where it started. {@link CircularReporting} names
   * the shapes found; a derivation loop is reported once per derived claim and relaying actor.
   *
   * <p><b>Cost.</b> Chain loops cost the dataset's hops, citation loops its sources and
   * citations. Derivation loops cost {@code O(C + H + R + k * D + L)}, where {@code C} is the
   * number of claims, {@code H} of hops, {@code R} of relations, {@code D} of "derived from"
   * relations, {@code L} the total length of the paths reported, and {@code k} the number of
   * actors that both relay a claim derived from another and originate a claim another is derived
   * from: one breadth-first search per such actor, following each "derived from" relation at
   * most once. A dataset in which few actors play both parts is searched in time linear in its
   * size; no search runs from each claim.
   *
   * @return the chain loops in the dataset's order of claims and chains (for each chain, those of
   *     actors before those of sources); then the derivation loops by derived claim in the
   *     dataset's order and, for one claim, by relaying actor in the order its chains name them;
   *     then the citation loops by their first source
   */
  public List<CircularReporting> circularReporting() {
    List<CircularReporting> found = new ArrayList<>();
    for (Claim claim : dataset.claims()) {
      for (TracedChain chain : chains.get(claim.id())) {
        found.addAll(Loops.inChain(chain));
      }
    }
    found.addAll(Loops.inDerivations(dataset, chains, actors));
    found.addAll(Loops.inCitations(dataset.sources()));
    return List.copyOf(found);
  }

  /**
   * The earliest instant at which a claim may have been said or published: the least earliest
   * bound among the times of its hops and the publication times of its hops' sources.
   *
   * @param claim the claim's id
   * @return the instant; empty when nothing bounds it below, because the claim has no time at all
   *     (see {@link #dated}) or a time open towards the past such as {@code ../2024-10-28}
   * @throws IllegalArgumentException when the dataset has no such claim
   */
  public Optional<Instant> earliestSaid(ClaimId claim) {
    claim(claim);
    return Optional.ofNullable(earliestSaid.get(claim));
  }

  /**
   * Whether any hop of the claim, or the source of any hop, has a time.
   *
   * @param claim the claim's id
   * @return false for an undated claim
   * @throws IllegalArgumentException when the dataset has no such claim
   */
  public boolean dated(ClaimId claim) {
    claim(claim);
    return dated.contains(claim);
  }

  /**
   * Whether a claim had been said by the given instant: its {@linkplain #earliestSaid earliest
   * possible utterance or publication} is not after it. A claim with nothing that bounds it below,
   * an undated one included, counts as said, since nothing shows that it was not.
   *
   * @param claim the claim's id
   * @param time the instant
   * @return true when the claim may have been said by then
   * @throws IllegalArgumentException when the dataset has no such claim
   */
  public boolean saidBy(ClaimId claim, Instant time) {
    Objects.requireNonNull(time, "time");
    return earliestSaid(claim).map(e -> !e.isAfter(time)).orElse(true);
  }

  /**
   * What had been said by a time: {@link #asOf(Instant)} at the latest instant the time allows,
   * or the whole dataset's content when it has no latest instant.
   *
   * @param time the time, such as {@code 2024-10-26} for "by the end of October 26"
   * @return a new dataset
   */
  public Dataset asOf(ImpreciseTime time) {
    Optional<Instant> latest = Objects.requireNonNull(time, "time").latest();
    return latest.isPresent() ? asOf(latest.get()) : copy(c -> true);
  }

  /**
   * What had been said by an instant, as a new, valid dataset (not a view): the claims {@linkplain
   * #saidBy said by then}; the relations between two of those claims; the events any of those
   * claims speaks of, each listing only those claims, and the events no claim speaks of; and every
   * actor, place and source, with the metadata and schema version unchanged.
   *
   * @param time the instant
   * @return a new dataset
   */
  public Dataset asOf(Instant time) {
    Objects.requireNonNull(time, "time");
    return copy(c -> saidBy(c, time));
  }

  private Dataset copy(Predicate<ClaimId> keep) {
    Set<ClaimId> kept = new LinkedHashSet<>();
    dataset.claims().forEach(c -> {
      if (keep.test(c.id())) {
        kept.add(c.id());
      }
    });
    Dataset.Builder builder = new Dataset.Builder()
        .schemaVersion(dataset.schemaVersion())
        .metadata(dataset.metadata())
        .addAllActors(dataset.actors())
        .addAllPlaces(dataset.places())
        .addAllSources(dataset.sources());
    dataset.claims().stream().filter(c -> kept.contains(c.id())).forEach(builder::addClaim);
    for (Event event : dataset.events()) {
      List<ClaimId> known = event.claims().stream().filter(kept::contains).toList();
      if (event.claims().isEmpty() || !known.isEmpty()) {
        builder.addEvent(new Event.Builder()
            .id(event.id())
            .description(event.description())
            .time(event.time())
            .addAllPlaces(event.places())
            .addAllParticipants(event.participants())
            .status(event.status())
            .addAllClaims(known)
            .build());
      }
    }
    dataset.relations().stream()
        .filter(r -> kept.contains(r.from()) && kept.contains(r.to()))
        .forEach(builder::addRelation);
    return builder.build();
  }

  Claim claim(ClaimId id) {
    Claim claim = claims.get(Objects.requireNonNull(id, "claim"));
    if (claim == null) {
      throw new IllegalArgumentException("no claim has the id '" + id + "' in this dataset");
    }
    return claim;
  }

  private Sides sides(Event event) {
    Set<ClaimId> positive = new LinkedHashSet<>();
    Set<ClaimId> negative = new LinkedHashSet<>();
    for (ClaimId id : event.claims()) {
      for (TracedChain chain : chains.get(id)) {
        int polarity = chain.origin().commitment().polarity();
        if (polarity > 0) {
          positive.add(id);
        } else if (polarity < 0) {
          negative.add(id);
        }
      }
    }
    return new Sides(positive, negative);
  }

  private List<Claim> claimList(List<ClaimId> ids) {
    return ids == null ? List.of() : ids.stream().map(claims::get).toList();
  }

  private record Sides(Set<ClaimId> positive, Set<ClaimId> negative) {}

  private record Said(boolean dated, Optional<Instant> earliest) {}

  private Said said(Claim claim) {
    boolean dated = false;
    boolean unbounded = false;
    Instant earliest = null;
    for (Chain chain : claim.attribution()) {
      for (Hop hop : chain.hops()) {
        List<TimeMention> times = new ArrayList<>(2);
        hop.time().ifPresent(times::add);
        hop.source().map(sources::get).flatMap(Source::published).ifPresent(times::add);
        for (TimeMention time : times) {
          dated = true;
          Optional<Instant> bound = time.value().earliest();
          if (bound.isEmpty()) {
            unbounded = true;
          } else if (earliest == null || bound.get().isBefore(earliest)) {
            earliest = bound.get();
          }
        }
      }
    }
    return new Said(dated, unbounded ? Optional.empty() : Optional.ofNullable(earliest));
  }

  private static <K, V> void addOnce(Map<K, Set<V>> map, K key, V value) {
    map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
  }

  private static <K, V, C extends Collection<V>> Map<K, List<V>> frozen(
      Map<K, C> map) {
    Map<K, List<V>> copy = new HashMap<>(map.size() * 4 / 3 + 1);
    map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return Map.copyOf(copy);
  }

  private static <K, V> Map<K, V> byId(List<V> values, Function<V, K> id) {
    Map<K, V> map = new LinkedHashMap<>(values.size() * 4 / 3 + 1);
    values.forEach(v -> map.putIfAbsent(id.apply(v), v));
    return Map.copyOf(map);
  }
}
