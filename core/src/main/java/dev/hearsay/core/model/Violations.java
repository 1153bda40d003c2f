package dev.hearsay.core.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The violations that a check found: the first of them, up to a limit, and how many there were in
 * all. The limit bounds what is kept, never what is counted, so that a dataset with millions of
 * broken rules is reported in little memory: {@link Dataset#DEFAULT_MAX_VIOLATIONS} unless the
 * check was given another ({@link Dataset.Builder#maxViolations(int)}, {@link
 * StreamChecks#of(Dataset, int)}).
 *
 * <pre>{@code
 * Violations found = checks.claim(claim);
 * found.kept().forEach(System.err::println);
 * if (found.omitted() > 0) {
 *   System.err.println("and " + found.omitted() + " more");
 * }
 * }</pre>
 */
public final class Violations implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Violations NONE = new Violations(List.of(), 0);

  @SuppressWarnings("serial") // List.copyOf returns a serializable list of Violation records
  private final List<Violation> kept;

  private final long total;

  private Violations(List<Violation> kept, long total) {
    this.kept = kept;
    this.total = total;
  }

  /**
   * No violations.
   *
   * @return the empty outcome
   */
  public static Violations none() {
    return NONE;
  }

  /**
   * Violations of which none were left out.
   *
   * @param all every violation found
   * @return the violations, with {@link #total()} their number
   */
  public static Violations of(List<Violation> all) {
    return of(all, all.size());
  }

  /**
   * The first violations found, and how many there were in all.
   *
   * @param kept the violations kept, in the order found
   * @param total how many were found, at least as many as were kept
   * @return the violations
   * @throws IllegalArgumentException when {@code total} is below the number kept
   */
  public static Violations of(List<Violation> kept, long total) {
    if (total < kept.size()) {
      throw new IllegalArgumentException(
          "Violations.total: " + total + " is below the " + kept.size() + " violations kept");
    }
    return total == 0 ? NONE : new Violations(List.copyOf(kept), total);
  }

  /**
   * The violations kept: the first ones found, in the order of the dataset.
   *
   * @return the violations kept, an unmodifiable list
   */
  public List<Violation> kept() {
    return kept;
  }

  /**
   * How many violations were found in all, those kept included.
   *
   * @return the number found
   */
  public long total() {
    return total;
  }

  /**
   * How many violations were found beyond those kept.
   *
   * @return {@code total() - kept().size()}
   */
  public long omitted() {
    return total - kept.size();
  }

  /**
   * Whether nothing was found.
   *
   * @return true when there are no violations
   */
  public boolean isEmpty() {
    return total == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Violations other && total == other.total && kept.equals(other.kept);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kept, total);
  }

  /** Lists the violations kept, and how many more there are when some were left out. */
  @Override
  public String toString() {
    return omitted() == 0 ? kept.toString() : kept + " and " + omitted() + " more";
  }
}
