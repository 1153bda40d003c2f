package dev.hearsay.core.corpus;

import dev.hearsay.core.model.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Who stands for a claim cluster and who against it, across the datasets of a corpus, counted as
 * parties and as channels, with what the counts assume in view.
 *
 * <p><b>What counts.</b> For each claim of the cluster, the voices its dataset's {@link
 * dev.hearsay.core.query.ProvenanceIndex#evidence evidence} counts (its own chains, and through
 * {@code supports}, {@code contradicts} and {@code duplicates} relations inside the dataset, as
 * docs/stance.md says); then, through each {@link ClaimLink} between a claim of the cluster and a
 * claim Y outside it, Y's own voices by the same table: {@code Y supports X} counts Y's voices
 * for, {@code contradicts} either way counts them against, {@code undermines} is listed and counts
 * nothing, the other kinds count nothing. Links are followed one step. A voice met twice counts
 * once.
 *
 * <p><b>Parties and channels.</b> Voices are one {@link CorpusParty} when their hops' actors, or
 * their hops' own sources, are one entity by the corpus's {@link Identities}; channels likewise
 * ({@link CorpusChannel}). {@linkplain Identity#POSSIBLY_SAME Possibly-same} entities are kept
 * apart in the parties listed, and make the counts intervals ({@link PartyCount}).
 *
 * <p><b>Assumptions in view.</b> {@link #unresolved()} lists the anonymous actors among the voices
 * that nothing resolves across datasets: counted as parties of their own, which they may not be.
 *
 * @param cluster the cluster asked about
 * @param counted the relations (as links within one dataset) and links through which other
 *     claims' voices count, in the order met
 * @param undermining the relations and links by which other claims undermine the cluster's
 * @param parties the parties, in the order of their first voice
 * @param channels the channels, in the order of their first chain
 * @param partiesFor how many parties take the stance for
 * @param partiesAgainst how many parties take the stance against
 * @param partiesNeither how many parties speak without taking a side
 * @param allParties how many parties there are, whatever their stance
 * @param partition the groups of parties that merging greedily reached, in the components of
 *     possibly-same statements whose least count is not found exactly; empty when every count is
 *     exact
 * @param unresolved the unresolved anonymous actors among the voices, in the order of the voices
 * @param relayedOnly the datasets of the cluster's claims that only relayed others on them: none
 *     of their chains on these claims has an origin that is the outermost hop's own actor
 */
public record CorpusEvidence(
    ClaimCluster cluster,
    List<ClaimLink> counted,
    List<ClaimLink> undermining,
    List<CorpusParty> parties,
    List<CorpusChannel> channels,
    PartyCount partiesFor,
    PartyCount partiesAgainst,
    PartyCount partiesNeither,
    PartyCount allParties,
    List<List<CorpusParty>> partition,
    List<EntityRef> unresolved,
    List<DatasetId> relayedOnly) {
  /** The most possibly-same statements in a component whose least count is found exactly. */
  public static final int EXACT_EDGES = PartyIntervals.EXACT_EDGES;

  /**
   * Copies the lists.
   *
   * @throws NullPointerException when a part or an element is null
   */
  public CorpusEvidence {
    Objects.requireNonNull(cluster, "CorpusEvidence.cluster");
    counted = List.copyOf(counted);
    undermining = List.copyOf(undermining);
    parties = List.copyOf(parties);
    channels = List.copyOf(channels);
    Objects.requireNonNull(partiesFor, "CorpusEvidence.partiesFor");
    Objects.requireNonNull(partiesAgainst, "CorpusEvidence.partiesAgainst");
    Objects.requireNonNull(partiesNeither, "CorpusEvidence.partiesNeither");
    Objects.requireNonNull(allParties, "CorpusEvidence.allParties");
    partition = partition.stream().map(List::copyOf).toList();
    unresolved = List.copyOf(unresolved);
    relayedOnly = List.copyOf(relayedOnly);
  }

  /**
   * The parties that take a stance, possibly-same ones kept apart.
   *
   * @param stance the stance
   * @return the parties, in the order of {@link #parties()}
   */
  public List<CorpusParty> parties(Stance stance) {
    return parties.stream().filter(p -> p.takes(stance)).toList();
  }

  /**
   * The count of the parties that take a stance.
   *
   * @param stance the stance
   * @return the interval
   */
  public PartyCount count(Stance stance) {
    return switch (stance) {
      case FOR -> partiesFor;
      case AGAINST -> partiesAgainst;
      case NEITHER -> partiesNeither;
    };
  }

  /**
   * Both counts in one line, and what they assume.
   *
   * @return such as {@code parties: 2-3 for (The New York Times, Reuters, Two U.S. officials), 0
   *     against; channels: 2; possibly the same: kyiv/actor/us-officials and
   *     reuters/actor/two-us-officials; unresolved: kursk/actor/american-officials}
   */
  public String summary() {
    StringBuilder line =
        new StringBuilder("parties: ")
            .append(count(partiesFor, parties(Stance.FOR), "for"))
            .append(", ")
            .append(count(partiesAgainst, parties(Stance.AGAINST), "against"));
    if (partiesNeither.max() > 0) {
      line.append(", ").append(count(partiesNeither, parties(Stance.NEITHER), "neither"));
    }
    line.append("; channels: ").append(channels.size());
    List<IdentityStatement> widening = new ArrayList<>(allParties.widening());
    if (!widening.isEmpty()) {
      line.append("; possibly the same: ")
          .append(
              widening.stream()
                  .map(s -> s.first() + " and " + s.second())
                  .collect(Collectors.joining("; ")));
    }
    if (!unresolved.isEmpty()) {
      line.append("; unresolved: ")
          .append(unresolved.stream().map(EntityRef::toString).collect(Collectors.joining(", ")));
    }
    if (!relayedOnly.isEmpty()) {
      line.append("; only relayed: ")
          .append(relayedOnly.stream().map(DatasetId::toString).collect(Collectors.joining(", ")));
    }
    return line.toString();
  }

  private static String count(PartyCount count, List<CorpusParty> parties, String stance) {
    String names = parties.stream().map(CorpusParty::name).collect(Collectors.joining(", "));
    return count + " " + stance + (parties.isEmpty() ? "" : " (" + names + ")");
  }
}
