package dev.hearsay.core.query;

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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Gathers the {@link Evidence} on one claim: its voices, their parties and their channels. */
final class Gathering {
  private final Map<ActorId, Actor> actors;
  private final Map<SourceId, Source> sources;
  private final List<Voice> voices = new ArrayList<>();
  /** The chains that carry a voice, each once, with its position in {@link #chains}. */
  private final Map<TracedChain, Integer> chainIndex = new IdentityHashMap<>();
  private final List<TracedChain> chains = new ArrayList<>();
  /** The voices gathered so far on each chain, to keep a chain named by two relations once. */
  private final Map<TracedChain, List<Voice>> onChain = new IdentityHashMap<>();

  private Gathering(Map<ActorId, Actor> actors, Map<SourceId, Source> sources) {
    this.actors = actors;
    this.sources = sources;
  }

  /**
   * The evidence on {@code claim}, from its own chains and those of the claims its relations
   * name; {@code chainsOf} gives any claim's chains.
   */
  static Evidence gather(Claim claim, List<Relation> relations,
      Function<ClaimId, List<TracedChain>> chainsOf, Map<ActorId, Actor> actors,
      Map<SourceId, Source> sources) {
    Gathering gathering = new Gathering(actors, sources);
    for (TracedChain chain : chainsOf.apply(claim.id())) {
      gathering.add(chain, Optional.empty(), s -> s);
    }
    List<Relation> counted = new ArrayList<>();
    List<Relation> undermining = new ArrayList<>();
    for (Relation relation : relations) {
      ClaimId other = relation.from().equals(claim.id()) ? relation.to() : relation.from();
      Function<Stance, Stance> toward = toward(relation.kind());
      if (relation.kind() == RelationKind.UNDERMINES) {
        undermining.add(relation);
      } else if (toward != null) {
        counted.add(relation);
        for (TracedChain chain : chainsOf.apply(other)) {
          gathering.add(chain, Optional.of(relation), toward);
        }
      }
    }
    List<Party> parties = gathering.parties();
    return new Evidence(claim, counted, undermining, parties, gathering.channels(parties));
  }

  /**
   * How a related claim's stances count for the claim asked about, or null when the kind counts
   * nothing; a result of null for one stance drops voices of that stance.
   */
  private static Function<Stance, Stance> toward(RelationKind kind) {
    return switch (kind) {
      case SUPPORTS -> s -> s == Stance.FOR ? Stance.FOR : null;
      case CONTRADICTS -> s -> s == Stance.FOR ? Stance.AGAINST : null;
      case DUPLICATES -> s -> s;
      default -> null;
    };
  }

  private void add(TracedChain chain, Optional<Relation> relation,
      Function<Stance, Stance> toward) {
    List<Hop> hops = chain.chain().hops();
    for (int h = hops.size() - 1; h >= 0; h--) {
      Stance own = Voices.of(hops, h);
      Stance stance = own == null ? null : toward.apply(own);
      if (stance != null && !gathered(chain, h, stance)) {
        Voice voice = new Voice(chain, h, stance, relation);
        voices.add(voice);
        onChain.computeIfAbsent(chain, c -> new ArrayList<>(1)).add(voice);
        chainIndex.computeIfAbsent(chain, c -> {
          chains.add(c);
          return chains.size() - 1;
        });
      }
    }
  }

  private boolean gathered(TracedChain chain, int hop, Stance stance) {
    for (Voice voice : onChain.getOrDefault(chain, List.of())) {
      if (voice.hopIndex() == hop && voice.stance() == stance) {
        return true;
      }
    }
    return false;
  }

  /** Voices joined where they share their hop's actor or their hop's own source. */
  private List<Party> parties() {
    UnionFind sets = new UnionFind(voices.size());
    Map<Object, Integer> first = new HashMap<>();
    for (int v = 0; v < voices.size(); v++) {
      Hop hop = voices.get(v).hop();
      join(sets, first, hop.actor(), v);
      if (hop.source().isPresent()) {
        join(sets, first, hop.source().get(), v);
      }
    }
    Map<Integer, List<Voice>> members = new LinkedHashMap<>();
    for (int v = 0; v < voices.size(); v++) {
      members.computeIfAbsent(sets.find(v), k -> new ArrayList<>()).add(voices.get(v));
    }
    return members.values().stream().map(Party::new).toList();
  }

  private static void join(UnionFind sets, Map<Object, Integer> first, Object key, int v) {
    Integer earlier = first.putIfAbsent(key, v);
    if (earlier != null) {
      sets.union(earlier, v);
    }
  }

  /** Chains joined where they meet, as {@link Channel} defines. */
  private List<Channel> channels(List<Party> parties) {
    Map<Object, Meeting> meetings = new LinkedHashMap<>();
    for (int c = 0; c < chains.size(); c++) {
      List<Hop> hops = chains.get(c).chain().hops();
      for (int h = 0; h < hops.size(); h++) {
        Hop hop = hops.get(h);
        meetings.computeIfAbsent(hop.actor(), Meeting::new).on(c, h > 0);
        if (hop.source().isPresent()) {
          meetings.computeIfAbsent(hop.source().get(), Meeting::new).on(c, h > 0);
        }
      }
    }
    for (Voice voice : voices) {
      int c = chainIndex.get(voice.chain());
      meetings.get(voice.hop().actor()).voiced.add(c);
      voice.hop().source().ifPresent(s -> meetings.get(s).voiced.add(c));
    }
    UnionFind sets = new UnionFind(chains.size());
    List<Meeting> joining = new ArrayList<>();
    for (Meeting meeting : meetings.values()) {
      Set<Integer> joined = meeting.deep ? meeting.chains : meeting.voiced;
      if (joined.size() > 1) {
        int firstChain = joined.iterator().next();
        joined.forEach(c -> sets.union(firstChain, c));
        joining.add(meeting);
      }
    }
    Map<Integer, List<TracedChain>> members = new LinkedHashMap<>();
    for (int c = 0; c < chains.size(); c++) {
      members.computeIfAbsent(sets.find(c), k -> new ArrayList<>()).add(chains.get(c));
    }
    Map<Integer, List<Party>> partiesOf = new HashMap<>();
    for (Party party : parties) {
      int root = sets.find(chainIndex.get(party.voices().get(0).chain()));
      partiesOf.computeIfAbsent(root, k -> new ArrayList<>()).add(party);
    }
    Map<Integer, Set<Actor>> sharedActors = new HashMap<>();
    Map<Integer, Set<Source>> sharedSources = new HashMap<>();
    for (Meeting meeting : joining) {
      int root = sets.find(meeting.chains.iterator().next());
      if (meeting.at instanceof ActorId actor) {
        sharedActors.computeIfAbsent(root, k -> new LinkedHashSet<>()).add(actors.get(actor));
      } else {
        sharedSources.computeIfAbsent(root, k -> new LinkedHashSet<>())
            .add(sources.get((SourceId) meeting.at));
      }
    }
    List<Channel> channels = new ArrayList<>(members.size());
    members.forEach((root, group) -> channels.add(new Channel(group, partiesOf.get(root),
        List.copyOf(sharedActors.getOrDefault(root, Set.of())),
        List.copyOf(sharedSources.getOrDefault(root, Set.of())))));
    return channels;
  }

  /** An actor or source, the chains it is on, and the chains on which it is a voice's. */
  private static final class Meeting {
    final Object at;
    final Set<Integer> chains = new LinkedHashSet<>();
    final Set<Integer> voiced = new LinkedHashSet<>();
    boolean deep;

    Meeting(Object at) {
      this.at = at;
    }

    void on(int chain, boolean belowOutermost) {
      chains.add(chain);
      deep |= belowOutermost;
    }
  }
}
