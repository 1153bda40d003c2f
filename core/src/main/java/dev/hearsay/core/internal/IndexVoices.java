package dev.hearsay.core.internal;

import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.query.ProvenanceIndex;
import java.util.Objects;

/**
 * What a {@link ProvenanceIndex} tells the corpus and offers no user: the {@linkplain
 * GatheredVoices voices} on a claim, without the parties and channels of its evidence. The query
 * package provides the one implementation when {@code ProvenanceIndex} is loaded.
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
    IndexVoices found = provided;
    if (found == null) {
      found = load();
    }
    return found.voices(Objects.requireNonNull(index, "index"), claim);
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
}
