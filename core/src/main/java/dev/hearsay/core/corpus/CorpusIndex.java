package dev.hearsay.core.corpus;

import dev.hearsay.core.internal.Digraph;
import dev.hearsay.core.internal.IntLists;
import dev.hearsay.core.internal.UnionFind;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.Stance;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.query.Conflict;
import dev.hearsay.core.query.ProvenanceIndex;
import dev.hearsay.core.query.TracedChain;
import dev.hearsay.core.query.Voice;
import dev.hearsay.core.time.ImpreciseTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The questions of one dataset asked across a corpus: where a claim comes from, how many parties
 * stand for and against it and by how many channels, where the reports disagree, where outlets
 * relay each other in circles, what happened in which order, and what had been said by a date.
 * Claims are asked about by their {@link ClaimCluster}: the claims that say the same across
 * datasets. Entities are compared by the corpus's {@link Identities}; names never merge anything.
 *
 * <pre>{@code
 * CorpusIndex index = CorpusIndex.of(corpus);
 * ClaimCluster arrived = index.clusterOf(ClaimRef.of("kursk", "c-arrived"));
 * // [kursk/c-arrived, pravda/c-gathering, ooda/c-arrived, nyt-am1/c-arrived-kursk]
 * index.evidence(arrived).summary();
 * // parties: 4-5 for (...), 0 against; channels: 2; possibly the same: ...; unresolved: ...
 * index.trace(ClaimRef.of("kursk", "c-set-to-join")).lines();
 * // kursk: Unnamed outlet <- The New York Times <- Ukrainian officials, ...
 * Corpus known = index.asOf(ImpreciseTime.parse("2024-10-30"));
 * }</pre>
 *
 * <p><b>Cost.</b> {@link #of} takes time and memory linear in the size of the corpus: each
 * dataset's {@link ProvenanceIndex}, every claim numbered once, clusters by union-find over
 * {@code duplicates} relations and links, and the links and statements indexed by claim and by
 * entity group. Each query states its own cost. The index is immutable and safe to query from
 * many threads at once; asking about a claim the corpus does not hold throws {@link
 * IllegalArgumentException}.
 */
public final class CorpusIndex {
  private final Corpus corpus;

  /** The claims numbered densely, and each dataset's index. */
  private final ClaimNumbers numbers;

  /** By claim number, the number of its cluster. */
  private final int[] clusterOfClaim;

  private final List<ClaimCluster> clusters;

  /** By cluster, the numbers of its claims, in the cluster's order. */
  private final IntLists membersOf;

  /** By claim link, in the links' order, the numbers of the claims it is from and to. */
  private final int[] linkFrom;

  private final int[] linkTo;

  /** By claim number, the positions of the claim links that name the claim, in their order. */
  private final IntLists linksOf;

  /** The positions of the possibly-same statements on each entity group, by group. */
  private final IntLists possiblySameOf;

  /** The positions of the distinct statements on each entity group, by group. */
  private final IntLists distinctOf;

  private CorpusIndex(Corpus corpus) {
    this.corpus = corpus;
    this.numbers = new ClaimNumbers(corpus);
    int size = numbers.size();
    UnionFind sets = new UnionFind(size);
    for (int d = 0; d < numbers.datasetCount(); d++) {
      for (Relation relation : numbers.index(d).dataset().relations()) {
        if (relation.kind() == RelationKind.DUPLICATES) {
          sets.union(numbers.number(d, relation.from()), numbers.number(d, relation.to()));
        }
      }
    }
    List<ClaimLink> links = corpus.links().claims();
    linkFrom = new int[links.size()];
    linkTo = new int[links.size()];
    IntLists.Builder naming = new IntLists.Builder(size, 2 * links.size());
    for (int l = 0; l < links.size(); l++) {
      ClaimLink link = links.get(l);
      linkFrom[l] = held(link.from());
      linkTo[l] = held(link.to());
      naming.add(linkFrom[l], l);
      if (linkTo[l] != linkFrom[l]) {
        naming.add(linkTo[l], l);
      }
      if (link.kind() == RelationKind.DUPLICATES) {
        sets.union(linkFrom[l], linkTo[l]);
      }
    }
    linksOf = naming.build();
    clusterOfClaim = new int[size];
    int[] clusterOfRoot = new int[size];
    int count = 0;
    for (int c = 0; c < size; c++) {
      int root = sets.find(c);
      if (root == c) {
        clusterOfRoot[c] = count++;
      }
      clusterOfClaim[c] = clusterOfRoot[root];
    }
    IntLists.Builder members = new IntLists.Builder(count, size);
    for (int c = 0; c < size; c++) {
      members.add(clusterOfClaim[c], c);
    }
    membersOf = members.build();
    List<List<ClaimRef>> refs = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      refs.add(new ArrayList<>(membersOf.size(k)));
    }
    for (int d = 0; d < numbers.datasetCount(); d++) {
      DatasetId id = numbers.dataset(d);
      List<Claim> claims = numbers.index(d).dataset().claims();
      int offset = numbers.offset(d);
      for (int p = 0; p < claims.size(); p++) {
        refs.get(clusterOfClaim[offset + p]).add(new ClaimRef(id, claims.get(p).id()));
      }
    }
    this.clusters = refs.stream().map(ClaimCluster::new).toList();
    Identities identities = corpus.identities();
    possiblySameOf = bySide(identities.possiblySame());
    distinctOf = bySide(identities.distinct());
  }

  /** The number of a claim of the corpus; throws when the corpus does not hold it. */
  private int held(ClaimRef claim) {
    int n = numbers.number(Objects.requireNonNull(claim, "claim"));
    if (n < 0) {
      throw new IllegalArgumentException("the corpus has no claim " + claim);
    }
    return n;
  }

  /** The statements' positions under the groups of both their sides. */
  private IntLists bySide(List<IdentityStatement> statements) {
    Identities identities = corpus.identities();
    IntLists.Builder of = new IntLists.Builder(identities.size(), 2 * statements.size());
    for (int s = 0; s < statements.size(); s++) {
      of.add(identities.groupOf(identities.number(statements.get(s).first())), s);
      of.add(identities.groupOf(identities.number(statements.get(s).second())), s);
    }
    return of.build();
  }

  /**
   * Indexes a corpus.
   *
   * @param corpus the corpus
   * @return the index
   */
  public static CorpusIndex of(Corpus corpus) {
    return new CorpusIndex(Objects.requireNonNull(corpus, "corpus"));
  }

  /**
   * The corpus indexed.
   *
   * @return the corpus
   */
  public Corpus corpus() {
    return corpus;
  }

  /**
   * The index of one dataset, for the questions inside it: its own conflicts, circular reporting
   * and the claims of an actor.
   *
   * @param dataset the dataset's id
   * @return its index, built with this one
   * @throws IllegalArgumentException when the corpus has no such dataset
   */
  public ProvenanceIndex index(DatasetId dataset) {
    int d = numbers.ordinal(Objects.requireNonNull(dataset, "dataset"));
    if (d < 0) {
      throw new IllegalArgumentException("the corpus has no dataset '" + dataset + "'");
    }
    return numbers.index(d);
  }

  /**
   * Every claim cluster. Cost: constant; the clusters are made by {@link #of}.
   *
   * @return the clusters, in the order of their first claims
   */
  public List<ClaimCluster> clusters() {
    return clusters;
  }

  /**
   * The cluster of a claim. Cost: constant.
   *
   * @param claim the claim
   * @return its cluster
   * @throws IllegalArgumentException when the corpus does not hold the claim
   */
  public ClaimCluster clusterOf(ClaimRef claim) {
    return clusters.get(clusterOfClaim[held(claim)]);
  }

  /**
   * Who stands for and against a cluster, across the datasets, as {@link CorpusEvidence} says.
   * Cost: linear in the hops of the cluster's claims and of the claims related to them inside
   * their datasets or by links, plus the identity statements on the entities met; a component of
   * possibly-same statements with a distinct pair inside and at most {@value
   * CorpusEvidence#EXACT_EDGES} statements adds {@code 2^statements} times its size.
   *
   * @param cluster the cluster
   * @return the evidence
   * @throws IllegalArgumentException when a claim of the cluster is not in the corpus
   */
  public CorpusEvidence evidence(ClaimCluster cluster) {
    return EvidenceGathering.gather(this, Objects.requireNonNull(cluster, "cluster"));
  }

  /**
   * The evidence on a claim's cluster: {@code evidence(clusterOf(claim))}.
   *
   * @param claim the claim
   * @return the evidence
   * @throws IllegalArgumentException when the corpus does not hold the claim
   */
  public CorpusEvidence evidence(ClaimRef claim) {
    return evidence(clusterOf(claim));
  }

  /**
   * Where a claim comes from: the chains of every claim of its cluster, and their origins as
   * entities. Cost: the hops of the cluster's claims.
   *
   * @param claim the claim
   * @return the trace
   * @throws IllegalArgumentException when the corpus does not hold the claim
   */
  public CorpusTrace trace(ClaimRef claim) {
    ClaimCluster cluster = clusterOf(claim);
    Identities identities = corpus.identities();
    List<CorpusChain> chains = new ArrayList<>();
    Set<EntityRef> origins = new LinkedHashSet<>();
    for (ClaimRef member : cluster.claims()) {
      for (TracedChain chain : index(member.dataset()).trace(member.claim()).chains()) {
        chains.add(new CorpusChain(member.dataset(), chain));
        origins.add(
            identities.representative(EntityRef.of(member.dataset(), chain.origin().actor())));
      }
    }
    return new CorpusTrace(claim, cluster, chains, List.copyOf(origins));
  }

  /**
   * Where the reports disagree, as {@link CorpusConflict} says: parties of two datasets on two
   * sides of one cluster, {@code contradicts} links, and opposed claims on linked events.
   * Conflicts inside one dataset are its own ({@code index(dataset).conflicts()}). Cost: the
   * evidence of every cluster of two or more datasets, the own voices of the claims that {@code
   * contradicts} links name, and for each group of linked events the pairs of their claims with
   * one for and one against.
   *
   * @return the conflicts: disagreeing parties in the order of the clusters, then contradictions
   *     in the links' order, then opposed claims in the order of the event groups
   */
  public List<CorpusConflict> conflicts() {
    List<CorpusConflict> conflicts = new ArrayList<>();
    for (ClaimCluster cluster : clusters) {
      if (cluster.datasets().size() > 1) {
        disagreement(cluster).ifPresent(conflicts::add);
      }
    }
    for (ClaimLink link : corpus.links().claims()) {
      if (link.kind() == RelationKind.CONTRADICTS) {
        conflicts.add(
            new CorpusConflict(
                Conflict.Kind.CONTRADICTION,
                side(link.from(), Stance.FOR),
                side(link.to(), Stance.FOR),
                Optional.of(link),
                List.of()));
      }
    }
    conflicts.addAll(opposedOnEvents());
    return List.copyOf(conflicts);
  }

  private Optional<CorpusConflict> disagreement(ClaimCluster cluster) {
    List<CorpusVoice> own = new ArrayList<>();
    for (CorpusParty party : evidence(cluster).parties()) {
      party.voices().stream().filter(CorpusVoice::isOwn).forEach(own::add);
    }
    List<CorpusVoice> forVoices = own.stream().filter(v -> v.stance() == Stance.FOR).toList();
    List<CorpusVoice> against = own.stream().filter(v -> v.stance() == Stance.AGAINST).toList();
    Set<DatasetId> datasets = new HashSet<>();
    forVoices.forEach(v -> datasets.add(v.dataset()));
    against.forEach(v -> datasets.add(v.dataset()));
    if (forVoices.isEmpty() || against.isEmpty() || datasets.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(
        new CorpusConflict(
            Conflict.Kind.PARTIES_DISAGREE,
            new CorpusConflict.Side(cluster.first(), Stance.FOR, forVoices),
            new CorpusConflict.Side(cluster.first(), Stance.AGAINST, against),
            Optional.empty(),
            List.of()));
  }

  private CorpusConflict.Side side(ClaimRef claim, Stance stance) {
    List<CorpusVoice> voices = new ArrayList<>();
    for (Voice voice : ownVoices(claim)) {
      if (voice.stance() == stance) {
        voices.add(new CorpusVoice(claim.dataset(), voice, Optional.empty()));
      }
    }
    return new CorpusConflict.Side(claim, stance, voices);
  }

  /** Claims of two linked events, one for and one against, at times that can overlap. */
  private List<CorpusConflict> opposedOnEvents() {
    List<CorpusConflict> conflicts = new ArrayList<>();
    for (List<EventRef> group : eventGroups()) {
      List<ClaimRef> claims = new ArrayList<>();
      List<EventRef> eventOf = new ArrayList<>();
      for (EventRef event : group) {
        for (ClaimId claim : event(event).claims()) {
          claims.add(new ClaimRef(event.dataset(), claim));
          eventOf.add(event);
        }
      }
      List<CorpusConflict.Side> sidesFor = new ArrayList<>(claims.size());
      List<CorpusConflict.Side> sidesAgainst = new ArrayList<>(claims.size());
      int[] clusterOf = new int[claims.size()];
      for (int c = 0; c < claims.size(); c++) {
        ClaimRef claim = claims.get(c);
        sidesFor.add(side(claim, Stance.FOR));
        sidesAgainst.add(side(claim, Stance.AGAINST));
        clusterOf[c] = clusterOfClaim[held(claim)];
      }
      for (int a = 0; a < claims.size(); a++) {
        CorpusConflict.Side forA = sidesFor.get(a);
        if (forA.voices().isEmpty()) {
          continue;
        }
        for (int b = 0; b < claims.size(); b++) {
          if (eventOf.get(a).equals(eventOf.get(b)) || clusterOf[a] == clusterOf[b]) {
            continue;
          }
          CorpusConflict.Side againstB = sidesAgainst.get(b);
          if (againstB.voices().isEmpty()
              || !canOverlap(
                  timeOf(claims.get(a), eventOf.get(a)), timeOf(claims.get(b), eventOf.get(b)))) {
            continue;
          }
          conflicts.add(
              new CorpusConflict(
                  Conflict.Kind.OPPOSED_ON_EVENT,
                  forA,
                  againstB,
                  Optional.empty(),
                  List.of(eventOf.get(a), eventOf.get(b))));
        }
      }
    }
    return conflicts;
  }

  private ImpreciseTime timeOf(ClaimRef claim, EventRef event) {
    Claim found = corpus.datasets().get(claim.dataset()).claim(claim.claim()).orElseThrow();
    return found.time().or(() -> event(event).time()).map(TimeMention::value).orElse(null);
  }

  private static boolean canOverlap(ImpreciseTime a, ImpreciseTime b) {
    return a == null || b == null || !a.relationTo(b).isDefinite();
  }

  private Event event(EventRef ref) {
    return corpus.datasets().get(ref.dataset()).event(ref.event()).orElseThrow();
  }

  /** The groups of two or more events that event links make one, in the corpus's order. */
  private List<List<EventRef>> eventGroups() {
    List<EventLink> eventLinks = corpus.links().events();
    Map<EventRef, Integer> number = new HashMap<>();
    for (EventLink link : eventLinks) {
      number.putIfAbsent(link.first(), number.size());
      number.putIfAbsent(link.second(), number.size());
    }
    UnionFind sets = new UnionFind(number.size());
    eventLinks.forEach(l -> sets.union(number.get(l.first()), number.get(l.second())));
    Map<Integer, List<EventRef>> groups = new LinkedHashMap<>();
    corpus
        .datasets()
        .forEach(
            (id, dataset) -> {
              for (Event event : dataset.events()) {
                EventRef ref = new EventRef(id, event.id());
                Integer n = number.get(ref);
                if (n != null) {
                  groups.computeIfAbsent(sets.find(n), k -> new ArrayList<>()).add(ref);
                }
              }
            });
    return new ArrayList<>(groups.values());
  }

  /**
   * Circular reporting across outlets, as {@link CorpusLoop} says: on the chains of one cluster,
   * actors (as entity groups) that relay one another in a circle, with the chains in two or more
   * datasets. Loops within one chain are its dataset's ({@code
   * index(dataset).circularReporting()}). Cost: linear in the hops of the corpus; one loop is
   * reported per strongly connected set of relaying actors of a cluster.
   *
   * @return the loops, in the order of the clusters
   */
  public List<CorpusLoop> circularReporting() {
    Identities identities = corpus.identities();
    List<CorpusLoop> loops = new ArrayList<>();
    for (ClaimCluster cluster : clusters) {
      if (cluster.datasets().size() < 2) {
        continue;
      }
      Digraph<Integer> relays = new Digraph<>();
      List<CorpusChain> chains = new ArrayList<>();
      for (ClaimRef claim : cluster.claims()) {
        for (TracedChain chain : index(claim.dataset()).trace(claim.claim()).chains()) {
          List<Hop> hops = chain.chain().hops();
          int c = chains.size();
          chains.add(new CorpusChain(claim.dataset(), chain));
          for (int h = 0; h + 1 < hops.size(); h++) {
            relays.edge(
                groupOf(claim.dataset(), hops.get(h)),
                groupOf(claim.dataset(), hops.get(h + 1)),
                c);
          }
        }
      }
      for (Digraph.Cycle<Integer> cycle : relays.cyclePerComponent()) {
        List<CorpusChain> steps = cycle.labels().stream().map(chains::get).toList();
        if (steps.stream().map(CorpusChain::dataset).distinct().count() < 2) {
          continue;
        }
        loops.add(
            new CorpusLoop(cluster, cycle.nodes().stream().map(identities::ref).toList(), steps));
      }
    }
    return List.copyOf(loops);
  }

  private int groupOf(DatasetId dataset, Hop hop) {
    Identities identities = corpus.identities();
    return identities.groupOf(dataset, EntityKind.ACTOR, hop.actor().value());
  }

  /**
   * The events of all datasets in the order in which they happened, as far as their vague times
   * tell, with events that links make one shown once. Entries are in the display order of their
   * times ({@link ImpreciseTime#compareTo}), equal times and undated entries (last) in the
   * corpus's order; an entry's order is undetermined when its time range overlaps another's, by
   * the rule of {@link dev.hearsay.core.timeline.Timeline}. Cost: the events and their claim
   * lists, plus two sorts of the entries.
   *
   * @return the entries
   */
  public List<CorpusTimelineEntry> timeline() {
    List<EventRef> events = new ArrayList<>();
    List<Event> details = new ArrayList<>();
    Map<EventRef, Integer> number = new HashMap<>();
    corpus
        .datasets()
        .forEach(
            (id, dataset) -> {
              for (Event event : dataset.events()) {
                EventRef ref = new EventRef(id, event.id());
                number.put(ref, events.size());
                events.add(ref);
                details.add(event);
              }
            });
    UnionFind sets = new UnionFind(events.size());
    corpus.links().events().forEach(l -> sets.union(number.get(l.first()), number.get(l.second())));
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int e = 0; e < events.size(); e++) {
      groups.computeIfAbsent(sets.find(e), k -> new ArrayList<>(1)).add(e);
    }
    List<Entry> entries = new ArrayList<>(groups.size());
    for (List<Integer> members : groups.values()) {
      Optional<ImpreciseTime> time = Optional.empty();
      List<ClaimRef> claims = new ArrayList<>();
      for (int e : members) {
        if (time.isEmpty()) {
          time = details.get(e).time().map(TimeMention::value);
        }
        for (ClaimId claim : details.get(e).claims()) {
          claims.add(new ClaimRef(events.get(e).dataset(), claim));
        }
      }
      entries.add(new Entry(members, time, claims));
    }
    boolean[] overlapping = overlapping(entries);
    List<Integer> order = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparing((Integer i) -> entries.get(i).time().isEmpty())
            .thenComparing(
                (a, b) ->
                    entries.get(a).time().isEmpty()
                        ? 0
                        : entries.get(a).time().get().compareTo(entries.get(b).time().get())));
    List<CorpusTimelineEntry> timeline = new ArrayList<>(entries.size());
    for (int i : order) {
      Entry entry = entries.get(i);
      timeline.add(
          new CorpusTimelineEntry(
              entry.members().stream().map(events::get).toList(),
              entry.members().stream().map(details::get).toList(),
              entry.time(),
              entry.claims(),
              overlapping[i]));
    }
    return Collections.unmodifiableList(timeline);
  }

  private record Entry(
      List<Integer> members, Optional<ImpreciseTime> time, List<ClaimRef> claims) {}

  /**
   * Which dated entries overlap another: sorted by their earliest instants, an entry overlaps an
   * earlier one when one of those ends at or after its start, and a later one when the next
   * starts at or before its end; an unbounded end reaches infinitely far.
   */
  private static boolean[] overlapping(List<Entry> entries) {
    List<long[]> spans = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Optional<ImpreciseTime> time = entries.get(i).time();
      if (time.isPresent()) {
        long start = time.get().earliest().map(CorpusIndex::millis).orElse(Long.MIN_VALUE);
        long end = time.get().latest().map(CorpusIndex::millis).orElse(Long.MAX_VALUE);
        spans.add(new long[] {start, end, i});
      }
    }
    spans.sort(Comparator.comparingLong(s -> s[0]));
    boolean[] overlapping = new boolean[entries.size()];
    long furthest = Long.MIN_VALUE;
    for (int k = 0; k < spans.size(); k++) {
      long[] span = spans.get(k);
      boolean before = k > 0 && furthest >= span[0];
      boolean after = k + 1 < spans.size() && spans.get(k + 1)[0] <= span[1];
      overlapping[(int) span[2]] = before || after;
      furthest = Math.max(furthest, span[1]);
    }
    return overlapping;
  }

  private static long millis(Instant instant) {
    try {
      return instant.toEpochMilli();
    } catch (ArithmeticException e) {
      return instant.getEpochSecond() < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE - 1;
    }
  }

  /**
   * What had been said by a time, as a new corpus: each dataset {@linkplain
   * ProvenanceIndex#asOf(ImpreciseTime) as of} the time, the identity statements unchanged, and
   * the claim and event links whose claims and events are still there. Cost: the size of the
   * corpus, as it builds and checks a new one.
   *
   * @param time the time, such as {@code 2024-10-30} for "by the end of October 30"
   * @return the corpus as of the time
   */
  public Corpus asOf(ImpreciseTime time) {
    Objects.requireNonNull(time, "time");
    return restricted(index -> index.asOf(time));
  }

  /**
   * What had been said by an instant, as {@link #asOf(ImpreciseTime)} does.
   *
   * @param time the instant
   * @return the corpus as of the instant
   */
  public Corpus asOf(Instant time) {
    Objects.requireNonNull(time, "time");
    return restricted(index -> index.asOf(time));
  }

  private Corpus restricted(java.util.function.Function<ProvenanceIndex, Dataset> asOf) {
    Corpus.Builder builder = new Corpus.Builder();
    Map<DatasetId, Dataset> kept = new LinkedHashMap<>();
    for (int d = 0; d < numbers.datasetCount(); d++) {
      kept.put(numbers.dataset(d), asOf.apply(numbers.index(d)));
    }
    kept.forEach(builder::add);
    Links links = corpus.links();
    Links.Builder restricted =
        new Links.Builder()
            .schemaVersion(links.schemaVersion())
            .addAllIdentities(links.identities());
    for (ClaimLink link : links.claims()) {
      if (holds(kept, link.from()) && holds(kept, link.to())) {
        restricted.addClaims(link);
      }
    }
    for (EventLink link : links.events()) {
      if (holds(kept, link.first()) && holds(kept, link.second())) {
        restricted.addEvents(link);
      }
    }
    return builder.links(restricted.build()).build();
  }

  private static boolean holds(Map<DatasetId, Dataset> datasets, ClaimRef claim) {
    return datasets.get(claim.dataset()).claim(claim.claim()).isPresent();
  }

  private static boolean holds(Map<DatasetId, Dataset> datasets, EventRef event) {
    return datasets.get(event.dataset()).event(event.event()).isPresent();
  }

  /** The claims numbered densely, and each dataset's index. */
  ClaimNumbers numbers() {
    return numbers;
  }

  /**
   * The number of a cluster, or -1 when it is not one of this index's clusters; throws when its
   * first claim is not in the corpus.
   */
  int clusterNumber(ClaimCluster cluster) {
    int k = clusterOfClaim[held(cluster.first())];
    ClaimCluster found = clusters.get(k);
    return found == cluster || found.equals(cluster) ? k : -1;
  }

  /** The numbers of a cluster's claims, in its order. */
  int[] members(int cluster) {
    return membersOf.of(cluster);
  }

  /** The numbers of claims, in their order; throws at the first the corpus does not hold. */
  int[] numbers(List<ClaimRef> claims) {
    int[] found = new int[claims.size()];
    for (int c = 0; c < found.length; c++) {
      found[c] = held(claims.get(c));
    }
    return found;
  }

  /** The number of a claim's cluster. */
  int clusterOf(int claim) {
    return clusterOfClaim[claim];
  }

  /** The positions of the claim links that name a claim, in the links' order. */
  int[] linksOf(int claim) {
    return linksOf.of(claim);
  }

  /** The number of the claim a claim link is from. */
  int linkFrom(int link) {
    return linkFrom[link];
  }

  /** The number of the claim a claim link is to. */
  int linkTo(int link) {
    return linkTo[link];
  }

  /** The positions of the possibly-same statements on an entity group. */
  int[] possiblySameOf(int group) {
    return possiblySameOf.of(group);
  }

  /** The positions of the distinct statements on an entity group. */
  int[] distinctOf(int group) {
    return distinctOf.of(group);
  }

  /** A claim's own voices, in the order of its dataset's evidence's parties. */
  List<Voice> ownVoices(ClaimRef claim) {
    return ownVoices(held(claim));
  }

  /** The own voices of the claim with a number, as {@link #ownVoices(ClaimRef)} gives them. */
  List<Voice> ownVoices(int claim) {
    List<Voice> voices = new ArrayList<>();
    for (Voice voice : numbers.voices(claim).voices()) {
      if (voice.relation().isEmpty()) {
        voices.add(voice);
      }
    }
    return voices;
  }
}
