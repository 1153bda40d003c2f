package dev.hearsay.core.model;

import java.util.ArrayList;
import java.util.List;

/** Keeps the first violations found, up to a limit, and counts them all. */
final class Tally {
  private final int max;
  private final List<Violation> kept = new ArrayList<>();
  private long total;

  /** A tally that keeps at most {@code max} violations, one or more. */
  Tally(int max) {
    this.max = checkMax(max);
  }

  /** Returns a limit on the violations kept, refusing one below 1. */
  static int checkMax(int max) {
    if (max < 1) {
      throw new IllegalArgumentException(
          "maxViolations: must be at least 1, so that a broken rule is always shown; was " + max);
    }
    return max;
  }

  /** Whether the next violation would be kept; when not, it need only be counted. */
  boolean keepsMore() {
    return kept.size() < max;
  }

  /** Counts a violation, and keeps it while fewer than the limit are kept. */
  void add(Violation violation) {
    total++;
    if (keepsMore()) {
      kept.add(violation);
    }
  }

  /** Counts a violation that is not kept, without the cost of describing it. */
  void count() {
    total++;
  }

  /** Counts and keeps the violations of another outcome, within this tally's limit. */
  void addAll(Violations found) {
    for (Violation violation : found.kept()) {
      add(violation);
    }
    total += found.omitted();
  }

  Violations result() {
    return Violations.of(kept, total);
  }
}
