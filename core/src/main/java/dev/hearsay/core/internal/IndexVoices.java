package dev.hearsay.core.internal;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.query.ProvenanceIndex;
import java.util.Objects;

/**
 * What a {@link ProvenanceIndex} tells the corpus and offers no user: the {@linkplain
 * GatheredVoices voices} on a claim, without the parties and channels of its evidence, and the
 * positions of claims, actors and sources in the dataset's lists. The query package provides the one
 * implementation when {@code ProvenanceIndex} is loaded.
 */
public abstract class IndexVoices {
  private static volatile IndexVoices provided;

  /** For the query package's implementation alone. */
  protected IndexVoices() {}

  /**
   * Sets the implementation, once.
   *
   * @param implementation the query package's
   * @throws IllegalStateException when one is set already
   */
  public static void provide(IndexVoices implementation) {
    Objects.requireNonNull(implementation, "implementation");
    synchronized (IndexVoices.class) {
      if (provided != null) {
        throw new IllegalStateException("IndexVoices: provided already");
      }
      provided = implementation;
    }
  }

  /**
   * The voices on a claim of an index's dataset, in the order of the parties of {@link
   * ProvenanceIndex#evidence}.
   *
   * @param index the dataset's index
   * @param claim the claim's id
   * @return the voices and the relations through which they count
   * @throws IllegalArgumentException when the dataset has no such claim
   */
  public static GatheredVoices of(ProvenanceIndex index, ClaimId claim) {
    return implementation().voices(Objects.requireNonNull(index, "index"), claim);
  }

  /**
   * The voices on the claim at a position in the list of an index's dataset, as {@link #of} gives
   * them.
   *
   * @param index the dataset's index
   * @param claim the claim's position, from {@link #claimPosition}
   * @return the voices and the relations through which they count
   * @throws IndexOutOfBoundsException when the dataset has no claim at that position
   */
  public static GatheredVoices at(ProvenanceIndex index, int claim) {
    return implementation().voicesAt(Objects.requireNonNull(index, "index"), claim);
  }

  /**
   * The position of a claim in the list of an index's dataset.
   *
   * @param index the dataset's index
   * @param claim the claim's id
   * @return its position, or -1 when the dataset has no such claim
   */
  public static int claimPosition(ProvenanceIndex index, ClaimId claim) {
    return implementation().claimAt(Objects.requireNonNull(index, "index"), claim);
  }

  /**
   * The position of an actor in the list of an index's dataset.
   *
   * @param index the dataset's index
   * @param actor the actor's id
   * @return its position, or -1 when the dataset has no such actor
   */
  public static int actorPosition(ProvenanceIndex index, ActorId actor) {
    return implementation().actorAt(Objects.requireNonNull(index, "index"), actor);
  }

  /**
   * The position of a source in the list of an index's dataset.
   *
   * @param index the dataset's index
   * @param source the source's id
   * @return its position, or -1 when the dataset has no such source
   */
  public static int sourcePosition(ProvenanceIndex index, SourceId source) {
    return implementation().sourceAt(Objects.requireNonNull(index, "index"), source);
  }

  private static IndexVoices implementation() {
    IndexVoices found = provided;
    return found == null ? load() : found;
  }

  /** Loads {@code ProvenanceIndex}, whose loading provides the implementation. */
  private static IndexVoices load() {
    try {
      Class.forName(ProvenanceIndex.class.getName(), true, IndexVoices.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("IndexVoices: " + e.getMessage(), e);
    }
    return Objects.requireNonNull(provided, "IndexVoices: none provided");
  }

  /**
   * The voices on a claim, as {@link #of} states.
   *
   * @param index the dataset's index
   * @param claim the claim's id
   * @return the voices and the relations through which they count
   */
  protected abstract GatheredVoices voices(ProvenanceIndex index, ClaimId claim);

  /**
   * The voices on the claim at a position, as {@link #at} states.
   *
   * @param index the dataset's index
   * @param claim the claim's position
   * @return the voices and the relations through which they count
   */
  protected abstract GatheredVoices voicesAt(ProvenanceIndex index, int claim);

  /**
   * The position of a claim, as {@link #claimPosition} states.
   *
   * @param index the dataset's index
   * @param claim the claim's id
   * @return its position, or -1
   */
  protected abstract int claimAt(ProvenanceIndex index, ClaimId claim);

  /**
   * The position of an actor, as {@link #actorPosition} states.
   *
   * @param index the dataset's index
   * @param actor the actor's id
   * @return its position, or -1
   */
  protected abstract int actorAt(ProvenanceIndex index, ActorId actor);

  /**
   * The position of a source, as {@link #sourcePosition} states.
   *
   * @param index the dataset's index
   * @param source the source's id
   * @return its position, or -1
   */
  protected abstract int sourceAt(ProvenanceIndex index, SourceId source);
}
