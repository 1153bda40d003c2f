package dev.hearsay.core.model;

/**
 * The steps a check of the rules has taken, counted so that tests can tell how its work grows with
 * the size of what it checks, without timing it.
 */
final class Steps {
  private long taken;

  /** Counts one step. */
  void take() {
    taken++;
  }

  /** Counts steps taken elsewhere. */
  void take(long count) {
    taken += count;
  }

  /** The steps taken so far. */
  long taken() {
    return taken;
  }
}
