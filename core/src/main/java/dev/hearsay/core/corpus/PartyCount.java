package dev.hearsay.core.corpus;

import java.util.List;
import java.util.Objects;

/**
 * How many parties take a stance on a claim cluster, as an interval, because entities that are
 * {@linkplain Identity#POSSIBLY_SAME possibly the same} may or may not be one party.
 *
 * <ul>
 *   <li>{@link #max()}: every possibly-same pair kept apart. Exact.
 *   <li>{@link #min()}: parties merged along possibly-same statements as far as no pair said
 *       {@linkplain Identity#DISTINCT distinct} ends up in one, each merged group connected by
 *       such statements. Where no distinct pair falls inside a component of possibly-same
 *       statements, the whole component is one party. Otherwise, for a component of at most
 *       {@value CorpusEvidence#EXACT_EDGES} statements between its parties, every subset of them
 *       is tried, and the least is exact. Beyond that the exact least is as hard as graph
 *       colouring: the component counts one (its lower bound with distinct pairs ignored), the
 *       count is not {@link #exact()}, and {@link #reached()} is the count of a partition that
 *       merging greedily reaches, which {@link CorpusEvidence#partition()} lists.
 * </ul>
 *
 * <p>"Parties for: 2 to 3" reads {@code min 2, max 3}: two parties at least, three if the
 * possibly-same statements {@link #widening()} are about different speakers.
 *
 * @param min the least number, or a lower bound when not exact
 * @param max the most number
 * @param exact whether {@code min} is the least number rather than a lower bound
 * @param reached the count of the partition the answer lists: {@code min} when exact, otherwise
 *     a count between {@code min} and {@code max} that some allowed merging reaches
 * @param widening the possibly-same statements that make the interval wide, in the links' order:
 *     those of the components whose count is not one number; empty when {@code min == max}
 */
public record PartyCount(
    int min, int max, boolean exact, int reached, List<IdentityStatement> widening) {
  /**
   * Checks the order of the numbers.
   *
   * @throws IllegalArgumentException unless {@code 0 <= min <= reached <= max}, {@code reached
   *     == min} when exact, and statements widen the interval exactly when it is wide
   * @throws NullPointerException when the list or a statement is null
   */
  public PartyCount {
    widening = List.copyOf(Objects.requireNonNull(widening, "PartyCount.widening"));
    if (min < 0 || min > reached || reached > max || (exact && reached != min)) {
      throw new IllegalArgumentException(
          "PartyCount: needs 0 <= min <= reached <= max, and"
              + " reached == min when exact; was min "
              + min
              + ", reached "
              + reached
              + ", max "
              + max
              + (exact ? ", exact" : ""));
    }
    if (widening.isEmpty() != (min == max)) {
      throw new IllegalArgumentException(
          "PartyCount.widening: statements widen the interval"
              + " exactly when min and max differ");
    }
  }

  /**
   * A count that is one number.
   *
   * @param count the number
   * @return the count {@code [count, count]}, exact
   */
  public static PartyCount of(int count) {
    return new PartyCount(count, count, true, count, List.of());
  }

  /**
   * The interval as text.
   *
   * @return such as {@code 3}, {@code 2-3}, or {@code at least 1, at most 5 (not exact)}
   */
  @Override
  public String toString() {
    if (min == max) {
      return Integer.toString(max);
    }
    return exact
        ? min + "-" + max
        : "at least " + min + ", at most " + max + " (not exact; " + reached + " reached)";
  }
}
