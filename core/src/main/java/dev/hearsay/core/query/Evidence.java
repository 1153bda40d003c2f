package dev.hearsay.core.query;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who stands for a claim and who against it, counted two ways: the {@linkplain Party parties}
 * that speak, and the {@linkplain Channel channels} by which what they said reaches the reader.
 * Two groups of officials quoted by one newspaper are two parties and one channel: if the
 * newspaper got it wrong, both fall. Channels never outnumber parties.
 *
 * <p><b>What counts.</b> The claim's own chains, each with the stance of its {@linkplain Voice
 * voices}; for every claim Y with {@code Y supports X}, Y's voices for (Y's voices against Y are
 * not X's concern); for every Y with {@code Y duplicates X} or {@code X duplicates Y}, Y's voices
 * with their own stance; for every Y with {@code Y contradicts X} or {@code X contradicts Y}, Y's
 * voices for, which count against X. A claim that {@linkplain
 * dev.hearsay.core.model.RelationKind#UNDERMINES undermines} X is listed and counted in neither.
 * Relations are not followed further: a claim that supports Y does not, through Y, count for X.
 *
 * <p>A claim that The New York Times relays from Ukrainian and from American officials, and that
 * nothing else bears on, reads {@code parties: 2 for (Ukrainian officials, American officials), 0
 * against; channels: 1 (through The New York Times)}.
 *
 * @param claim the claim asked about
 * @param counted the relations through which other claims' voices count, in the dataset's order
 * @param undermining the relations by which other claims undermine this one, in the dataset's
 *     order
 * @param parties the parties, in the order of their first voice: the claim's own chains first,
 *     then the related claims' in the order of {@code counted}; within a chain, the origin before
 *     the relays, from the innermost out
 * @param channels the channels, in the order of their first chain
 */
public record Evidence(
    Claim claim,
    List<Relation> counted,
    List<Relation> undermining,
    List<Party> parties,
    List<Channel> channels) {
  /**
   * Copies the lists and checks that the counts agree.
   *
   * @throws NullPointerException when a component or an element of a list is null
   * @throws IllegalArgumentException when there is no party or no channel, or more channels than
   *     parties
   */
  public Evidence {
    CheckedCopies.nonNull(claim, "Evidence.claim");
    counted = CheckedCopies.of(counted, "Evidence.counted");
    undermining = CheckedCopies.of(undermining, "Evidence.undermining");
    parties = CheckedCopies.of(parties, "Evidence.parties");
    channels = CheckedCopies.of(channels, "Evidence.channels");
    if (parties.isEmpty() || channels.isEmpty()) {
      throw new IllegalArgumentException(
          "Evidence: a claim has at least one chain, so at least one party and one channel");
    }
    if (channels.size() > parties.size()) {
      throw new IllegalArgumentException(
          "Evidence: "
              + channels.size()
              + " channels for "
              + parties.size()
              + " parties; every channel carries a party of its own");
    }
  }

  /**
   * The parties that take a stance; a party that takes two is in both lists.
   *
   * @param stance the stance
   * @return the parties, in the order of {@link #parties()}
   */
  public List<Party> parties(Stance stance) {
    return parties.stream().filter(p -> p.takes(stance)).toList();
  }

  /**
   * The parties for the claim.
   *
   * @return the parties that take the stance {@link Stance#FOR}
   */
  public List<Party> partiesFor() {
    return parties(Stance.FOR);
  }

  /**
   * The parties against the claim.
   *
   * @return the parties that take the stance {@link Stance#AGAINST}
   */
  public List<Party> partiesAgainst() {
    return parties(Stance.AGAINST);
  }

  /**
   * The parties that speak of the claim without taking a side, such as "could not confirm".
   *
   * @return the parties that take the stance {@link Stance#NEITHER}
   */
  public List<Party> partiesNeither() {
    return parties(Stance.NEITHER);
  }

  /**
   * Both counts in one line, with the parties' names and, for each channel that carries more than
   * one party, where its chains meet: why there are fewer channels than parties.
   *
   * @return such as {@code parties: 2 for (Ukrainian officials, American officials), 0 against;
   *     channels: 1 (through The New York Times)}; the stance "neither" is shown only when some
   *     party takes it
   */
  public String summary() {
    StringBuilder line =
        new StringBuilder("parties: ")
            .append(count(partiesFor(), "for"))
            .append(", ")
            .append(count(partiesAgainst(), "against"));
    List<Party> neither = partiesNeither();
    if (!neither.isEmpty()) {
      line.append(", ").append(count(neither, "neither"));
    }
    line.append("; channels: ").append(channels.size());
    List<String> merged = new ArrayList<>();
    for (Channel channel : channels) {
      if (channel.parties().size() > 1) {
        merged.add("through " + channel.meetingPoint());
      }
    }
    if (!merged.isEmpty()) {
      line.append(channels.size() == 1 ? " (" : " (one ")
          .append(String.join("; one ", merged))
          .append(')');
    }
    return line.toString();
  }

  private static String count(List<Party> parties, String stance) {
    String names = parties.stream().map(Party::name).collect(Collectors.joining(", "));
    return parties.size() + " " + stance + (parties.isEmpty() ? "" : " (" + names + ")");
  }
}
