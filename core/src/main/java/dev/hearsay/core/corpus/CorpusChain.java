package dev.hearsay.core.corpus;

import dev.hearsay.core.query.TracedChain;
import java.util.Objects;

/**
 * A chain of attribution of one dataset in a corpus.
 *
 * @param dataset the dataset
 * @param chain the chain, traced in its dataset
 */
public record CorpusChain(DatasetId dataset, TracedChain chain) {
  /**
   * Checks that both parts are present.
   *
   * @throws NullPointerException when a part is null
   */
  public CorpusChain {
    Objects.requireNonNull(dataset, "CorpusChain.dataset");
    Objects.requireNonNull(chain, "CorpusChain.chain");
  }

  /**
   * The chain as one line, after its dataset.
   *
   * @return such as {@code kursk: Unnamed outlet <- The New York Times <- Ukrainian officials}
   */
  public String line() {
    return dataset + ": " + chain.line();
  }
}
