package dev.hearsay.core.query;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Stance;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One party to a claim: voices that are one speaker, because they share their hop's actor or
 * their hop's own source. Two groups quoted in one newspaper article are two parties, since the
 * article is the source of the newspaper's hop, not of theirs. A party counts under each stance
 * it takes; one that takes both sides is also a {@linkplain Conflict.Kind#PARTIES_DISAGREE
 * conflict}.
 *
 * @param voices the party's voices, in the order in which the evidence lists them
 */
public record Party(List<Voice> voices) {
  /**
   * Copies the list.
   *
   * @throws NullPointerException when the list or a voice is null
   * @throws IllegalArgumentException when there is no voice
   */
  public Party {
    voices = CheckedCopies.of(voices, "Party.voices");
    if (voices.isEmpty()) {
      throw new IllegalArgumentException("Party.voices: must not be empty");
    }
  }

  /**
   * The actors who speak for the party, each once.
   *
   * @return the actors, in the order of the voices
   */
  public List<Actor> actors() {
    Set<Actor> actors = new LinkedHashSet<>();
    voices.forEach(v -> actors.add(v.actor()));
    return List.copyOf(actors);
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
    for (Voice voice : voices) {
      if (voice.stance() == stance) {
        return true;
      }
    }
    return false;
  }

  /**
   * The party's name: its actors' names joined by {@code " / "}.
   *
   * @return the name, such as {@code Ukrainian officials}
   */
  public String name() {
    return actors().stream().map(Actor::name).collect(Collectors.joining(" / "));
  }
}
