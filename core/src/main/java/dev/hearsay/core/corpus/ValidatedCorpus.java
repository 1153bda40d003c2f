package dev.hearsay.core.corpus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of building a corpus without an exception: the corpus when it keeps every rule, the
 * violations otherwise (the first ones, up to the builder's limit, and how many there are).
 *
 * <pre>{@code
 * ValidatedCorpus result = builder.tryBuild();
 * if (!result.isValid()) {
 *   result.violations().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class ValidatedCorpus {
  private final Corpus corpus;
  private final List<CorpusViolation> violations;
  private final long total;

  private ValidatedCorpus(Corpus corpus, List<CorpusViolation> violations, long total) {
    this.corpus = corpus;
    this.violations = List.copyOf(violations);
    this.total = total;
  }

  static ValidatedCorpus valid(Corpus corpus) {
    return new ValidatedCorpus(Objects.requireNonNull(corpus), List.of(), 0);
  }

  static ValidatedCorpus invalid(CorpusValidationException e) {
    return new ValidatedCorpus(null, e.violations(), e.total());
  }

  /**
   * Whether the corpus keeps every rule.
   *
   * @return true when there are no violations
   */
  public boolean isValid() {
    return corpus != null;
  }

  /**
   * The corpus, when it is valid.
   *
   * @return the corpus, or empty when there are violations
   */
  public Optional<Corpus> corpus() {
    return Optional.ofNullable(corpus);
  }

  /**
   * The violations kept, empty when the corpus is valid.
   *
   * @return the violations, in the order found
   */
  public List<CorpusViolation> violations() {
    return violations;
  }

  /**
   * How many violations there are in all, those kept included.
   *
   * @return the number, 0 when the corpus is valid
   */
  public long total() {
    return total;
  }

  /**
   * The corpus, or an exception that carries every violation kept.
   *
   * @return the corpus
   * @throws CorpusValidationException when there are violations
   */
  public Corpus orElseThrow() {
    if (corpus == null) {
      throw new CorpusValidationException(violations, total);
    }
    return corpus;
  }

  /**
   * Whether the other is the same outcome: an equal corpus, or equal violations and total.
   *
   * @param o the other object
   * @return true when both outcomes are equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ValidatedCorpus other
        && Objects.equals(corpus, other.corpus)
        && violations.equals(other.violations)
        && total == other.total;
  }

  @Override
  public int hashCode() {
    return Objects.hash(corpus, violations, total);
  }

  @Override
  public String toString() {
    return isValid()
        ? "ValidatedCorpus[valid]"
        : "ValidatedCorpus"
            + violations
            + (total > violations.size() ? " and " + (total - violations.size()) + " more" : "");
  }
}
