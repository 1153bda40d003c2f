package dev.hearsay.testing;

import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Likelihood;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.Stance;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;

/**
 * Assertions on one hop of a chain; a failure names the hop's path, such as {@code
 * claims[c-trucks].attribution[0][1].actor}. Get one from {@link HearsayAssertions#assertThat(Hop)}
 * or from {@link ChainAssert#hop(int)} and {@link ClaimAssert#hopAt(int, int)}.
 */
public final class HopAssert extends PathAssert<HopAssert, Hop> {
  /**
   * Assertions on a hop that stands alone, whose failures name only the field.
   *
   * @param actual the hop under test
   */
  public HopAssert(Hop actual) {
    this(actual, DiffPath.ROOT);
  }

  HopAssert(Hop actual, DiffPath path) {
    super(actual, HopAssert.class, path);
  }

  /**
   * Checks the actor who says it.
   *
   * @param actor the actor's id
   * @return this
   */
  public HopAssert hasActor(String actor) {
    isNotNull();
    return field("actor", ValueText.of(actor), ValueText.of(actual.actor().value()));
  }

  /**
   * Checks the source it is said in.
   *
   * @param source the source's id
   * @return this
   */
  public HopAssert hasSource(String source) {
    isNotNull();
    return field(
        "source",
        ValueText.of(source),
        ValueText.of(actual.source().map(SourceId::value).orElse(null)));
  }

  /**
   * Checks that it names no source.
   *
   * @return this
   */
  public HopAssert hasNoSource() {
    isNotNull();
    return field(
        "source",
        ValueText.ABSENT,
        ValueText.of(actual.source().map(SourceId::value).orElse(null)));
  }

  /**
   * Checks the words that introduce it, such as "citing".
   *
   * @param cue the words
   * @return this
   */
  public HopAssert hasCue(String cue) {
    isNotNull();
    return field("cue", ValueText.of(cue), ValueText.of(actual.cue().orElse(null)));
  }

  /**
   * Checks how it reports what it heard.
   *
   * @param mode the reporting mode
   * @return this
   */
  public HopAssert hasMode(ReportingMode mode) {
    isNotNull();
    return field("mode", ValueText.of(mode), ValueText.of(actual.mode()));
  }

  /**
   * Checks how firmly the actor holds what it says.
   *
   * @param commitment the commitment
   * @return this
   */
  public HopAssert hasCommitment(Commitment commitment) {
    isNotNull();
    return field("commitment", ValueText.of(commitment), ValueText.of(actual.commitment()));
  }

  /**
   * Checks the stance of its commitment: for, against or neither.
   *
   * @param stance the stance
   * @return this
   */
  public HopAssert hasStance(Stance stance) {
    isNotNull();
    if (actual.commitment().stance() != stance) {
      fail(
          path.field("commitment"),
          "stance " + stance,
          "stance " + actual.commitment().stance() + " (" + actual.commitment() + ")");
    }
    return this;
  }

  /**
   * Checks the likelihood it gives.
   *
   * @param likelihood the likelihood
   * @return this
   */
  public HopAssert hasLikelihood(Likelihood likelihood) {
    isNotNull();
    return field(
        "likelihood", ValueText.of(likelihood), ValueText.of(actual.likelihood().orElse(null)));
  }

  /**
   * Checks when it was said, as an EDTF text.
   *
   * @param edtf the time, such as {@code 2024-10-25} or {@code 2024-10}
   * @return this
   */
  public HopAssert hasTime(String edtf) {
    isNotNull();
    return field(
        "time",
        ValueText.of(ImpreciseTime.parse(edtf).toString()),
        ValueText.of(
            actual.time().map(TimeMention::value).map(ImpreciseTime::toString).orElse(null)));
  }

  /**
   * Checks that the hop is inferred: the text does not name it.
   *
   * @return this
   */
  public HopAssert isInferred() {
    isNotNull();
    return field("inferred", "true", String.valueOf(actual.inferred()));
  }

  /**
   * Checks that the hop is stated in the text, not inferred.
   *
   * @return this
   */
  public HopAssert isNotInferred() {
    isNotNull();
    return field("inferred", "false", String.valueOf(actual.inferred()));
  }

  private HopAssert field(String name, String expected, String was) {
    return check(path.field(name), expected, was);
  }
}
