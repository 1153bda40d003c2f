package dev.hearsay.core.corpus;

import java.util.ArrayList;
import java.util.List;

/** Keeps the first violations of a corpus, up to a limit, and counts them all. */
final class Tally {
  private final int max;
  private final List<CorpusViolation> kept = new ArrayList<>();
  private long total;

  Tally(int max) {
    this.max = max;
  }

  boolean keepsMore() {
    return kept.size() < max;
  }

  /** Counts a violation, and makes and keeps it while fewer than the limit are kept. */
  void add(java.util.function.Supplier<CorpusViolation> violation) {
    total++;
    if (keepsMore()) {
      kept.add(violation.get());
    }
  }

  boolean isEmpty() {
    return total == 0;
  }

  CorpusValidationException exception() {
    return new CorpusValidationException(kept, total);
  }
}
