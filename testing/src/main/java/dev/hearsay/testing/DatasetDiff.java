package dev.hearsay.testing;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import java.util.List;
import java.util.Optional;

/**
 * Where two datasets (or two claims) differ, each place named by its path as violations name it:
 * {@code claims[c-trucks].attribution[0][1].actor: expected "nyt" but was "wsj"}. Actors, places,
 * sources, claims and events are matched by id, whatever their order; other lists, hops and
 * relations among them, by position. The differences come in the order of the JSON form, so the
 * first is the first a reader of the two documents would meet.
 *
 * <p>Usable without AssertJ, to print what a test of an extraction got wrong:
 *
 * <pre>{@code
 * DatasetDiff diff = DatasetDiff.between(expected, extracted);
 * diff.first().ifPresent(System.out::println);
 * }</pre>
 */
public final class DatasetDiff {
  private final List<Difference> differences;

  private DatasetDiff(List<Difference> differences) {
    this.differences = differences;
  }

  /**
   * The differences between two datasets.
   *
   * @param expected the dataset a test expects
   * @param actual the dataset it got
   * @return the differences, none when the datasets are equal
   */
  public static DatasetDiff between(Dataset expected, Dataset actual) {
    DiffWalk walk = new DiffWalk();
    walk.compare(DiffPath.ROOT, expected, actual);
    return new DatasetDiff(walk.found());
  }

  /**
   * The differences between two claims, with paths from the expected claim's place in a dataset
   * ({@code claims[c-trucks]...}).
   *
   * @param expected the claim a test expects
   * @param actual the claim it got
   * @return the differences, none when the claims are equal
   */
  public static DatasetDiff between(Claim expected, Claim actual) {
    DiffWalk walk = new DiffWalk();
    walk.compare(DiffPath.claim(expected.id().value()), expected, actual);
    return new DatasetDiff(walk.found());
  }

  /**
   * Whether the two are equal.
   *
   * @return true when there is no difference
   */
  public boolean isEmpty() {
    return differences.isEmpty();
  }

  /**
   * The first difference in the order of the JSON form.
   *
   * @return the first difference, or empty when the two are equal
   */
  public Optional<Difference> first() {
    return differences.stream().findFirst();
  }

  /**
   * Every difference, in the order of the JSON form.
   *
   * @return the differences, an unmodifiable list
   */
  public List<Difference> differences() {
    return differences;
  }

  /** Lists the differences, one a line, or says that there is none. */
  @Override
  public String toString() {
    if (differences.isEmpty()) {
      return "no difference";
    }
    StringBuilder text = new StringBuilder();
    differences.forEach(d -> text.append(d).append('\n'));
    return text.toString();
  }
}
