package dev.hearsay.examples.render;

import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Stance;
import java.util.Locale;

/** Claims of a corpus in words: a claim's proposition, a stance as the answers write it. */
public final class ClaimWords {
  private ClaimWords() {}

  /** The claim's proposition, as its dataset words it; empty when the corpus has no such claim. */
  public static String proposition(Corpus corpus, ClaimRef ref) {
    return corpus
        .dataset(ref.dataset())
        .flatMap(d -> d.claim(ref.claim()))
        .map(Claim::proposition)
        .orElse("");
  }

  /** A stance as the text and JSON answers write it: {@code for}, {@code against}. */
  public static String stance(Stance stance) {
    return stance.name().toLowerCase(Locale.ROOT);
  }
}
