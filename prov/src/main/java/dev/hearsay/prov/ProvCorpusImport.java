package dev.hearsay.prov;

import dev.hearsay.core.corpus.Corpus;
import java.util.List;
import java.util.Objects;

/**
 * What a PROV document of a corpus gave: the corpus, and what of the document it left out.
 *
 * @param corpus the corpus, valid by every rule of the model
 * @param omissions each statement or attribute that has no place in the corpus, with why; empty
 *     for a document that {@link ProvMapping#toProv(Corpus)} wrote
 */
public record ProvCorpusImport(Corpus corpus, List<Omission> omissions) {
  /** Checks that both parts are given, and keeps the omissions unmodifiable. */
  public ProvCorpusImport {
    Objects.requireNonNull(corpus, "corpus");
    omissions = List.copyOf(omissions);
  }

  /**
   * Whether nothing of the document was left out.
   *
   * @return true when there are no omissions
   */
  public boolean complete() {
    return omissions.isEmpty();
  }
}
