package dev.hearsay.testing;

import java.util.List;

/** The failure message of two values that should be equal: the first difference, then the rest. */
final class DiffMessages {
  private static final int MOST = 20;

  private DiffMessages() {}

  /**
   * The message for the diff of two values of the kind named, such as "datasets".
   */
  static String of(DatasetDiff diff, String kind) {
    List<Difference> differences = diff.differences();
    StringBuilder text =
        new StringBuilder("expected the ")
            .append(kind)
            .append(" to be equal, but they differ at ")
            .append(differences.size())
            .append(differences.size() == 1 ? " place:" : " places, first at:");
    differences.stream().limit(MOST).forEach(d -> text.append("\n  ").append(d));
    if (differences.size() > MOST) {
      text.append("\n  and ").append(differences.size() - MOST).append(" more");
    }
    return text.toString();
  }
}
