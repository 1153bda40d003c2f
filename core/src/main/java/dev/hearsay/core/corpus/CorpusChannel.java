package dev.hearsay.core.corpus;

import java.util.List;

/**
 * One route by which a claim cluster reaches the reader across datasets: chains that meet, by the
 * rule of a {@link dev.hearsay.core.query.Channel} in one dataset lifted to groups of entities.
 * Two chains meet where one entity (an actor or a source, as {@link Identities} groups them)
 * stands on both, below the outermost hop on at least one of them; chains that carry voices of
 * one {@link CorpusParty} are one channel too; meeting is transitive. Two reports that each relay
 * Reuters, made one entity across them, are one channel.
 *
 * @param chains the chains, in the evidence's order
 * @param parties the parties whose voices are on these chains
 * @param meetingPoints the entities where chains of the channel meet, each the first member of
 *     its group, in the order the chains name them; empty for a channel of one chain
 */
public record CorpusChannel(
    List<CorpusChain> chains, List<CorpusParty> parties, List<EntityRef> meetingPoints) {
  /**
   * Copies the lists.
   *
   * @throws NullPointerException when a list or an element is null
   * @throws IllegalArgumentException when the channel has no chain or no party
   */
  public CorpusChannel {
    chains = List.copyOf(chains);
    parties = List.copyOf(parties);
    meetingPoints = List.copyOf(meetingPoints);
    if (chains.isEmpty() || parties.isEmpty()) {
      throw new IllegalArgumentException(
          "CorpusChannel: a channel has at least one chain and one party");
    }
  }
}
