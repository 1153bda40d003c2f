package dev.hearsay.core.corpus;

import dev.hearsay.core.internal.GatheredVoices;
import dev.hearsay.core.internal.IndexVoices;
import dev.hearsay.core.internal.UnionFind;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.Stance;
import dev.hearsay.core.query.ProvenanceIndex;
import dev.hearsay.core.query.TracedChain;
import dev.hearsay.core.query.Voice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Gathers the {@link CorpusEvidence} on one cluster: its voices from each dataset (in the order of
 * the dataset's evidence, without its parties and channels) and through the links, their parties
 * and channels by entity groups, and the counts as intervals.
 */
final class EvidenceGathering {
  private static final int FOR = 0;
  private static final int AGAINST = 1;
  private static final int NEITHER = 2;
  private static final int ANY = 3;

  private final CorpusIndex index;
  private final Identities identities;
  private final ClaimCluster cluster;

  /** The cluster's number in the index, or -1 when it is not one of the index's clusters. */
  private final int own;

  /** The numbers of the cluster's claims, in its order. */
  private final int[] members;

  private final List<CorpusVoice> voices = new ArrayList<>();
  private final Set<VoiceKey> seen = new HashSet<>();
  private final Set<ClaimLink> counted = new LinkedHashSet<>();
  private final Set<ClaimLink> undermining = new LinkedHashSet<>();
  private final Map<DatasetId, Boolean> onlyRelays = new LinkedHashMap<>();
  private long steps;
  private DatasetId lastDataset;
  private int lastOrdinal;
  private ProvenanceIndex lastIndex;

  private EvidenceGathering(CorpusIndex index, ClaimCluster cluster) {
    this.index = index;
    this.identities = index.corpus().identities();
    this.cluster = cluster;
    this.own = index.clusterNumber(cluster);
    this.members = own >= 0 ? index.members(own) : index.numbers(cluster.claims());
  }

  static CorpusEvidence gather(CorpusIndex index, ClaimCluster cluster) {
    return new EvidenceGathering(index, cluster).gather();
  }

  /** The evidence and the steps taken to gather it, to show that gathering is linear. */
  record Counted(CorpusEvidence evidence, long steps) {}

  static Counted counting(CorpusIndex index, ClaimCluster cluster) {
    EvidenceGathering gathering = new EvidenceGathering(index, cluster);
    CorpusEvidence evidence = gathering.gather();
    return new Counted(evidence, gathering.steps);
  }

  private CorpusEvidence gather() {
    List<ClaimRef> claims = cluster.claims();
    ClaimNumbers numbers = index.numbers();
    int[] sorted = null;
    if (own < 0) {
      sorted = members.clone();
      Arrays.sort(sorted);
    }
    for (int c = 0; c < claims.size(); c++) {
      DatasetId dataset = claims.get(c).dataset();
      GatheredVoices gathered = numbers.voices(members[c]);
      notePhrasing(dataset, gathered.claim());
      for (Relation relation : gathered.counted()) {
        counted.add(asLink(dataset, relation));
      }
      for (Relation relation : gathered.undermining()) {
        undermining.add(asLink(dataset, relation));
      }
      List<Voice> claimVoices = gathered.voices();
      for (int v = 0; v < claimVoices.size(); v++) {
        add(dataset, claimVoices.get(v), Optional.empty());
      }
    }
    List<ClaimLink> links = index.corpus().links().claims();
    for (int claim : members) {
      for (int l : index.linksOf(claim)) {
        steps++;
        ClaimLink link = links.get(l);
        boolean fromCluster = index.linkFrom(l) == claim;
        int other = fromCluster ? index.linkTo(l) : index.linkFrom(l);
        if (own >= 0 ? index.clusterOf(other) == own : Arrays.binarySearch(sorted, other) >= 0) {
          continue;
        }
        boolean toCluster = index.linkTo(l) == claim;
        if (link.kind() == RelationKind.UNDERMINES && toCluster) {
          undermining.add(link);
          continue;
        }
        UnaryOperator<Stance> toward = toward(link.kind(), toCluster);
        if (toward == null) {
          continue;
        }
        counted.add(link);
        DatasetId dataset = (fromCluster ? link.to() : link.from()).dataset();
        for (Voice voice : index.ownVoices(other)) {
          Stance stance = toward.apply(voice.stance());
          if (stance != null) {
            add(
                dataset,
                new Voice(voice.chain(), voice.hopIndex(), stance, Optional.empty()),
                Optional.of(link));
          }
        }
      }
    }
    return evidence();
  }

  /** How a voice of a claim outside the cluster counts through a link, or null for nothing. */
  private static UnaryOperator<Stance> toward(RelationKind kind, boolean toCluster) {
    return switch (kind) {
      case SUPPORTS -> toCluster ? s -> s == Stance.FOR ? Stance.FOR : null : null;
      case CONTRADICTS -> s -> s == Stance.FOR ? Stance.AGAINST : null;
      default -> null;
    };
  }

  private static ClaimLink asLink(DatasetId dataset, Relation relation) {
    return new ClaimLink(
        relation.kind(),
        new ClaimRef(dataset, relation.from()),
        new ClaimRef(dataset, relation.to()),
        relation.note());
  }

  private void add(DatasetId dataset, Voice voice, Optional<ClaimLink> link) {
    steps++;
    TracedChain chain = voice.chain();
    if (seen.add(
        new VoiceKey(dataset, chain.claim(), chain.index(), voice.hopIndex(), voice.stance()))) {
      voices.add(new CorpusVoice(dataset, voice, link));
    }
  }

  /** A voice once: its dataset, chain, hop and stance. */
  private record VoiceKey(DatasetId dataset, Object claim, int chain, int hop, Stance stance) {}

  /** A chain once: its dataset, claim and position among the claim's chains. */
  private record ChainKey(DatasetId dataset, Object claim, int chain) {}

  private int actorGroup(DatasetId dataset, ActorId actor) {
    return identities.groupOf(actorNumber(dataset, actor));
  }

  private int sourceGroup(DatasetId dataset, SourceId source) {
    return identities.groupOf(sourceNumber(dataset, source));
  }

  /**
   * The number of an actor, found from its position in its dataset's list; the dataset's ordinal
   * and index are looked up once for a run of voices or hops of one dataset, which is how a
   * cluster's voices come.
   */
  private int actorNumber(DatasetId dataset, ActorId actor) {
    at(dataset);
    return identities.number(
        lastOrdinal,
        dataset,
        EntityKind.ACTOR,
        actor.value(),
        IndexVoices.actorPosition(lastIndex, actor));
  }

  /** The number of a source, as {@link #actorNumber} finds an actor's. */
  private int sourceNumber(DatasetId dataset, SourceId source) {
    at(dataset);
    return identities.number(
        lastOrdinal,
        dataset,
        EntityKind.SOURCE,
        source.value(),
        IndexVoices.sourcePosition(lastIndex, source));
  }

  private void at(DatasetId dataset) {
    if (dataset != lastDataset) {
      lastOrdinal = identities.ordinal(dataset);
      lastIndex = index.index(dataset);
      lastDataset = dataset;
    }
  }

  private CorpusEvidence evidence() {
    int n = voices.size();
    // Parties: voices whose hop's actor or own source is one entity.
    UnionFind parties = new UnionFind(n);
    GroupTable firstVoiceOf = new GroupTable(2 * n);
    int[][] groupsOfVoice = new int[n][];
    int[] actorOfVoice = new int[n];
    for (int v = 0; v < n; v++) {
      steps++;
      CorpusVoice voice = voices.get(v);
      Hop hop = voice.voice().hop();
      actorOfVoice[v] = actorNumber(voice.dataset(), hop.actor());
      int actor = identities.groupOf(actorOfVoice[v]);
      groupsOfVoice[v] =
          hop.source().isPresent()
              ? new int[] {actor, sourceGroup(voice.dataset(), hop.source().get())}
              : new int[] {actor};
      for (int g : groupsOfVoice[v]) {
        int first = firstVoiceOf.putIfAbsent(g, v);
        if (first >= 0) {
          parties.union(first, v);
        }
      }
    }
    int[] partyOfVoice = new int[n];
    int[] partyOfRoot = new int[n];
    Arrays.fill(partyOfRoot, -1);
    int[] masks = new int[n];
    List<List<CorpusVoice>> partyVoices = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      int root = parties.find(v);
      int p = partyOfRoot[root];
      if (p < 0) {
        p = partyVoices.size();
        partyOfRoot[root] = p;
        partyVoices.add(new ArrayList<>(2));
        masks[p] = 1 << ANY;
      }
      CorpusVoice voice = voices.get(v);
      partyVoices.get(p).add(voice);
      partyOfVoice[v] = p;
      masks[p] |= 1 << category(voice.stance());
    }
    List<CorpusParty> partyList = new ArrayList<>(partyVoices.size());
    for (List<CorpusVoice> members : partyVoices) {
      partyList.add(new CorpusParty(members));
    }
    partyList = Collections.unmodifiableList(partyList);
    PartyIntervals counts =
        intervals(Arrays.copyOf(masks, partyList.size()), firstVoiceOf, partyOfVoice);
    List<IdentityStatement> possiblySame = identities.possiblySame();
    List<List<CorpusParty>> partition = new ArrayList<>();
    for (int[] group : counts.partition()) {
      List<CorpusParty> merged = new ArrayList<>(group.length);
      for (int p : group) {
        merged.add(partyList.get(p));
      }
      partition.add(merged);
    }
    List<EntityRef> unresolved = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (identities.isUnresolved(actorOfVoice[v])) {
        EntityRef actor = voices.get(v).actorRef();
        if (!unresolved.contains(actor)) {
          unresolved.add(actor);
        }
      }
    }
    return new CorpusEvidence(
        cluster,
        List.copyOf(counted),
        List.copyOf(undermining),
        partyList,
        channels(partyList, partyOfVoice, groupsOfVoice, firstVoiceOf),
        count(counts, FOR, possiblySame),
        count(counts, AGAINST, possiblySame),
        count(counts, NEITHER, possiblySame),
        count(counts, ANY, possiblySame),
        partition,
        unresolved,
        relayedOnly());
  }

  private static PartyCount count(
      PartyIntervals counts, int category, List<IdentityStatement> possiblySame) {
    List<IdentityStatement> widening = new ArrayList<>();
    for (int s : counts.widening(category)) {
      widening.add(possiblySame.get(s));
    }
    return new PartyCount(
        counts.min(category),
        counts.max(category),
        counts.exact(category),
        counts.reached(category),
        widening);
  }

  /**
   * The intervals: possibly-same statements between the groups of two parties are edges, distinct
   * statements between them pairs to keep apart.
   */
  private PartyIntervals intervals(int[] masks, GroupTable firstVoiceOf, int[] partyOfVoice) {
    Set<Integer> possibly = null;
    Set<Integer> distinct = null;
    for (int k = 0; k < firstVoiceOf.size(); k++) {
      steps++;
      int g = firstVoiceOf.key(k);
      for (int s : index.possiblySameOf(g)) {
        possibly = possibly == null ? new TreeSet<>() : possibly;
        possibly.add(s);
      }
      for (int s : index.distinctOf(g)) {
        distinct = distinct == null ? new TreeSet<>() : distinct;
        distinct.add(s);
      }
    }
    possibly = possibly == null ? Set.of() : possibly;
    distinct = distinct == null ? Set.of() : distinct;
    List<int[]> edges = new ArrayList<>();
    for (int s : possibly) {
      int[] pair = parties(identities.possiblySame().get(s), firstVoiceOf, partyOfVoice);
      if (pair != null) {
        edges.add(new int[] {pair[0], pair[1], s});
      }
    }
    List<int[]> apart = new ArrayList<>();
    for (int s : distinct) {
      int[] pair = parties(identities.distinct().get(s), firstVoiceOf, partyOfVoice);
      if (pair != null) {
        apart.add(pair);
      }
    }
    PartyIntervals counts = PartyIntervals.of(masks, 4, edges, apart);
    steps += counts.steps();
    return counts;
  }

  /** The category a stance counts under. */
  private static int category(Stance stance) {
    return switch (stance) {
      case FOR -> FOR;
      case AGAINST -> AGAINST;
      case NEITHER -> NEITHER;
    };
  }

  /** The parties of a statement's two entities, or null when one of them has no voice here. */
  private int[] parties(IdentityStatement statement, GroupTable firstVoiceOf, int[] partyOfVoice) {
    int a = firstVoiceOf.get(identities.groupOf(identities.number(statement.first())));
    int b = firstVoiceOf.get(identities.groupOf(identities.number(statement.second())));
    return a < 0 || b < 0 ? null : new int[] {partyOfVoice[a], partyOfVoice[b]};
  }

  /**
   * The channels: chains joined where an entity stands on both, below the outermost hop on one,
   * and chains that carry one party's voices.
   */
  private List<CorpusChannel> channels(
      List<CorpusParty> partyList,
      int[] partyOfVoice,
      int[][] groupsOfVoice,
      GroupTable firstVoiceOf) {
    Map<ChainKey, Integer> chainNumber = new HashMap<>();
    List<CorpusChain> chains = new ArrayList<>();
    int[] chainOfVoice = new int[voices.size()];
    for (int v = 0; v < voices.size(); v++) {
      CorpusVoice voice = voices.get(v);
      TracedChain chain = voice.voice().chain();
      ChainKey key = new ChainKey(voice.dataset(), chain.claim(), chain.index());
      Integer c = chainNumber.get(key);
      if (c == null) {
        c = chains.size();
        chainNumber.put(key, c);
        chains.add(new CorpusChain(voice.dataset(), chain));
      }
      chainOfVoice[v] = c;
    }
    // Every entity on the chains, numbered here from 0 in the order met: its group, the first
    // chain it is on, whether below an outermost hop, and the chain where it joins two.
    int bound = 0;
    for (CorpusChain chain : chains) {
      bound += 2 * chain.chain().chain().hops().size();
    }
    GroupTable entityOfGroup = new GroupTable(bound);
    int[] onEntity = new int[bound];
    int[] onChain = new int[bound];
    int[] onHop = new int[bound];
    int on = 0;
    for (int c = 0; c < chains.size(); c++) {
      CorpusChain chain = chains.get(c);
      List<Hop> hops = chain.chain().chain().hops();
      for (int h = 0; h < hops.size(); h++) {
        steps++;
        Hop hop = hops.get(h);
        onEntity[on] = local(entityOfGroup, actorGroup(chain.dataset(), hop.actor()));
        onChain[on] = c;
        onHop[on++] = h;
        if (hop.source().isPresent()) {
          onEntity[on] = local(entityOfGroup, sourceGroup(chain.dataset(), hop.source().get()));
          onChain[on] = c;
          onHop[on++] = h;
        }
      }
    }
    int entities = entityOfGroup.size();
    int[] meetsAt = new int[entities];
    Arrays.fill(meetsAt, -1);
    UnionFind channels = new UnionFind(chains.size());
    for (int v = 0; v < voices.size(); v++) {
      for (int g : groupsOfVoice[v]) {
        int first = firstVoiceOf.get(g);
        if (chainOfVoice[first] != chainOfVoice[v]) {
          channels.union(chainOfVoice[first], chainOfVoice[v]);
          int e = entityOfGroup.get(g);
          if (meetsAt[e] < 0) {
            meetsAt[e] = chainOfVoice[first];
          }
        }
      }
    }
    int[] firstChain = new int[entities];
    Arrays.fill(firstChain, -1);
    boolean[] deep = new boolean[entities];
    for (int i = 0; i < on; i++) {
      int e = onEntity[i];
      if (firstChain[e] < 0) {
        firstChain[e] = onChain[i];
      }
      deep[e] |= onHop[i] > 0;
    }
    for (int i = 0; i < on; i++) {
      int e = onEntity[i];
      int first = firstChain[e];
      if (deep[e] && first != onChain[i]) {
        channels.union(first, onChain[i]);
        if (meetsAt[e] < 0) {
          meetsAt[e] = first;
        }
      }
    }
    // Channels numbered in the order of their first chain; chain roots index the arrays below.
    int size = chains.size();
    List<List<CorpusChain>> chainsOf = new ArrayList<>();
    int[] channelOfRoot = new int[size];
    Arrays.fill(channelOfRoot, -1);
    for (int c = 0; c < size; c++) {
      int root = channels.find(c);
      if (channelOfRoot[root] < 0) {
        channelOfRoot[root] = chainsOf.size();
        chainsOf.add(new ArrayList<>());
      }
      chainsOf.get(channelOfRoot[root]).add(chains.get(c));
    }
    List<List<CorpusParty>> partiesOf = new ArrayList<>(chainsOf.size());
    List<List<EntityRef>> meetingOf = new ArrayList<>(chainsOf.size());
    for (int k = 0; k < chainsOf.size(); k++) {
      partiesOf.add(null);
      meetingOf.add(null);
    }
    boolean[] placed = new boolean[partyList.size()];
    for (int v = 0; v < voices.size(); v++) {
      if (!placed[partyOfVoice[v]]) {
        placed[partyOfVoice[v]] = true;
        int k = channelOfRoot[channels.find(chainOfVoice[v])];
        if (partiesOf.get(k) == null) {
          partiesOf.set(k, new ArrayList<>());
        }
        partiesOf.get(k).add(partyList.get(partyOfVoice[v]));
      }
    }
    boolean[] named = new boolean[entities];
    for (int i = 0; i < on; i++) {
      int e = onEntity[i];
      if (meetsAt[e] >= 0 && !named[e]) {
        named[e] = true;
        int k = channelOfRoot[channels.find(meetsAt[e])];
        if (meetingOf.get(k) == null) {
          meetingOf.set(k, new ArrayList<>());
        }
        meetingOf.get(k).add(identities.ref(entityOfGroup.key(e)));
      }
    }
    List<CorpusChannel> result = new ArrayList<>(chainsOf.size());
    for (int k = 0; k < chainsOf.size(); k++) {
      List<CorpusParty> parties = partiesOf.get(k);
      List<EntityRef> meeting = meetingOf.get(k);
      result.add(
          new CorpusChannel(
              chainsOf.get(k),
              parties == null ? List.of() : parties,
              meeting == null ? List.of() : meeting));
    }
    return result;
  }

  /** The number of a group among the entities on the chains, given the next when new. */
  private static int local(GroupTable entityOfGroup, int group) {
    int e = entityOfGroup.putIfAbsent(group, entityOfGroup.size());
    return e < 0 ? entityOfGroup.size() - 1 : e;
  }

  /**
   * Notes whether each chain of a claim of the cluster starts from its outermost actor, for
   * {@link #relayedOnly()}.
   */
  private void notePhrasing(DatasetId dataset, Claim claim) {
    boolean relays = onlyRelays.getOrDefault(dataset, true);
    for (Chain chain : claim.attribution()) {
      steps++;
      relays &= !chain.hops().get(0).actor().equals(chain.origin().actor());
    }
    onlyRelays.put(dataset, relays);
  }

  /** The datasets of the cluster none of whose chains on it starts from their outermost actor. */
  private List<DatasetId> relayedOnly() {
    List<DatasetId> result = new ArrayList<>();
    onlyRelays.forEach(
        (dataset, relays) -> {
          if (relays) {
            result.add(dataset);
          }
        });
    return result;
  }
}
