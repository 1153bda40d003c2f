package dev.hearsay.core.query;

import dev.hearsay.core.internal.GatheredVoices;
import dev.hearsay.core.internal.UnionFind;
import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.Stance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Gathers the {@link Evidence} on one claim: its voices, their parties and their channels. Each
 * actor and source met is one {@link Point}, in the order in which the chains first name it, and
 * joins voices into parties and chains into channels; both are union-find forests over indexes.
 * For a corpus, which forms parties and channels of its own, the voices alone come in the
 * parties' order ({@link #voices}).
 */
final class Gathering {
  private final Map<ActorId, Actor> actors;
  private final Map<SourceId, Source> sources;
  private final List<Voice> voices = new ArrayList<>();

  /** The position in {@link #chains} of each voice's chain. */
  private int[] chainOfVoice = new int[4];

  private final List<TracedChain> chains = new ArrayList<>();
  private final Map<Object, Point> points = new LinkedHashMap<>();

  /** The relations through which other claims' voices count, and those that undermine. */
  private final List<Relation> counted;

  private final List<Relation> undermining;

  /**
   * Gathers the voices on {@code claim}, from its own chains and those of the claims its
   * relations name; {@code chainsOf} gives any claim's chains.
   */
  private Gathering(
      Claim claim,
      List<Relation> relations,
      Function<ClaimId, List<TracedChain>> chainsOf,
      Map<ActorId, Actor> actors,
      Map<SourceId, Source> sources) {
    this.actors = actors;
    this.sources = sources;
    this.counted = new ArrayList<>(relations.size());
    this.undermining = new ArrayList<>(0);
    for (TracedChain chain : chainsOf.apply(claim.id())) {
      add(chain, Optional.empty(), UnaryOperator.identity(), false);
    }
    List<ClaimId> related = new ArrayList<>(relations.size());
    for (Relation relation : relations) {
      ClaimId other = relation.from().equals(claim.id()) ? relation.to() : relation.from();
      UnaryOperator<Stance> toward = toward(relation.kind());
      if (relation.kind() == RelationKind.UNDERMINES) {
        undermining.add(relation);
      } else if (toward != null) {
        counted.add(relation);
        boolean again = related.contains(other);
        related.add(other);
        Optional<Relation> through = Optional.of(relation);
        for (TracedChain chain : chainsOf.apply(other)) {
          add(chain, through, toward, again);
        }
      }
    }
  }

  /**
   * The evidence on {@code claim}, from its own chains and those of the claims its relations
   * name; {@code chainsOf} gives any claim's chains.
   */
  static Evidence gather(
      Claim claim,
      List<Relation> relations,
      Function<ClaimId, List<TracedChain>> chainsOf,
      Map<ActorId, Actor> actors,
      Map<SourceId, Source> sources) {
    return new Gathering(claim, relations, chainsOf, actors, sources).evidence(claim);
  }

  /**
   * The voices that {@link #gather} finds on {@code claim}, in the order of its evidence's
   * parties (each party's voices in their own order), with no party or channel made.
   */
  static GatheredVoices voices(
      Claim claim, List<Relation> relations, Function<ClaimId, List<TracedChain>> chainsOf) {
    Gathering gathering = new Gathering(claim, relations, chainsOf, Map.of(), Map.of());
    return new GatheredVoices(
        claim,
        gathering.counted,
        gathering.undermining,
        VoiceParties.inPartyOrder(gathering.voices));
  }

  /**
   * How a related claim's stances count for the claim asked about, or null when the kind counts
   * nothing; a stance mapped to null is dropped.
   */
  private static UnaryOperator<Stance> toward(RelationKind kind) {
    return switch (kind) {
      case SUPPORTS -> s -> s == Stance.FOR ? Stance.FOR : null;
      case CONTRADICTS -> s -> s == Stance.FOR ? Stance.AGAINST : null;
      case DUPLICATES -> UnaryOperator.identity();
      default -> null;
    };
  }

  /**
   * Adds a chain's voices; {@code again} when the chain's claim was gathered before, so that the
   * chain and its voices may be there already.
   */
  private void add(
      TracedChain chain, Optional<Relation> relation, UnaryOperator<Stance> toward, boolean again) {
    int c = again ? indexOf(chain) : -1;
    List<Hop> hops = chain.chain().hops();
    for (int h = hops.size() - 1; h >= 0; h--) {
      Stance own = Voices.of(hops, h);
      Stance stance = own == null ? null : toward.apply(own);
      if (stance == null || (c >= 0 && hasVoice(c, h, stance))) {
        continue;
      }
      if (c < 0) {
        chains.add(chain);
        c = chains.size() - 1;
      }
      if (voices.size() == chainOfVoice.length) {
        chainOfVoice = Arrays.copyOf(chainOfVoice, voices.size() * 2);
      }
      chainOfVoice[voices.size()] = c;
      voices.add(new Voice(chain, h, stance, relation));
    }
  }

  private int indexOf(TracedChain chain) {
    for (int c = 0; c < chains.size(); c++) {
      if (chains.get(c) == chain) {
        return c;
      }
    }
    return -1;
  }

  private boolean hasVoice(int chain, int hop, Stance stance) {
    for (int v = 0; v < voices.size(); v++) {
      Voice voice = voices.get(v);
      if (chainOfVoice[v] == chain && voice.hopIndex() == hop && voice.stance() == stance) {
        return true;
      }
    }
    return false;
  }

  private Evidence evidence(Claim claim) {
    // Where each actor and source stands: on which chain first, and whether below the outermost.
    for (int c = 0; c < chains.size(); c++) {
      List<Hop> hops = chains.get(c).chain().hops();
      for (int h = 0; h < hops.size(); h++) {
        Hop hop = hops.get(h);
        point(hop.actor()).on(c, h > 0);
        if (hop.source().isPresent()) {
          point(hop.source().get()).on(c, h > 0);
        }
      }
    }
    UnionFind parties = new UnionFind(voices.size());
    UnionFind channels = new UnionFind(chains.size());
    for (int v = 0; v < voices.size(); v++) {
      Hop hop = voices.get(v).hop();
      points.get(hop.actor()).voice(v, chainOfVoice[v], parties, channels);
      if (hop.source().isPresent()) {
        points.get(hop.source().get()).voice(v, chainOfVoice[v], parties, channels);
      }
    }
    for (int c = 0; c < chains.size(); c++) {
      for (Hop hop : chains.get(c).chain().hops()) {
        points.get(hop.actor()).meet(c, channels);
        if (hop.source().isPresent()) {
          points.get(hop.source().get()).meet(c, channels);
        }
      }
    }
    List<Party> partyList = parties(parties);
    return new Evidence(claim, counted, undermining, partyList, channels(channels, partyList));
  }

  private Point point(Object key) {
    Point point = points.get(key);
    if (point == null) {
      point = new Point(key);
      points.put(key, point);
    }
    return point;
  }

  /** The parties, each the voices of one set, in the order of their first voice. */
  private List<Party> parties(UnionFind sets) {
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<Voice>[] members = new List[voices.size()];
    for (int v = 0; v < voices.size(); v++) {
      int root = sets.find(v);
      if (members[root] == null) {
        members[root] = new ArrayList<>(2);
      }
      members[root].add(voices.get(v));
    }
    List<Party> parties = new ArrayList<>();
    for (List<Voice> party : members) {
      if (party != null) {
        parties.add(new Party(party));
      }
    }
    return parties;
  }

  /** The channels, each the chains of one set, in the order of their first chain. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private List<Channel> channels(UnionFind sets, List<Party> parties) {
    int size = chains.size();
    List<TracedChain>[] members = new List[size];
    List<Party>[] partiesOf = new List[size];
    List<Actor>[] sharedActors = new List[size];
    List<Source>[] sharedSources = new List[size];
    for (int c = 0; c < size; c++) {
      int root = sets.find(c);
      if (members[root] == null) {
        members[root] = new ArrayList<>(2);
      }
      members[root].add(chains.get(c));
    }
    for (Party party : parties) {
      int root = sets.find(indexOf(party.voices().get(0).chain()));
      if (partiesOf[root] == null) {
        partiesOf[root] = new ArrayList<>(2);
      }
      partiesOf[root].add(party);
    }
    for (Point point : points.values()) {
      if (point.joining >= 0) {
        int root = sets.find(point.joining);
        if (point.key instanceof ActorId actor) {
          sharedActors[root] = append(sharedActors[root], actors.get(actor));
        } else {
          sharedSources[root] = append(sharedSources[root], sources.get((SourceId) point.key));
        }
      }
    }
    List<Channel> channels = new ArrayList<>();
    for (int c = 0; c < size; c++) {
      if (members[c] != null) {
        channels.add(
            new Channel(
                members[c],
                partiesOf[c],
                sharedActors[c] == null ? List.of() : sharedActors[c],
                sharedSources[c] == null ? List.of() : sharedSources[c]));
      }
    }
    return channels;
  }

  private static <T> List<T> append(List<T> list, T value) {
    List<T> to = list == null ? new ArrayList<>(1) : list;
    if (!to.contains(value)) {
      to.add(value);
    }
    return to;
  }

  /**
   * An actor or a source among the gathered chains: the first chain it is on, whether it is
   * below the outermost hop of any, its first voice and that voice's chain, and a chain of the
   * channel it joins when it joins two or more chains.
   */
  private static final class Point {
    final Object key;
    int firstChain = -1;
    boolean deep;
    int firstVoice = -1;
    int firstVoicedChain = -1;
    int joining = -1;

    Point(Object key) {
      this.key = key;
    }

    void on(int chain, boolean belowOutermost) {
      if (firstChain < 0) {
        firstChain = chain;
      }
      deep |= belowOutermost;
    }

    /** Joins the voice to the party of the first voice here, and its chain to that voice's. */
    void voice(int voice, int chain, UnionFind parties, UnionFind channels) {
      if (firstVoice < 0) {
        firstVoice = voice;
        firstVoicedChain = chain;
        return;
      }
      parties.union(firstVoice, voice);
      if (!deep && chain != firstVoicedChain) {
        channels.union(firstVoicedChain, chain);
        joining = firstVoicedChain;
      }
    }

    /** Joins a chain to the first chain here, when this stands below an outermost hop. */
    void meet(int chain, UnionFind channels) {
      if (deep && chain != firstChain) {
        channels.union(firstChain, chain);
        joining = firstChain;
      }
    }
  }
}
