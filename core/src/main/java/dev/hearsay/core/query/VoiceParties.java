package dev.hearsay.core.query;

import dev.hearsay.core.internal.UnionFind;
import dev.hearsay.core.model.Hop;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Voices put in the order of their {@linkplain Party parties}, as {@link Evidence} lists them,
 * without making the parties: voices that share their hop's actor or their hop's own source are
 * one party, parties come in the order of their first voice, and each party's voices in their own
 * order.
 */
final class VoiceParties {
  private VoiceParties() {}

  /**
   * The voices party by party.
   *
   * @param voices the voices, in the order in which the evidence gathers them
   * @return the same voices, in the order of the parties flattened
   */
  static List<Voice> inPartyOrder(List<Voice> voices) {
    int n = voices.size();
    if (n < 2) {
      return voices;
    }
    UnionFind parties = new UnionFind(n);
    // The first voice on each actor and each source; ids of the two kinds are never equal.
    Map<Object, Integer> firstVoice = new HashMap<>(4 * n);
    for (int v = 0; v < n; v++) {
      Hop hop = voices.get(v).hop();
      join(firstVoice, hop.actor(), v, parties);
      if (hop.source().isPresent()) {
        join(firstVoice, hop.source().get(), v, parties);
      }
    }
    // A stable sort by party: a party's root is its first voice, so roots come in party order.
    int[] start = new int[n + 1];
    int[] rootOf = new int[n];
    for (int v = 0; v < n; v++) {
      rootOf[v] = parties.find(v);
      start[rootOf[v] + 1]++;
    }
    for (int r = 0; r < n; r++) {
      start[r + 1] += start[r];
    }
    Voice[] ordered = new Voice[n];
    int[] next = Arrays.copyOf(start, n);
    for (int v = 0; v < n; v++) {
      ordered[next[rootOf[v]]++] = voices.get(v);
    }
    return Arrays.asList(ordered);
  }

  private static void join(Map<Object, Integer> firstVoice, Object key, int v, UnionFind parties) {
    Integer first = firstVoice.putIfAbsent(key, v);
    if (first != null) {
      parties.union(first, v);
    }
  }
}
