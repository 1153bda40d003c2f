package dev.hearsay.core.query;

import dev.hearsay.core.internal.GatheredVoices;
import dev.hearsay.core.internal.IndexVoices;
import dev.hearsay.core.model.ClaimId;

/** The query package's side of {@link IndexVoices}: a claim's voices, for the corpus. */
final class CorpusVoices extends IndexVoices {
  @Override
  protected GatheredVoices voices(ProvenanceIndex index, ClaimId claim) {
    return index.voices(claim);
  }
}
