package dev.hearsay.benchmarks.tools;

import java.util.Arrays;

/** The median of measured values, which one slow or fast measurement does not move. */
final class Medians {
  private Medians() {}

  /** The middle value, or the mean of the two middle ones; the values are left as they were. */
  static double of(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
