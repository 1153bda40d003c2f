package dev.hearsay.testing;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The hops of a claim by one actor, narrowed step by step: {@code assertThat(claim)
 * .isAttributedTo("nyt").withStance(Stance.FOR).inSource("nyt-report")} passes when at least one
 * hop by the actor meets every condition. A failure names the claim and lists the actor's hops,
 * each by its path. Get one from {@link ClaimAssert#isAttributedTo(String)}.
 */
public final class AttributionAssert extends PathAssert<AttributionAssert, Claim> {
  /** A hop of the claim and where it is: its chain and its position in the chain. */
  private record Position(int chain, int hop, Hop value) {}

  private final String actor;
  private final List<Position> byActor;
  private final List<Position> matching;
  private final String conditions;

  AttributionAssert(Claim actual, DiffPath path, String actor) {
    this(actual, path, actor, hopsBy(actual, actor), "");
  }

  private AttributionAssert(
      Claim actual, DiffPath path, String actor, List<Position> matching, String conditions) {
    super(actual, AttributionAssert.class, path);
    this.actor = actor;
    this.byActor = hopsBy(actual, actor);
    this.matching = matching;
    this.conditions = conditions;
  }

  /**
   * Keeps the hops whose commitment takes the stance.
   *
   * @param stance for, against or neither
   * @return assertions on the hops that remain
   */
  public AttributionAssert withStance(Stance stance) {
    return narrow("with stance " + stance, h -> h.commitment().stance() == stance);
  }

  /**
   * Keeps the hops with the commitment.
   *
   * @param commitment how firmly the actor holds the claim
   * @return assertions on the hops that remain
   */
  public AttributionAssert withCommitment(Commitment commitment) {
    return narrow("with commitment " + commitment, h -> h.commitment() == commitment);
  }

  /**
   * Keeps the hops with the reporting mode.
   *
   * @param mode how the actor reports what it heard
   * @return assertions on the hops that remain
   */
  public AttributionAssert withMode(ReportingMode mode) {
    return narrow("with mode " + mode, h -> h.mode() == mode);
  }

  /**
   * Keeps the hops with the cue.
   *
   * @param cue the words that introduce the hop, such as "citing"
   * @return assertions on the hops that remain
   */
  public AttributionAssert withCue(String cue) {
    return narrow("with cue " + ValueText.of(cue), h -> h.cue().equals(Optional.of(cue)));
  }

  /**
   * Keeps the hops said in the source.
   *
   * @param source the source's id
   * @return assertions on the hops that remain
   */
  public AttributionAssert inSource(String source) {
    return narrow(
        "in source " + ValueText.of(source),
        h -> h.source().equals(Optional.of(SourceId.of(source))));
  }

  /**
   * Keeps the hops at the origin of their chain: the actor is where the claim comes from.
   *
   * @return assertions on the hops that remain
   */
  public AttributionAssert asOrigin() {
    isNotNull();
    return narrowPositions(
        "as the origin",
        position -> position.hop() == actual.attribution().get(position.chain()).hops().size() - 1);
  }

  /**
   * Keeps the hops that relay the claim from another actor: not at the origin of their chain.
   *
   * @return assertions on the hops that remain
   */
  public AttributionAssert asRelay() {
    isNotNull();
    return narrowPositions(
        "as a relay",
        position -> position.hop() < actual.attribution().get(position.chain()).hops().size() - 1);
  }

  /**
   * Goes back to the assertions on the claim.
   *
   * @return assertions on the same claim
   */
  public ClaimAssert returnToClaim() {
    return new ClaimAssert(actual, path);
  }

  private AttributionAssert narrow(String condition, Predicate<Hop> test) {
    return narrowPositions(condition, position -> test.test(position.value()));
  }

  private AttributionAssert narrowPositions(String condition, Predicate<Position> test) {
    isNotNull();
    List<Position> left = matching.stream().filter(test).toList();
    String all = conditions + " " + condition;
    if (left.isEmpty()) {
      failWithMessage(
          "%sexpected a hop by %s%s, but %s",
          path.prefix(), ValueText.of(actor), all, describe(byActor));
    }
    return new AttributionAssert(actual, path, actor, left, all);
  }

  private String describe(List<Position> positions) {
    return positions.stream()
        .map(
            p ->
                path.field("attribution").at(p.chain()).at(p.hop())
                    + " is "
                    + p.value().mode()
                    + ", "
                    + p.value().commitment()
                    + " ("
                    + p.value().commitment().stance()
                    + ")"
                    + p.value()
                        .source()
                        .map(s -> ", in source " + ValueText.of(s.value()))
                        .orElse("")
                    + p.value().cue().map(c -> ", cue " + ValueText.of(c)).orElse(""))
        .collect(Collectors.joining("; ", "its hops by " + ValueText.of(actor) + ": ", ""));
  }

  static boolean isAttributedTo(Claim claim, String actor) {
    return !hopsBy(claim, actor).isEmpty();
  }

  private static List<Position> hopsBy(Claim claim, String actor) {
    List<Position> positions = new ArrayList<>();
    for (int c = 0; c < claim.attribution().size(); c++) {
      List<Hop> hops = claim.attribution().get(c).hops();
      for (int h = 0; h < hops.size(); h++) {
        if (hops.get(h).actor().value().equals(actor)) {
          positions.add(new Position(c, h, hops.get(h)));
        }
      }
    }
    return positions;
  }
}
