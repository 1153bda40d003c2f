package dev.hearsay.core.query;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Assessment;
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
import dev.hearsay.core.model.Stance;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
 * parties stand for and against it and by how many channels their words came, where reporting
 * runs in circles, what an actor asserted, denied or relayed, which claims disagree, and what had
 * been said by a given time.
 *
 * <p>With the worked report's dataset, whose outermost actor is named "Unnamed outlet":
 *
 * <pre>{@code
 * ProvenanceIndex index = ProvenanceIndex.of(dataset);
 * index.trace(ClaimId.of("c-set-to-join")).lines();
 * // [Unnamed outlet <- The New York Times <- Ukrainian officials,
 * //  Unnamed outlet <- The New York Times <- American officials]
 * index.evidence(ClaimId.of("c-set-to-join")).summary();
 * // parties: 3 for (Ukrainian officials, American officials, Volodymyr Zelensky), 0 against;
 * // channels: 2 (one through The New York Times)
 * index.claimsOf(ActorId.of("nyt")).relayed();
 * Dataset known = index.asOf(ImpreciseTime.parse("2024-10-26"));
 * }</pre>
 *
 * <p><b>Cost.</b> {@link #of} takes time and memory linear in the size of the dataset (its
 * values, hops, relations and the claim lists of its events). Each query then costs about the
 * size of its answer plus the length of the chains it reads: {@link #trace} the claim's hops;
 * {@link #evidence} the hops of the claim and of its related claims; {@link #claimsOf} the
 * claims it returns; {@link #conflicts(ClaimId)} the conflicts found plus the hops of the claims of
 * the events the claim speaks of. The whole-dataset query {@link #conflicts()} costs the size of
 * the dataset plus, for each event, the number of pairs of its claims with one for and one
 * against (each such pair is a conflict unless their times are apart); {@link #circularReporting()} states its own bound. {@link #asOf} costs the size
 * of the dataset, as it builds and checks a new one.
 *
 * <p>The index is immutable and safe to query from many threads at once. Queries about an id that
 * the dataset does not hold throw {@link IllegalArgumentException}.
 */
public final class ProvenanceIndex {
  private final Dataset dataset;

  /** What the index knows of each claim, in one map so that building it hashes each id once. */
  private final Map<ClaimId, Indexed> claims;

  private final Map<ActorId, Actor> actors;
  private final Map<SourceId, Source> sources;

  /** For each stance, the claims on which each actor is a voice with that stance. */
  private final Map<Stance, Map<ActorId, List<ClaimId>>> voiced = new EnumMap<>(Stance.class);

  private final Map<ActorId, List<ClaimId>> relayed = new HashMap<>();
  private final Map<ActorId, List<ClaimId>> about = new HashMap<>();

  /** The relations whose other claim bears on a claim's evidence, in the dataset's order. */
  private final Map<ClaimId, List<Relation>> bearing = new HashMap<>();

  private final Map<ClaimId, List<Relation>> contradictions = new HashMap<>();
  private final Map<ClaimId, List<Event>> eventsOf = new HashMap<>();
  private final Map<ClaimId, List<Assessment>> assessed = new HashMap<>();

  /** One claim as indexed: its place in the dataset, its chains, and when it was first said. */
  private record Indexed(
      Claim claim, int position, List<TracedChain> chains, boolean dated, Instant earliestSaid) {}

  private ProvenanceIndex(Dataset dataset) {
    this.dataset = dataset;
    this.actors = byId(dataset.actors(), Actor::id);
    this.sources = byId(dataset.sources(), Source::id);
    for (Stance stance : Stance.values()) {
      voiced.put(stance, new HashMap<>());
    }
    List<Claim> all = dataset.claims();
    this.claims = new HashMap<>(all.size() * 4 / 3 + 1);
    for (int p = 0; p < all.size(); p++) {
      Claim claim = all.get(p);
      List<Chain> attribution = claim.attribution();
      TracedChain[] traced = new TracedChain[attribution.size()];
      for (int c = 0; c < traced.length; c++) {
        List<Hop> hops = attribution.get(c).hops();
        Actor[] hopActors = new Actor[hops.size()];
        for (int h = 0; h < hopActors.length; h++) {
          ActorId actor = hops.get(h).actor();
          hopActors[h] = actors.get(actor);
          if (h < hopActors.length - 1) {
            addOnce(relayed, actor, claim.id());
          }
          Stance stance = Voices.of(hops, h);
          if (stance != null) {
            addOnce(voiced.get(stance), actor, claim.id());
          }
        }
        traced[c] = new TracedChain(claim.id(), c, attribution.get(c), List.of(hopActors));
      }
      claim.actors().forEach(a -> addOnce(about, a, claim.id()));
      Said said = said(claim);
      claims.put(
          claim.id(),
          new Indexed(claim, p, List.of(traced), said.dated, said.earliest.orElse(null)));
    }
    for (Relation r : dataset.relations()) {
      switch (r.kind()) {
        case SUPPORTS, UNDERMINES -> bearsOn(r.to(), r);
        case DUPLICATES -> {
          bearsOn(r.to(), r);
          bearsOn(r.from(), r);
        }
        case CONTRADICTS -> {
          bearsOn(r.to(), r);
          bearsOn(r.from(), r);
          contradictions.computeIfAbsent(r.from(), k -> new ArrayList<>(1)).add(r);
          contradictions.computeIfAbsent(r.to(), k -> new ArrayList<>(1)).add(r);
        }
        default -> {}
      }
    }
    for (Event event : dataset.events()) {
      for (ClaimId claim : new LinkedHashSet<>(event.claims())) {
        eventsOf.computeIfAbsent(claim, k -> new ArrayList<>()).add(event);
      }
    }
    for (Assessment assessment : dataset.assessments()) {
      assessed.computeIfAbsent(assessment.claim(), k -> new ArrayList<>(1)).add(assessment);
    }
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
    return new Trace(claim(claim), chainsOf(claim), assessments(claim));
  }

  /**
   * The published verdicts on a claim, such as fact-checkers' ratings. They are judgements about
   * the claim and count in none of its {@link #evidence evidence}.
   *
   * @param claim the claim's id
   * @return its assessments, in the dataset's order; empty when no one has assessed it
   * @throws IllegalArgumentException when the dataset has no such claim
   */
  public List<Assessment> assessments(ClaimId claim) {
    claim(claim);
    return List.copyOf(assessed.getOrDefault(claim, List.of()));
  }

  /**
   * Who stands for a claim and who against it: the parties that speak, the channels their words
   * came by, and the claims that undermine it. {@link Evidence} states what counts and how.
   *
   * @param claim the claim's id
   * @return the evidence
   * @throws IllegalArgumentException when the dataset has no such claim
   */
  public Evidence evidence(ClaimId claim) {
    return Gathering.gather(
        claim(claim), bearing.getOrDefault(claim, List.of()), this::chainsOf, actors, sources);
  }

  /**
   * The claims an actor asserted, denied, withheld judgement on, relayed, or is the subject of.
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
    return new ActorClaims(
        found,
        claimList(voiced.get(Stance.FOR).get(actor)),
        claimList(voiced.get(Stance.AGAINST).get(actor)),
        claimList(voiced.get(Stance.NEITHER).get(actor)),
        claimList(relayed.get(actor)),
        claimList(about.get(actor)));
  }

  /**
   * Every conflict in the dataset, of all three kinds. {@link Conflict} states each kind.
   *
   * @return the conflicts, ordered by their first claim, then their second, in the dataset's
   *     order, then by kind; the first claim of each is the earlier in the dataset, and a claim
   *     whose own parties disagree has its side for first
   */
  public List<Conflict> conflicts() {
    Conflicts found = conflictFinder();
    for (Claim claim : dataset.claims()) {
      found.withinClaim(claim.id());
    }
    for (Relation r : dataset.relations()) {
      if (r.kind() == RelationKind.CONTRADICTS) {
        found.contradiction(position(r.from()) <= position(r.to()) ? r.from() : r.to(), r);
      }
    }
    for (Event event : dataset.events()) {
      found.onEvent(event, null);
    }
    return found.sorted();
  }

  /**
   * The conflicts that involve one claim.
   *
   * @param claim the claim's id
   * @return the conflicts, each with the claim's side first (its side for first when its own
   *     parties disagree), ordered by the other claim in the dataset's order, then by kind
   * @throws IllegalArgumentException when the dataset has no such claim
   */
  public List<Conflict> conflicts(ClaimId claim) {
    claim(claim);
    Conflicts found = conflictFinder();
    found.withinClaim(claim);
    for (Relation r : contradictions.getOrDefault(claim, List.of())) {
      found.contradiction(claim, r);
    }
    for (Event event : eventsOf.getOrDefault(claim, List.of())) {
      found.onEvent(event, claim);
    }
    return found.sorted();
  }

  private Conflicts conflictFinder() {
    return new Conflicts(this::claim, this::voicesOf, this::position);
  }

  /** A claim's own voices, chain by chain, each chain's origin first. */
  private List<Voice> voicesOf(ClaimId id) {
    List<Voice> voices = new ArrayList<>();
    for (TracedChain chain : chainsOf(id)) {
      List<Hop> hops = chain.chain().hops();
      for (int h = hops.size() - 1; h >= 0; h--) {
        Stance stance = Voices.of(hops, h);
        if (stance != null) {
          voices.add(new Voice(chain, h, stance, Optional.empty()));
        }
      }
    }
    return voices;
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
      for (TracedChain chain : chainsOf(claim.id())) {
        found.addAll(Loops.inChain(chain));
      }
    }
    found.addAll(Loops.inDerivations(dataset, this::chainsOf, actors));
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
    return Optional.ofNullable(indexed(claim).earliestSaid());
  }

  /**
   * Whether any hop of the claim, or the source of any hop, has a time.
   *
   * @param claim the claim's id
   * @return false for an undated claim
   * @throws IllegalArgumentException when the dataset has no such claim
   */
  public boolean dated(ClaimId claim) {
    return indexed(claim).dated();
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
   * claims speaks of, each listing only those claims, and the events no claim speaks of; the
   * assessments of those claims that may have been published by then (undated ones included); and
   * every actor, place and source, with the metadata and schema version unchanged.
   *
   * @param time the instant
   * @return a new dataset
   */
  public Dataset asOf(Instant time) {
    Objects.requireNonNull(time, "time");
    return copy(
        c -> saidBy(c, time),
        a -> a.time().flatMap(ImpreciseTime::earliest).map(e -> !e.isAfter(time)).orElse(true));
  }

  private Dataset copy(Predicate<ClaimId> keep) {
    return copy(keep, a -> true);
  }

  private Dataset copy(Predicate<ClaimId> keep, Predicate<Assessment> published) {
    Set<ClaimId> kept = new LinkedHashSet<>();
    dataset
        .claims()
        .forEach(
            c -> {
              if (keep.test(c.id())) {
                kept.add(c.id());
              }
            });
    Dataset.Builder builder = new Dataset.Builder().header(dataset.header());
    dataset.claims().stream().filter(c -> kept.contains(c.id())).forEach(builder::addClaim);
    for (Event event : dataset.events()) {
      List<ClaimId> known = event.claims().stream().filter(kept::contains).toList();
      if (event.claims().isEmpty() || !known.isEmpty()) {
        builder.addEvent(event.withClaims(known));
      }
    }
    dataset.relations().stream()
        .filter(r -> kept.contains(r.from()) && kept.contains(r.to()))
        .forEach(builder::addRelation);
    dataset.assessments().stream()
        .filter(a -> kept.contains(a.claim()) && published.test(a))
        .forEach(builder::addAssessment);
    return builder.build();
  }

  Claim claim(ClaimId id) {
    return indexed(id).claim();
  }

  private List<TracedChain> chainsOf(ClaimId id) {
    return indexed(id).chains();
  }

  private int position(ClaimId id) {
    return indexed(id).position();
  }

  private Indexed indexed(ClaimId id) {
    Indexed found = claims.get(Objects.requireNonNull(id, "claim"));
    if (found == null) {
      throw new IllegalArgumentException("no claim has the id '" + id + "' in this dataset");
    }
    return found;
  }

  private void bearsOn(ClaimId claim, Relation relation) {
    bearing.computeIfAbsent(claim, k -> new ArrayList<>(2)).add(relation);
  }

  private List<Claim> claimList(List<ClaimId> ids) {
    return ids == null ? List.of() : ids.stream().map(this::claim).toList();
  }

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

  /**
   * Adds a claim to an actor's list unless it ends the list already: claims are indexed one after
   * another, so a claim that names the actor twice would be the last one added.
   */
  private static void addOnce(Map<ActorId, List<ClaimId>> map, ActorId actor, ClaimId claim) {
    List<ClaimId> list = map.computeIfAbsent(actor, k -> new ArrayList<>(2));
    if (list.isEmpty() || !list.get(list.size() - 1).equals(claim)) {
      list.add(claim);
    }
  }

  private static <K, V> Map<K, V> byId(List<V> values, Function<V, K> id) {
    Map<K, V> map = new HashMap<>(values.size() * 4 / 3 + 1);
    values.forEach(v -> map.putIfAbsent(id.apply(v), v));
    return map;
  }
}
