package dev.hearsay.testing;

import static dev.hearsay.testing.HearsayAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.Stance;
import dev.hearsay.core.model.ViolationCode;
import dev.hearsay.core.query.ProvenanceIndex;
import org.junit.jupiter.api.Test;

class DatasetAssertTest {
  private static final Dataset DATASET = Reports.dataset();

  @Test
  void equalDatasetsPass() {
    assertThat(DATASET).isEqualTo(Reports.dataset());
  }

  @Test
  void unequalDatasetsFailWithTheFirstDifferingPath() {
    Claim byWsj =
        Reports.TRUCKS.withAttribution(
            Chain.of(
                Reports.REPORT,
                Reports.NYT_RELAYS.withActor(ActorId.of("wsj")),
                Reports.OFFICIALS_SAY));
    Dataset expected = Reports.withClaims(Reports.SET_TO_JOIN, Reports.TRUCKS);
    Dataset actual = Reports.withClaims(Reports.SET_TO_JOIN, byWsj);

    assertThatThrownBy(() -> assertThat(actual).isEqualTo(expected))
        .hasMessage(
            "expected the datasets to be equal, but they differ at 1 place:\n"
                + "  claims[c-trucks].attribution[0][1].actor: expected \"nyt\" but was \"wsj\"");
  }

  @Test
  void countsAndMembers() {
    assertThat(DATASET)
        .hasClaimCount(2)
        .hasActor("kremlin")
        .hasRelation("c-trucks", RelationKind.ELABORATES, "c-set-to-join");
    assertThatThrownBy(() -> assertThat(DATASET).hasClaimCount(3))
        .hasMessage("claims: expected 3 claims but was 2 [\"c-set-to-join\", \"c-trucks\"]");
    assertThatThrownBy(() -> assertThat(DATASET).hasActor("bild"))
        .hasMessage(
            "actors: expected an actor \"bild\" but was [\"report-outlet\", \"nyt\","
                + " \"wsj\", \"ukrainian-officials\", \"kremlin\"]");
    assertThatThrownBy(
            () ->
                assertThat(DATASET).hasRelation("c-trucks", RelationKind.SUPPORTS, "c-set-to-join"))
        .hasMessage(
            "relations: expected \"c-trucks\" SUPPORTS \"c-set-to-join\" but was"
                + " [\"c-trucks\" ELABORATES \"c-set-to-join\"]");
  }

  @Test
  void navigatesToAClaimByItsId() {
    assertThat(DATASET).claim("c-trucks").isAttributedTo("nyt").withStance(Stance.FOR);
    assertThatThrownBy(() -> assertThat(DATASET).claim("c-trucks").hasChainCount(2))
        .hasMessageStartingWith("claims[c-trucks].attribution: expected 2 chains but was 1");
    assertThatThrownBy(() -> assertThat(DATASET).claim("c-other"))
        .hasMessage(
            "claims[c-other]: expected a claim but was absent; the claims are"
                + " [\"c-set-to-join\", \"c-trucks\"]");
  }

  @Test
  void aValidBuildHasNoViolations() {
    assertThat(Reports.builder()).hasNoViolations().hasViolationCount(0).dataset().hasClaimCount(2);
    assertThat(Reports.builder().tryBuild()).hasNoViolations();
  }

  @Test
  void anInvalidBuildListsItsViolationsByPath() {
    Dataset.Builder broken =
        Reports.builder()
            .addClaims(
                Claim.of(
                    "c-wsj",
                    "Trucks left.",
                    Chain.of(
                        Reports.REPORT, Reports.NYT_RELAYS.withActor(ActorId.of("wall-street")))));

    assertThat(broken)
        .hasViolation("claims[c-wsj].attribution[0][1].actor", ViolationCode.UNKNOWN_REFERENCE)
        .hasViolationCount(1);
    assertThatThrownBy(() -> assertThat(broken).hasNoViolations())
        .hasMessageStartingWith(
            "expected no violations but found 1:\n" + "  claims[c-wsj].attribution[0][1].actor: ")
        .hasMessageEndingWith("[UNKNOWN_REFERENCE]");
    assertThatThrownBy(() -> assertThat(broken).dataset())
        .hasMessageStartingWith("expected no violations but found 1:");
    assertThatThrownBy(() -> assertThat(broken).hasViolationCount(2))
        .hasMessageStartingWith(
            "expected 2 violations but found 1:\n" + "  claims[c-wsj].attribution[0][1].actor: ");
    assertThatThrownBy(
            () ->
                assertThat(broken)
                    .hasViolation(
                        "claims[c-wsj].attribution[0][0]" + ".actor",
                        ViolationCode.UNKNOWN_REFERENCE))
        .hasMessageStartingWith(
            "claims[c-wsj].attribution[0][0].actor: expected a violation"
                + " UNKNOWN_REFERENCE but found:\n  claims[c-wsj].attribution[0][1].actor: ");
    assertThatThrownBy(
            () ->
                assertThat(Reports.builder())
                    .hasViolation("claims", ViolationCode.UNKNOWN_REFERENCE))
        .hasMessage("claims: expected a violation UNKNOWN_REFERENCE but the dataset is valid");
  }

  @Test
  void evidenceCountsPartiesAndChannels() {
    ProvenanceIndex index = ProvenanceIndex.of(DATASET);

    assertThat(index.evidence(ClaimId.of("c-set-to-join")))
        .hasPartyCount(2)
        .hasPartiesFor(1)
        .hasPartiesAgainst(1)
        .hasChannelCount(2)
        .hasParty("ukrainian-officials", Stance.FOR)
        .hasParty("kremlin", Stance.AGAINST);
    String summary = index.evidence(ClaimId.of("c-set-to-join")).summary();
    assertThatThrownBy(
            () -> assertThat(index.evidence(ClaimId.of("c-set-to-join"))).hasPartiesFor(2))
        .hasMessage(
            "claims[c-set-to-join]: expected 2 parties for but was 1; the evidence is: " + summary);
    assertThatThrownBy(
            () ->
                assertThat(index.evidence(ClaimId.of("c-set-to-join")))
                    .hasParty("kremlin", Stance.FOR))
        .hasMessage(
            "claims[c-set-to-join]: expected a party FOR with \"kremlin\" but the"
                + " evidence is: "
                + summary);
  }
}
