package dev.hearsay.core.corpus;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Stance;
import dev.hearsay.core.query.Voice;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Voice} of one dataset in a corpus's evidence: a hop that takes a side on a claim
 * cluster. Its stance is towards the cluster. It comes from a claim of the cluster (with the
 * relation inside the dataset through which it counts, if any, as {@link Voice#relation()}), or
 * from a claim of another dataset through a {@link ClaimLink}.
 *
 * @param dataset the dataset of the voice's chain
 * @param voice the voice, as its dataset's evidence has it, with its stance towards the cluster
 * @param link the link through which the voice counts, when it comes from outside the cluster
 */
public record CorpusVoice(DatasetId dataset, Voice voice, Optional<ClaimLink> link) {
  /**
   * Checks that every part is present.
   *
   * @throws NullPointerException when a part is null
   */
  public CorpusVoice {
    Objects.requireNonNull(dataset, "CorpusVoice.dataset");
    Objects.requireNonNull(voice, "CorpusVoice.voice");
    Objects.requireNonNull(link, "CorpusVoice.link");
  }

  /**
   * Where the voice stands on the cluster.
   *
   * @return the stance
   */
  public Stance stance() {
    return voice.stance();
  }

  /**
   * The actor who speaks.
   *
   * @return the hop's actor
   */
  public Actor actor() {
    return voice.actor();
  }

  /**
   * The actor as an entity of the corpus.
   *
   * @return the ref
   */
  public EntityRef actorRef() {
    return EntityRef.of(dataset, voice.actor().id());
  }

  /**
   * Whether the voice is a claim's own, rather than one counted through a relation or a link.
   *
   * @return true when neither a relation nor a link brought it
   */
  public boolean isOwn() {
    return voice.relation().isEmpty() && link.isEmpty();
  }
}
