package dev.hearsay.testing;

import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Stance;
import java.util.Arrays;
import java.util.List;

/**
 * Assertions on one chain of attribution, from its reporter (hop 0) to its origin (the last hop);
 * a failure names the chain's path, such as {@code claims[c-trucks].attribution[0]}. Get one from
 * {@link HearsayAssertions#assertThat(Chain)} or {@link ClaimAssert#chain(int)}.
 */
public final class ChainAssert extends PathAssert<ChainAssert, Chain> {
  /**
   * Assertions on a chain that stands alone, whose failures name hops by position only.
   *
   * @param actual the chain under test
   */
  public ChainAssert(Chain actual) {
    this(actual, DiffPath.ROOT);
  }

  ChainAssert(Chain actual, DiffPath path) {
    super(actual, ChainAssert.class, path);
  }

  /**
   * Checks how many hops the chain has.
   *
   * @param count the number of hops
   * @return this
   */
  public ChainAssert hasHopCount(int count) {
    isNotNull();
    if (actual.hops().size() != count) {
      fail(path, count + " hops", actual.hops().size() + " " + actors(actual));
    }
    return this;
  }

  /**
   * Checks the actors of the hops, from the reporter to the origin.
   *
   * @param actors the actors' ids, in the chain's order
   * @return this
   */
  public ChainAssert hasActors(String... actors) {
    isNotNull();
    List<String> expected = Arrays.asList(actors);
    if (!actors(actual).equals(expected)) {
      fail(path, "the hops of " + expected, actors(actual).toString());
    }
    return this;
  }

  /**
   * Checks who the claim comes from: the actor of the last hop.
   *
   * @param actor the actor's id
   * @return this
   */
  public ChainAssert hasOrigin(String actor) {
    isNotNull();
    hop(actual.hops().size() - 1).hasActor(actor);
    return this;
  }

  /**
   * Checks who reports the claim: the actor of the first hop.
   *
   * @param actor the actor's id
   * @return this
   */
  public ChainAssert hasReporter(String actor) {
    isNotNull();
    hop(0).hasActor(actor);
    return this;
  }

  /**
   * Checks where the origin stands on the claim.
   *
   * @param stance the stance of the last hop's commitment
   * @return this
   */
  public ChainAssert hasStance(Stance stance) {
    isNotNull();
    hop(actual.hops().size() - 1).hasStance(stance);
    return this;
  }

  /**
   * Assertions on one hop.
   *
   * @param index the hop's position, from 0 for the reporter
   * @return assertions whose failures name the hop's path
   */
  public HopAssert hop(int index) {
    isNotNull();
    if (index < 0 || index >= actual.hops().size()) {
      fail(
          path.at(index),
          "a hop",
          "absent: the chain has " + actual.hops().size() + " " + actors(actual));
    }
    return new HopAssert(actual.hops().get(index), path.at(index));
  }

  static List<String> actors(Chain chain) {
    return chain.hops().stream().map(Hop::actor).map(a -> a.value()).toList();
  }
}
