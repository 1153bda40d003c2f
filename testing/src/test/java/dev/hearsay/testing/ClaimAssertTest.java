package dev.hearsay.testing;

import static dev.hearsay.testing.HearsayAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Credibility;
import dev.hearsay.core.model.PlaceId;
import dev.hearsay.core.model.Quote;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.Stance;
import org.junit.jupiter.api.Test;

class ClaimAssertTest {
  private static final Claim CLAIM = Reports.SET_TO_JOIN;
  private static final Claim TRUCKS = Reports.TRUCKS;

  @Test
  void passesOnWhatTheClaimHolds() {
    assertThat(CLAIM)
        .hasId("c-set-to-join")
        .hasProposition("North Korean soldiers will join Russian troops.")
        .hasPropositionContaining("soldiers")
        .isNotQuoted()
        .hasChainCount(2)
        .hasOrigin("ukrainian-officials")
        .hasOrigin("kremlin")
        .isNotAttributedTo("wsj");
    assertThat(TRUCKS).hasTime("../2024-10-28");
  }

  @Test
  void failsNamingTheField() {
    assertThatThrownBy(() -> assertThat(CLAIM).hasId("c-other"))
        .hasMessage("claims[c-set-to-join].id: expected \"c-other\" but was \"c-set-to-join\"");
    assertThatThrownBy(() -> assertThat(CLAIM).hasProposition("Troops left."))
        .hasMessage(
            "claims[c-set-to-join].proposition: expected \"Troops left.\" but was"
                + " \"North Korean soldiers will join Russian troops.\"");
    assertThatThrownBy(() -> assertThat(CLAIM).hasPropositionContaining("trucks"))
        .hasMessage(
            "claims[c-set-to-join].proposition: expected text containing \"trucks\" but"
                + " was \"North Korean soldiers will join Russian troops.\"");
    assertThatThrownBy(() -> assertThat(TRUCKS).hasTime("2024-10-28"))
        .hasMessage("claims[c-trucks].time: expected \"2024-10-28\" but was \"../2024-10-28\"");
    assertThatThrownBy(() -> assertThat(CLAIM).hasTime("2024"))
        .hasMessage("claims[c-set-to-join].time: expected \"2024\" but was absent");
  }

  @Test
  void chainsAndOrigins() {
    assertThatThrownBy(() -> assertThat(CLAIM).hasChainCount(1))
        .hasMessage(
            "claims[c-set-to-join].attribution: expected 1 chains but was 2"
                + " [[report-outlet, nyt, ukrainian-officials], [report-outlet, kremlin]]");
    assertThatThrownBy(() -> assertThat(CLAIM).hasOrigin("nyt"))
        .hasMessage(
            "claims[c-set-to-join].attribution: expected a chain from \"nyt\" but was"
                + " chains [[report-outlet, nyt, ukrainian-officials], [report-outlet, kremlin]]");
    assertThatThrownBy(() -> assertThat(CLAIM).isNotAttributedTo("kremlin"))
        .hasMessage(
            "claims[c-set-to-join].attribution: expected no hop by \"kremlin\" but was"
                + " chains [[report-outlet, nyt, ukrainian-officials], [report-outlet, kremlin]]");
  }

  @Test
  void attributionPassesWhenOneHopMeetsEveryCondition() {
    assertThat(CLAIM)
        .isAttributedTo("nyt")
        .withStance(Stance.FOR)
        .inSource("nyt-report")
        .withCue("reports")
        .withMode(ReportingMode.PARAPHRASE)
        .asRelay();
    assertThat(CLAIM)
        .isAttributedTo("kremlin")
        .withStance(Stance.AGAINST)
        .withCommitment(Commitment.CERTAIN_NOT)
        .asOrigin()
        .returnToClaim()
        .hasChainCount(2);
  }

  @Test
  void attributionFailsListingTheActorsHops() {
    assertThatThrownBy(() -> assertThat(CLAIM).isAttributedTo("wsj"))
        .hasMessage(
            "claims[c-set-to-join].attribution: expected a hop by \"wsj\" but was"
                + " chains [[report-outlet, nyt, ukrainian-officials], [report-outlet, kremlin]]");
    assertThatThrownBy(() -> assertThat(CLAIM).isAttributedTo("nyt").withStance(Stance.AGAINST))
        .hasMessage(
            "claims[c-set-to-join]: expected a hop by \"nyt\" with stance AGAINST, but"
                + " its hops by \"nyt\": claims[c-set-to-join].attribution[0][1] is PARAPHRASE,"
                + " PROBABLE (FOR), in source \"nyt-report\", cue \"reports\"");
    assertThatThrownBy(
            () -> assertThat(CLAIM).isAttributedTo("nyt").withStance(Stance.FOR).asOrigin())
        .hasMessageStartingWith(
            "claims[c-set-to-join]: expected a hop by \"nyt\" with stance"
                + " FOR as the origin, but its hops by \"nyt\": ");
    assertThatThrownBy(() -> assertThat(CLAIM).isAttributedTo("kremlin").asRelay())
        .hasMessageStartingWith(
            "claims[c-set-to-join]: expected a hop by \"kremlin\" as a" + " relay, but");
    assertThatThrownBy(() -> assertThat(CLAIM).isAttributedTo("kremlin").inSource("nyt-report"))
        .hasMessageContaining("in source \"nyt-report\"");
    assertThatThrownBy(() -> assertThat(CLAIM).isAttributedTo("kremlin").withCue("said"))
        .hasMessageContaining("with cue \"said\"");
    assertThatThrownBy(
            () -> assertThat(CLAIM).isAttributedTo("kremlin").withMode(ReportingMode.PARAPHRASE))
        .hasMessageContaining("with mode PARAPHRASE");
    assertThatThrownBy(
            () ->
                assertThat(CLAIM).isAttributedTo("kremlin").withCommitment(Commitment.PROBABLE_NOT))
        .hasMessageContaining("with commitment PROBABLE_NOT");
  }

  @Test
  void quotes() {
    Claim quoted =
        CLAIM.withQuote(
            new Quote.Builder().source(SourceId.of("nyt-report")).exact("set to join").build());

    assertThat(quoted).isQuoted().isQuoted("nyt-report", "set to join");
    assertThatThrownBy(() -> assertThat(CLAIM).isQuoted())
        .hasMessage("claims[c-set-to-join].quote: expected a quote but was absent");
    assertThatThrownBy(() -> assertThat(quoted).isQuoted("nyt-report", "will join"))
        .hasMessage(
            "claims[c-set-to-join].quote.exact: expected \"will join\" but was"
                + " \"set to join\"");
    assertThatThrownBy(() -> assertThat(quoted).isQuoted("wsj-report", "set to join"))
        .hasMessage(
            "claims[c-set-to-join].quote.source: expected \"wsj-report\" but was"
                + " \"nyt-report\"");
    assertThatThrownBy(() -> assertThat(quoted).isNotQuoted())
        .hasMessage("claims[c-set-to-join].quote: expected absent but was \"set to join\"");
  }

  @Test
  void whatTheClaimIsAbout() {
    Claim about =
        CLAIM
            .withActors(ActorId.of("kremlin"))
            .withPlaces(PlaceId.of("kursk-region"))
            .withCredibility(Credibility.PROBABLY_TRUE);

    assertThat(about)
        .isAboutActor("kremlin")
        .isAboutPlace("kursk-region")
        .hasCredibility(Credibility.PROBABLY_TRUE);
    assertThatThrownBy(() -> assertThat(about).isAboutActor("nyt"))
        .hasMessage(
            "claims[c-set-to-join].actors: expected to contain \"nyt\" but was" + " [\"kremlin\"]");
    assertThatThrownBy(() -> assertThat(about).isAboutPlace("kyiv"))
        .hasMessage(
            "claims[c-set-to-join].places: expected to contain \"kyiv\" but was"
                + " [\"kursk-region\"]");
    assertThatThrownBy(() -> assertThat(CLAIM).hasCredibility(Credibility.PROBABLY_TRUE))
        .hasMessage("claims[c-set-to-join].credibility: expected PROBABLY_TRUE but was absent");
    assertThatThrownBy(() -> assertThat(CLAIM).hasQuantity("troops"))
        .hasMessage(
            "claims[c-set-to-join].quantities: expected a quantity named \"troops\" but"
                + " was []");
  }

  @Test
  void navigatesToChainsAndHops() {
    assertThat(CLAIM).chain(1).hasOrigin("kremlin");
    assertThat(CLAIM).hopAt(0, 1).hasActor("nyt");
    assertThatThrownBy(() -> assertThat(CLAIM).hopAt(0, 1).hasActor("wsj"))
        .hasMessage(
            "claims[c-set-to-join].attribution[0][1].actor: expected \"wsj\" but was" + " \"nyt\"");
    assertThatThrownBy(() -> assertThat(CLAIM).chain(2))
        .hasMessage(
            "claims[c-set-to-join].attribution[2]: expected a chain but was absent: the"
                + " claim has 2 [[report-outlet, nyt, ukrainian-officials], [report-outlet,"
                + " kremlin]]");
  }

  @Test
  void equalityNamesTheFirstDifferingPath() {
    Claim other =
        CLAIM.withAttribution(
            Chain.of(
                Reports.REPORT,
                Reports.NYT_RELAYS.withActor(ActorId.of("wsj")),
                Reports.OFFICIALS_SAY));

    assertThat(CLAIM).isEqualTo(Reports.SET_TO_JOIN);
    assertThatThrownBy(() -> assertThat(other).isEqualTo(CLAIM))
        .hasMessage(
            "expected the claims to be equal, but they differ at 2 places, first at:\n"
                + "  claims[c-set-to-join].attribution[0][1].actor: expected \"nyt\" but was"
                + " \"wsj\"\n"
                + "  claims[c-set-to-join].attribution[1]: expected chain [report-outlet, kremlin] but"
                + " was absent");
  }
}
