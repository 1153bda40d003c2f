package dev.hearsay.core.corpus;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Stance;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One party to a claim cluster across datasets: voices whose hop actors are one entity, or whose
 * hops' own sources are, by the {@link Identities} of the corpus. The rule of a {@link
 * dev.hearsay.core.query.Party} in one dataset, lifted to groups of entities: "The New York Times"
 * in two reports, made one by a shared identifier, is one party.
 *
 * @param voices the party's voices, in the order the evidence lists them
 */
public record CorpusParty(List<CorpusVoice> voices) {
  /**
   * Copies the list.
   *
   * @throws NullPointerException when the list or a voice is null
   * @throws IllegalArgumentException when there is no voice
   */
  public CorpusParty {
    voices = List.copyOf(voices);
    if (voices.isEmpty()) {
      throw new IllegalArgumentException("CorpusParty.voices: must not be empty");
    }
  }

  /**
   * The actors who speak for the party, each once.
   *
   * @return the actors as entities, in the order of the voices
   */
  public List<EntityRef> actors() {
    Set<EntityRef> actors = new LinkedHashSet<>();
    voices.forEach(v -> actors.add(v.actorRef()));
    return List.copyOf(actors);
  }

  /**
   * The datasets the party's voices come from.
   *
   * @return the datasets, in the order of the voices
   */
  public List<DatasetId> datasets() {
    Set<DatasetId> datasets = new LinkedHashSet<>();
    voices.forEach(v -> datasets.add(v.dataset()));
    return List.copyOf(datasets);
  }

  /**
   * The stances the party takes.
   *
   * @return the stances, in the order {@code FOR}, {@code AGAINST}, {@code NEITHER}
   */
  public Set<Stance> stances() {
    Set<Stance> stances = EnumSet.noneOf(Stance.class);
    voices.forEach(v -> stances.add(v.stance()));
    return Collections.unmodifiableSet(stances);
  }

  /**
   * Whether any voice of the party takes a stance.
   *
   * @param stance the stance
   * @return true when the party counts under it
   */
  public boolean takes(Stance stance) {
    return voices.stream().anyMatch(v -> v.stance() == stance);
  }

  /**
   * The party's name: its actors' distinct names joined by {@code " / "}.
   *
   * @return the name, such as {@code The New York Times}
   */
  public String name() {
    return voices.stream()
        .map(CorpusVoice::actor)
        .map(Actor::name)
        .distinct()
        .collect(Collectors.joining(" / "));
  }
}
