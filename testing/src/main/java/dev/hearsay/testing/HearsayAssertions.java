package dev.hearsay.testing;

import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Validated;
import dev.hearsay.core.query.Evidence;

/**
 * The entry point of Hearsay's AssertJ assertions, for tests of what an application extracts from
 * texts. Import its {@code assertThat} methods statically, beside AssertJ's own:
 *
 * <pre>{@code
 * import static dev.hearsay.testing.HearsayAssertions.assertThat;
 *
 * assertThat(claim).isAttributedTo("nyt").withStance(Stance.FOR);
 * assertThat(builder.tryBuild()).hasNoViolations();
 * assertThat(extracted).isEqualTo(expected);
 * // claims[c-trucks].attribution[0][1].actor: expected "nyt" but was "wsj"
 * }</pre>
 *
 * <p>Every failure message names the path of what differs, as violations name it.
 */
public final class HearsayAssertions {
  private HearsayAssertions() {}

  /**
   * Assertions on a claim.
   *
   * @param actual the claim under test
   * @return assertions on it
   */
  public static ClaimAssert assertThat(Claim actual) {
    return new ClaimAssert(actual);
  }

  /**
   * Assertions on a chain of attribution.
   *
   * @param actual the chain under test
   * @return assertions on it
   */
  public static ChainAssert assertThat(Chain actual) {
    return new ChainAssert(actual);
  }

  /**
   * Assertions on a hop.
   *
   * @param actual the hop under test
   * @return assertions on it
   */
  public static HopAssert assertThat(Hop actual) {
    return new HopAssert(actual);
  }

  /**
   * Assertions on a dataset.
   *
   * @param actual the dataset under test
   * @return assertions on it
   */
  public static DatasetAssert assertThat(Dataset actual) {
    return new DatasetAssert(actual);
  }

  /**
   * Assertions on the outcome of {@code Dataset.Builder.tryBuild()}.
   *
   * @param actual the outcome under test
   * @return assertions on it
   */
  public static ValidatedAssert assertThat(Validated actual) {
    return new ValidatedAssert(actual);
  }

  /**
   * Assertions on what a dataset builder would build, as {@code tryBuild()} finds it.
   *
   * @param actual the builder under test
   * @return assertions on the outcome of its {@code tryBuild()}
   */
  public static ValidatedAssert assertThat(Dataset.Builder actual) {
    return new ValidatedAssert(actual == null ? null : actual.tryBuild());
  }

  /**
   * Assertions on the evidence for a claim.
   *
   * @param actual the evidence under test
   * @return assertions on it
   */
  public static EvidenceAssert assertThat(Evidence actual) {
    return new EvidenceAssert(actual);
  }
}
