package dev.hearsay.core.query;

import dev.hearsay.core.internal.GatheredVoices;
import dev.hearsay.core.internal.IdTable;
import dev.hearsay.core.internal.IndexVoices;
import dev.hearsay.core.internal.IntLists;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntPredicate;
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
  static {
    IndexVoices.provide(new CorpusVoices());
  }

  /** What {@link #said} holds for a claim: no time at all. */
  private static final byte UNDATED = 0;

  /** A time, and an earliest instant below every time. */
  private static final byte BOUNDED = 1;

  /** A time with no bound below. */
  private static final byte UNBOUNDED = 2;

  private final Dataset dataset;
  private final List<Claim> claimList;

  /** Claims, actors and sources numbered by their positions in the dataset, once. */
  private final IdTable<ClaimId> claimIds;

  private final IdTable<ActorId> actorIds;

  private final IdTable<SourceId> sourceIds;

  private final Map<ActorId, Actor> actors;
  private final Map<SourceId, Source> sources;

  /** For each claim, whether it is dated and bounded below ({@link #UNDATED} and the rest). */
  private final byte[] said;

  /** For each claim, the earliest instant it may have been said, when {@link #BOUNDED}. */
  private final Instant[] earliest;

  /** For each stance, by ordinal, the claims on which each actor is a voice with that stance. */
  private final IntLists[] voiced = new IntLists[Stance.values().length];

  /** By actor, the claims each relays, and the claims about each. */
  private final IntLists relayed;

  private final IntLists about;

  /** By claim, the relations whose other claim bears on its evidence, in the dataset's order. */
  private final IntLists bearing;

  private final IntLists contradictions;
  private final IntLists eventsOf;
  private final IntLists assessed;

  /** By event, the positions of its claims, in the event's order. */
  private final IntLists eventClaims;

  /** By relation, the positions of its two claims; by assessment, that of its claim. */
  private final int[] relationFrom;

  private final int[] relationTo;
  private final int[] assessmentClaim;

  private ProvenanceIndex(Dataset dataset) {
    this.dataset = dataset;
    this.claimList = dataset.claims();
    List<Actor> actorList = dataset.actors();
    this.actorIds = IdTable.of(actorList, Actor::id);
    this.actors = byId(actorList, Actor::id);
    this.sources = byId(dataset.sources(), Source::id);
    List<Source> sourceList = dataset.sources();
    this.sourceIds = IdTable.of(sourceList, Source::id);
    // For each source, what its publication time adds to a claim's: a state and a bound.
    byte[] sourceSaid = new byte[sourceList.size()];
    Instant[] sourceEarliest = new Instant[sourceList.size()];
    for (int s = 0; s < sourceList.size(); s++) {
      Optional<TimeMention> published = sourceList.get(s).published();
      if (published.isPresent()) {
        sourceEarliest[s] = published.get().value().earliest().orElse(null);
        sourceSaid[s] = sourceEarliest[s] == null ? UNBOUNDED : BOUNDED;
      }
    }
    int n = claimList.size();
    this.claimIds = IdTable.of(claimList, Claim::id);
    this.said = new byte[n];
    this.earliest = new Instant[n];
    int a = actorList.size();
    IntLists.Builder[] voicing = new IntLists.Builder[voiced.length];
    for (int s = 0; s < voicing.length; s++) {
      voicing[s] = new IntLists.Builder(a, n / 4);
    }
    IntLists.Builder relaying = new IntLists.Builder(a, n);
    IntLists.Builder naming = new IntLists.Builder(a, n / 2);
    for (int p = 0; p < n; p++) {
      Claim claim = claimList.get(p);
      byte state = UNDATED;
      Instant least = null;
      for (Chain chain : claim.attribution()) {
        List<Hop> hops = chain.hops();
        int last = hops.size() - 1;
        for (int h = 0; h <= last; h++) {
          Hop hop = hops.get(h);
          int actor = actorIds.indexOf(hop.actor());
          if (h < last) {
            relaying.add(actor, p);
          }
          Stance stance = Voices.of(hops, h);
          if (stance != null) {
            voicing[stance.ordinal()].add(actor, p);
          }
          Optional<TimeMention> time = hop.time();
          if (time.isPresent()) {
            Instant bound = time.get().value().earliest().orElse(null);
            state = bound == null ? UNBOUNDED : state == UNBOUNDED ? UNBOUNDED : BOUNDED;
            least = earlier(least, bound);
          }
          Optional<SourceId> source = hop.source();
          if (source.isPresent()) {
            int s = sourceIds.indexOf(source.get());
            if (sourceSaid[s] != UNDATED) {
              state = sourceSaid[s] == UNBOUNDED || state == UNBOUNDED ? UNBOUNDED : BOUNDED;
              least = earlier(least, sourceEarliest[s]);
            }
          }
        }
      }
      said[p] = state;
      earliest[p] = state == BOUNDED ? least : null;
      for (ActorId subject : claim.actors()) {
        naming.add(actorIds.indexOf(subject), p);
      }
    }
    for (int s = 0; s < voicing.length; s++) {
      voiced[s] = voicing[s].build();
    }
    this.relayed = relaying.build();
    this.about = naming.build();
    List<Relation> relations = dataset.relations();
    relationFrom = new int[relations.size()];
    relationTo = new int[relations.size()];
    IntLists.Builder bears = new IntLists.Builder(n, relations.size() * 2);
    IntLists.Builder contradicting = new IntLists.Builder(n, 4);
    for (int r = 0; r < relations.size(); r++) {
      Relation relation = relations.get(r);
      int from = claimIds.indexOf(relation.from());
      int to = claimIds.indexOf(relation.to());
      relationFrom[r] = from;
      relationTo[r] = to;
      switch (relation.kind()) {
        case SUPPORTS, UNDERMINES -> bears.add(to, r);
        case DUPLICATES -> bears.add(to, r).add(from, r);
        case CONTRADICTS -> {
          bears.add(to, r).add(from, r);
          contradicting.add(from, r).add(to, r);
        }
        default -> {}
      }
    }
    this.bearing = bears.build();
    this.contradictions = contradicting.build();
    List<Event> events = dataset.events();
    IntLists.Builder ofEvents = new IntLists.Builder(events.size(), events.size() * 2, true);
    IntLists.Builder byClaim = new IntLists.Builder(n, events.size() * 2);
    for (int e = 0; e < events.size(); e++) {
      for (ClaimId id : events.get(e).claims()) {
        int claim = claimIds.indexOf(id);
        ofEvents.add(e, claim);
        byClaim.add(claim, e);
      }
    }
    this.eventClaims = ofEvents.build();
    this.eventsOf = byClaim.build();
    List<Assessment> assessments = dataset.assessments();
    assessmentClaim = new int[assessments.size()];
    IntLists.Builder assessing = new IntLists.Builder(n, assessments.size());
    for (int i = 0; i < assessments.size(); i++) {
      assessmentClaim[i] = claimIds.indexOf(assessments.get(i).claim());
      assessing.add(assessmentClaim[i], i);
    }
    this.assessed = assessing.build();
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
    int p = position(claim);
    return new Trace(claimList.get(p), chainsAt(p), assessmentsAt(p));
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
    return assessmentsAt(position(claim));
  }

  private List<Assessment> assessmentsAt(int claim) {
    return pick(dataset.assessments(), assessed, claim);
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
    int p = position(claim);
    // The gathering tells a claim's chains met twice by identity: each claim's are made once.
    Map<ClaimId, List<TracedChain>> chains = new HashMap<>();
    return Gathering.gather(
        claimList.get(p),
        pick(dataset.relations(), bearing, p),
        id -> chains.computeIfAbsent(id, this::chainsOf),
        actors,
        sources);
  }

  /**
   * The voices of {@link #evidence} on a claim, party by party, without its parties and channels.
   */
  GatheredVoices voices(ClaimId claim) {
    return voicesAt(position(claim));
  }

  /** The voices of {@link #voices(ClaimId)} on the claim at a position in the dataset's list. */
  GatheredVoices voicesAt(int p) {
    List<Relation> relations = pick(dataset.relations(), bearing, p);
    if (relations.isEmpty()) {
      // Only the claim's own chains are asked for, once.
      return Gathering.voices(claimList.get(p), relations, this::chainsOf);
    }
    Map<ClaimId, List<TracedChain>> chains = new HashMap<>();
    return Gathering.voices(
        claimList.get(p), relations, id -> chains.computeIfAbsent(id, this::chainsOf));
  }

  /** The position of a claim in the dataset's list, or -1. */
  int claimPosition(ClaimId claim) {
    return claimIds.indexOf(claim);
  }

  /** The position of an actor in the dataset's list, or -1. */
  int actorPosition(ActorId actor) {
    return actorIds.indexOf(actor);
  }

  /** The position of a source in the dataset's list, or -1. */
  int sourcePosition(SourceId source) {
    return sourceIds.indexOf(source);
  }

  /**
   * The claims an actor asserted, denied, withheld judgement on, relayed, or is the subject of.
   *
   * @param actor the actor's id
   * @return the claims, by the part the actor plays
   * @throws IllegalArgumentException when the dataset has no such actor
   */
  public ActorClaims claimsOf(ActorId actor) {
    int a = actorIds.indexOf(Objects.requireNonNull(actor, "actor"));
    if (a < 0) {
      throw new IllegalArgumentException("no actor has the id '" + actor + "' in this dataset");
    }
    return new ActorClaims(
        dataset.actors().get(a),
        pick(claimList, voiced[Stance.FOR.ordinal()], a),
        pick(claimList, voiced[Stance.AGAINST.ordinal()], a),
        pick(claimList, voiced[Stance.NEITHER.ordinal()], a),
        pick(claimList, relayed, a),
        pick(claimList, about, a));
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
    List<Relation> relations = dataset.relations();
    for (int i = 0; i < relations.size(); i++) {
      Relation r = relations.get(i);
      if (r.kind() == RelationKind.CONTRADICTS) {
        found.contradiction(relationFrom[i] <= relationTo[i] ? r.from() : r.to(), r);
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
    int p = position(claim);
    Conflicts found = conflictFinder();
    found.withinClaim(claim);
    for (Relation r : pick(dataset.relations(), contradictions, p)) {
      found.contradiction(claim, r);
    }
    for (Event event : pick(dataset.events(), eventsOf, p)) {
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
    for (int p = 0; p < claimList.size(); p++) {
      for (TracedChain chain : chainsAt(p)) {
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
    return Optional.ofNullable(earliest[position(claim)]);
  }

  /**
   * Whether any hop of the claim, or the source of any hop, has a time.
   *
   * @param claim the claim's id
   * @return false for an undated claim
   * @throws IllegalArgumentException when the dataset has no such claim
   */
  public boolean dated(ClaimId claim) {
    return said[position(claim)] != UNDATED;
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
    return saidBy(position(claim), time);
  }

  private boolean saidBy(int claim, Instant time) {
    return earliest[claim] == null || !earliest[claim].isAfter(time);
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
    return latest.isPresent() ? asOf(latest.get()) : copy(c -> true, a -> true);
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

  private Dataset copy(IntPredicate keep, Predicate<Assessment> published) {
    boolean[] kept = new boolean[claimList.size()];
    List<Claim> claims = new ArrayList<>();
    for (int p = 0; p < kept.length; p++) {
      if (keep.test(p)) {
        kept[p] = true;
        claims.add(claimList.get(p));
      }
    }
    Dataset.Builder builder = new Dataset.Builder().header(dataset.header()).addAllClaims(claims);
    List<Event> events = dataset.events();
    for (int e = 0; e < events.size(); e++) {
      Event event = events.get(e);
      List<ClaimId> known = new ArrayList<>(event.claims().size());
      for (int i = 0; i < event.claims().size(); i++) {
        if (kept[eventClaims.get(e, i)]) {
          known.add(event.claims().get(i));
        }
      }
      if (event.claims().isEmpty() || !known.isEmpty()) {
        builder.addEvent(known.size() == event.claims().size() ? event : event.withClaims(known));
      }
    }
    List<Relation> relations = dataset.relations();
    for (int r = 0; r < relations.size(); r++) {
      if (kept[relationFrom[r]] && kept[relationTo[r]]) {
        builder.addRelation(relations.get(r));
      }
    }
    List<Assessment> assessments = dataset.assessments();
    for (int i = 0; i < assessments.size(); i++) {
      if (kept[assessmentClaim[i]] && published.test(assessments.get(i))) {
        builder.addAssessment(assessments.get(i));
      }
    }
    return builder.build();
  }

  Claim claim(ClaimId id) {
    return claimList.get(position(id));
  }

  /** A claim's chains with their hops' actors, made when asked. */
  private List<TracedChain> chainsOf(ClaimId id) {
    return chainsAt(position(id));
  }

  private List<TracedChain> chainsAt(int p) {
    Claim claim = claimList.get(p);
    List<Chain> attribution = claim.attribution();
    TracedChain[] traced = new TracedChain[attribution.size()];
    List<Actor> actorList = dataset.actors();
    for (int c = 0; c < traced.length; c++) {
      List<Hop> hops = attribution.get(c).hops();
      Actor[] hopActors = new Actor[hops.size()];
      for (int h = 0; h < hopActors.length; h++) {
        hopActors[h] = actorList.get(actorIds.indexOf(hops.get(h).actor()));
      }
      traced[c] = new TracedChain(claim.id(), c, attribution.get(c), List.of(hopActors));
    }
    return List.of(traced);
  }

  private int position(ClaimId id) {
    int found = claimIds.indexOf(Objects.requireNonNull(id, "claim"));
    if (found < 0) {
      throw new IllegalArgumentException("no claim has the id '" + id + "' in this dataset");
    }
    return found;
  }

  /** The values of a list at the positions a key has. */
  private static <T> List<T> pick(List<T> values, IntLists positions, int key) {
    int size = positions.size(key);
    if (size == 0) {
      return List.of();
    }
    Object[] picked = new Object[size];
    for (int i = 0; i < size; i++) {
      picked[i] = values.get(positions.get(key, i));
    }
    @SuppressWarnings("unchecked")
    List<T> list = (List<T>) List.of(picked);
    return list;
  }

  /** The earlier of two instants, either of which may be null for none. */
  private static Instant earlier(Instant a, Instant b) {
    return a == null ? b : b == null || !b.isBefore(a) ? a : b;
  }

  private static <K, V> Map<K, V> byId(List<V> values, Function<V, K> id) {
    Map<K, V> map = new HashMap<>(values.size() * 4 / 3 + 1);
    values.forEach(v -> map.putIfAbsent(id.apply(v), v));
    return map;
  }
}
