package dev.hearsay.core.query;

import dev.hearsay.core.internal.GatheredVoices;
import dev.hearsay.core.internal.IndexVoices;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.SourceId;

/**
 * The query package's side of {@link IndexVoices}: a claim's voices, and where claims, actors and
 * sources are in their dataset's lists, for the corpus.
 */
final class CorpusVoices extends IndexVoices {
  @Override
  protected GatheredVoices voices(ProvenanceIndex index, ClaimId claim) {
    return index.voices(claim);
  }

  @Override
  protected GatheredVoices voicesAt(ProvenanceIndex index, int claim) {
    return index.voicesAt(claim);
  }

  @Override
  protected int claimAt(ProvenanceIndex index, ClaimId claim) {
    return index.claimPosition(claim);
  }

  @Override
  protected int actorAt(ProvenanceIndex index, ActorId actor) {
    return index.actorPosition(actor);
  }

  @Override
  protected int sourceAt(ProvenanceIndex index, SourceId source) {
    return index.sourcePosition(source);
  }
}
