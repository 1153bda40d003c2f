/**
 * For the tests of applications that use Hearsay: AssertJ assertions on claims, chains, hops,
 * datasets and evidence, with failure messages that name the path of what differs; a dataset diff
 * usable on its own; and a seeded generator of valid random datasets.
 *
 * <p>Start from {@link dev.hearsay.testing.HearsayAssertions}.
 */
module dev.hearsay.testing {
  requires transitive dev.hearsay.core;
  requires transitive org.assertj.core;

  exports dev.hearsay.testing;
  exports dev.hearsay.testing.random;
}
