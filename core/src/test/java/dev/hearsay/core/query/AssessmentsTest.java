package dev.hearsay.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.time.ImpreciseTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Assessments come with a claim's trace and count in none of its evidence. */
class AssessmentsTest {
  private final Actor senator = Actor.of("senator", "A senator", ActorKind.PERSON);
  private final Actor checker = Actor.of("checker", "A fact-checker", ActorKind.ORGANIZATION);
  private final Source review = new Source.Builder().id("review").kind(SourceKind.ARTICLE).build();
  private final Claim claim =
      Claim.of(
          "c",
          "Crime doubled last year.",
          Chain.of(Hop.of(senator, ReportingMode.DIRECT_QUOTE, Commitment.CERTAIN)));
  private final Claim other =
      Claim.of(
          "d",
          "Taxes fell.",
          Chain.of(Hop.of(senator, ReportingMode.DIRECT_QUOTE, Commitment.CERTAIN)));
  private final Assessment verdict =
      new Assessment.Builder()
          .claim(claim)
          .assessor(checker)
          .rating("False")
          .source(review)
          .time(ImpreciseTime.parse("2024-11-02"))
          .build();
  private final Dataset dataset =
      new Dataset.Builder()
          .metadata(DatasetMetadata.of("checks"))
          .addActors(senator, checker)
          .addSources(review)
          .addClaims(claim, other)
          .addAssessments(verdict)
          .build();
  private final ProvenanceIndex index = ProvenanceIndex.of(dataset);

  @Test
  void theTraceListsTheClaimsAssessmentsAndNoOthers() {
    assertThat(index.trace(claim.id()).assessments()).containsExactly(verdict);
    assertThat(index.trace(other.id()).assessments()).isEmpty();
    assertThat(index.assessments(claim.id())).containsExactly(verdict);
    assertThatThrownBy(() -> index.assessments(ClaimId.of("none")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theAssessorIsNeitherOriginNorRelayerNorParty() {
    Trace trace = index.trace(claim.id());

    assertThat(trace.origins()).containsExactly(senator);
    assertThat(trace.relayers()).isEmpty();
    assertThat(index.evidence(claim.id()))
        .isEqualTo(ProvenanceIndex.of(dataset.withAssessments()).evidence(claim.id()));
  }

  @Test
  void aTraceRefusesAnotherClaimsAssessment() {
    Trace trace = index.trace(other.id());

    assertThatThrownBy(() -> new Trace(trace.claim(), trace.chains(), java.util.List.of(verdict)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not belong to the claim 'd'");
  }

  @Test
  void asOfKeepsOnlyAssessmentsPublishedByThen() {
    assertThat(index.asOf(Instant.parse("2024-11-01T00:00:00Z")).assessments()).isEmpty();
    assertThat(index.asOf(Instant.parse("2024-11-03T00:00:00Z")).assessments())
        .containsExactly(verdict);
  }
}
