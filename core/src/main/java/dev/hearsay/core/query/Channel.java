package dev.hearsay.core.query;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Source;
import java.util.List;

/**
 * One route by which a claim reaches the reader: chains that meet, so that one error where they
 * meet would reach the reader by all of them. Two chains meet where an actor or a source stands on
 * both, below the outermost hop on at least one of them; chains that carry voices of one {@link
 * Party} are one channel too. Meeting is transitive. The outermost hop is the document the reader
 * holds, so two claims relayed by one report do not meet for that alone.
 *
 * <p>{@code report <- NYT <- Ukrainian officials} and {@code report <- NYT <- American officials}
 * are one channel, through The New York Times, and two parties.
 *
 * @param chains the chains, in the order in which the evidence lists them
 * @param parties the parties whose voices are on these chains, in the evidence's order
 * @param sharedActors the actors at which chains of the channel meet, in the order in which the
 *     chains first name them; empty for a channel of one chain
 * @param sharedSources the sources at which chains of the channel meet, in the same order
 */
public record Channel(
    List<TracedChain> chains,
    List<Party> parties,
    List<Actor> sharedActors,
    List<Source> sharedSources) {
  /**
   * Copies the lists.
   *
   * @throws NullPointerException when a list or one of its elements is null
   * @throws IllegalArgumentException when the channel has no chain or no party
   */
  public Channel {
    chains = CheckedCopies.of(chains, "Channel.chains");
    parties = CheckedCopies.of(parties, "Channel.parties");
    sharedActors = CheckedCopies.of(sharedActors, "Channel.sharedActors");
    sharedSources = CheckedCopies.of(sharedSources, "Channel.sharedSources");
    if (chains.isEmpty()) {
      throw new IllegalArgumentException("Channel.chains: must not be empty");
    }
    if (parties.isEmpty()) {
      throw new IllegalArgumentException("Channel.parties: must not be empty");
    }
  }

  /**
   * Where the channel's chains meet, as words: the shared actors' names, or, when only sources
   * are shared, the sources' titles (their ids where they have none).
   *
   * @return such as {@code The New York Times}; empty for a channel of one chain
   */
  public String meetingPoint() {
    if (!sharedActors.isEmpty()) {
      return String.join(", ", sharedActors.stream().map(Actor::name).toList());
    }
    return String.join(
        ", ", sharedSources.stream().map(s -> s.title().orElse(s.id().value())).toList());
  }
}
