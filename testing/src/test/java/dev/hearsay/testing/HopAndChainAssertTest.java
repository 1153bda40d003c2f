package dev.hearsay.testing;

import static dev.hearsay.testing.HearsayAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Likelihood;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Stance;
import dev.hearsay.core.model.TimeMention;
import org.junit.jupiter.api.Test;

class HopAndChainAssertTest {
  private static final Hop NYT = Reports.NYT_RELAYS;
  private static final Chain CHAIN = Chain.of(Reports.REPORT, NYT, Reports.OFFICIALS_SAY);

  @Test
  void aHopPassesOnWhatItHolds() {
    Hop timed =
        NYT.withTime(TimeMention.of("2024-10-25"))
            .withLikelihood(Likelihood.LIKELY)
            .withInferred(true);

    assertThat(NYT)
        .hasActor("nyt")
        .hasSource("nyt-report")
        .hasCue("reports")
        .hasMode(ReportingMode.PARAPHRASE)
        .hasCommitment(Commitment.PROBABLE)
        .hasStance(Stance.FOR)
        .isNotInferred();
    assertThat(timed).hasTime("2024-10-25").hasLikelihood(Likelihood.LIKELY).isInferred();
    assertThat(Reports.REPORT).hasNoSource();
  }

  @Test
  void aHopThatStandsAloneNamesTheField() {
    assertThatThrownBy(() -> assertThat(NYT).hasActor("wsj"))
        .hasMessage("actor: expected \"wsj\" but was \"nyt\"");
    assertThatThrownBy(() -> assertThat(NYT).hasSource("wsj-report"))
        .hasMessage("source: expected \"wsj-report\" but was \"nyt-report\"");
    assertThatThrownBy(() -> assertThat(NYT).hasNoSource())
        .hasMessage("source: expected absent but was \"nyt-report\"");
    assertThatThrownBy(() -> assertThat(NYT).hasCue("citing"))
        .hasMessage("cue: expected \"citing\" but was \"reports\"");
    assertThatThrownBy(() -> assertThat(NYT).hasMode(ReportingMode.DIRECT_QUOTE))
        .hasMessage("mode: expected DIRECT_QUOTE but was PARAPHRASE");
    assertThatThrownBy(() -> assertThat(NYT).hasCommitment(Commitment.CERTAIN))
        .hasMessage("commitment: expected CERTAIN but was PROBABLE");
    assertThatThrownBy(() -> assertThat(NYT).hasStance(Stance.AGAINST))
        .hasMessage("commitment: expected stance AGAINST but was stance FOR (PROBABLE)");
    assertThatThrownBy(() -> assertThat(NYT).hasLikelihood(Likelihood.LIKELY))
        .hasMessage("likelihood: expected LIKELY but was absent");
    assertThatThrownBy(() -> assertThat(NYT).hasTime("2024-10"))
        .hasMessage("time: expected \"2024-10\" but was absent");
    assertThatThrownBy(() -> assertThat(NYT).isInferred())
        .hasMessage("inferred: expected true but was false");
    assertThatThrownBy(() -> assertThat(NYT.withInferred(true)).isNotInferred())
        .hasMessage("inferred: expected false but was true");
  }

  @Test
  void aChainPassesOnItsHops() {
    assertThat(CHAIN)
        .hasHopCount(3)
        .hasActors("report-outlet", "nyt", "ukrainian-officials")
        .hasReporter("report-outlet")
        .hasOrigin("ukrainian-officials")
        .hasStance(Stance.FOR);
    assertThat(CHAIN).hop(1).hasActor("nyt");
  }

  @Test
  void aChainNamesTheHop() {
    assertThatThrownBy(() -> assertThat(CHAIN).hasHopCount(2))
        .hasMessage("expected 2 hops but was 3 [report-outlet, nyt, ukrainian-officials]");
    assertThatThrownBy(() -> assertThat(CHAIN).hasActors("report-outlet", "nyt"))
        .hasMessage(
            "expected the hops of [report-outlet, nyt] but was"
                + " [report-outlet, nyt, ukrainian-officials]");
    assertThatThrownBy(() -> assertThat(CHAIN).hasOrigin("nyt"))
        .hasMessage("[2].actor: expected \"nyt\" but was \"ukrainian-officials\"");
    assertThatThrownBy(() -> assertThat(CHAIN).hasReporter("nyt"))
        .hasMessage("[0].actor: expected \"nyt\" but was \"report-outlet\"");
    assertThatThrownBy(() -> assertThat(CHAIN).hasStance(Stance.AGAINST))
        .hasMessage("[2].commitment: expected stance AGAINST but was stance FOR (PROBABLE)");
    assertThatThrownBy(() -> assertThat(CHAIN).hop(3))
        .hasMessage(
            "[3]: expected a hop but was absent: the chain has 3"
                + " [report-outlet, nyt, ukrainian-officials]");
  }
}
