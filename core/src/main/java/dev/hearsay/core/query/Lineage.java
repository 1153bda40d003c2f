package dev.hearsay.core.query;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Groups chains that meet below their outermost hop, as {@link Independence} defines. */
final class Lineage {
  private final int[] parent;

  private Lineage(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  static List<Independence.Group> group(
      List<TracedChain> chains, Map<ActorId, Actor> actors, Map<SourceId, Source> sources) {
    // For each actor or source: the chains it is on, and whether it is below the outermost hop
    // of at least one of them.
    Map<Object, Meeting> meetings = new LinkedHashMap<>();
    for (int c = 0; c < chains.size(); c++) {
      List<Hop> hops = chains.get(c).chain().hops();
      for (int h = 0; h < hops.size(); h++) {
        Hop hop = hops.get(h);
        meeting(meetings, hop.actor()).add(c, h > 0);
        if (hop.source().isPresent()) {
          meeting(meetings, hop.source().get()).add(c, h > 0);
        }
      }
    }
    Lineage lineage = new Lineage(chains.size());
    List<Meeting> merging = new ArrayList<>();
    for (Meeting meeting : meetings.values()) {
      if (meeting.deep && meeting.chains.size() > 1) {
        int first = meeting.chains.iterator().next();
        meeting.chains.forEach(c -> lineage.union(first, c));
        merging.add(meeting);
      }
    }
    Map<Integer, List<TracedChain>> members = new LinkedHashMap<>();
    for (int c = 0; c < chains.size(); c++) {
      members.computeIfAbsent(lineage.find(c), k -> new ArrayList<>()).add(chains.get(c));
    }
    Map<Integer, List<Actor>> sharedActors = new LinkedHashMap<>();
    Map<Integer, List<Source>> sharedSources = new LinkedHashMap<>();
    for (Meeting meeting : merging) {
      int root = lineage.find(meeting.chains.iterator().next());
      if (meeting.at instanceof ActorId actor) {
        sharedActors.computeIfAbsent(root, k -> new ArrayList<>()).add(actors.get(actor));
      } else {
        sharedSources.computeIfAbsent(root, k -> new ArrayList<>())
            .add(sources.get((SourceId) meeting.at));
      }
    }
    List<Independence.Group> groups = new ArrayList<>();
    members.forEach((root, group) -> groups.add(new Independence.Group(group,
        sharedActors.getOrDefault(root, List.of()),
        sharedSources.getOrDefault(root, List.of()))));
    return groups;
  }

  private static Meeting meeting(Map<Object, Meeting> meetings, Object at) {
    return meetings.computeIfAbsent(at, Meeting::new);
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      // Keep the lower index as root so that groups come out in the order of their first chain.
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** An actor or source and the chains that pass it. */
  private static final class Meeting {
    final Object at;
    final Set<Integer> chains = new LinkedHashSet<>();
    boolean deep;

    Meeting(Object at) {
      this.at = at;
    }

    void add(int chain, boolean belowOutermost) {
      chains.add(chain);
      deep |= belowOutermost;
    }
  }
}
