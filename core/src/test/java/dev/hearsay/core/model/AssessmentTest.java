package dev.hearsay.core.model;

import static dev.hearsay.core.model.Fixtures.actors;
import static dev.hearsay.core.model.Fixtures.claim;
import static dev.hearsay.core.model.Fixtures.dataset;
import static dev.hearsay.core.model.Fixtures.hop;
import static dev.hearsay.core.model.Fixtures.source;
import static dev.hearsay.core.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.time.ImpreciseTime;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An assessment is checked as a value and against the dataset that holds it. */
class AssessmentTest {
  private static Assessment.Builder verdict() {
    return new Assessment.Builder().claim("c").assessor("checker").rating("False").source("review");
  }

  private static Dataset.Builder holding(Assessment... assessments) {
    return dataset()
        .addActors(actors("speaker", "checker"))
        .addSources(source("review"))
        .addClaims(claim("c", hop("speaker")))
        .addAssessments(assessments);
  }

  @Test
  void numbersLoseTrailingZerosSoEqualRatingsAreEqualValues() {
    Assessment a =
        verdict()
            .ratingValue(new BigDecimal("2.50"))
            .bestRating(new BigDecimal("5.0"))
            .worstRating(BigDecimal.ONE)
            .build();
    Assessment b =
        verdict()
            .ratingValue(new BigDecimal("2.5"))
            .bestRating(new BigDecimal("5"))
            .worstRating(new BigDecimal("1.000"))
            .build();

    assertThat(a).isEqualTo(b);
    assertThat(a.ratingValue()).contains(new BigDecimal("2.5"));
  }

  @Test
  void aScaleWhoseEndsAreEqualIsRefused() {
    assertThatThrownBy(
            () -> verdict().bestRating(BigDecimal.ONE).worstRating(new BigDecimal("1.0")).build())
        .isInstanceOf(ValueCheckException.class)
        .hasMessageContaining("Assessment.worstRating")
        .hasMessageContaining("no length");
  }

  @Test
  void blankRatingAndRelativeUrlAreRefused() {
    assertThatThrownBy(() -> verdict().build().withRating(" "))
        .hasMessageContaining("Assessment.rating: must not be blank");
    assertThatThrownBy(() -> verdict().url(URI.create("reviews/1")).build())
        .hasMessageContaining("Assessment.url");
    assertThatThrownBy(() -> new Assessment.Builder().claim("c").build())
        .hasMessageContaining("Assessment")
        .hasMessageContaining("assessor");
  }

  @Test
  void onScaleReadsEitherDirectionOfScale() {
    assertThat(
            verdict()
                .ratingValue(BigDecimal.valueOf(3))
                .worstRating(BigDecimal.ONE)
                .bestRating(BigDecimal.valueOf(5))
                .build()
                .onScale())
        .isTrue();
    assertThat(
            verdict()
                .ratingValue(BigDecimal.valueOf(3))
                .worstRating(BigDecimal.valueOf(5))
                .bestRating(BigDecimal.ONE)
                .build()
                .onScale())
        .isTrue();
    assertThat(
            verdict()
                .ratingValue(BigDecimal.valueOf(6))
                .worstRating(BigDecimal.ONE)
                .bestRating(BigDecimal.valueOf(5))
                .build()
                .onScale())
        .isFalse();
    assertThat(
            verdict()
                .ratingValue(BigDecimal.valueOf(60))
                .bestRating(BigDecimal.valueOf(5))
                .build()
                .onScale())
        .isTrue();
  }

  @Test
  void theDatasetHoldsAWellFormedAssessment() {
    Assessment ok = verdict().time(ImpreciseTime.parse("2024-10-29")).build();

    Dataset dataset = holding(ok).build();

    assertThat(dataset.assessments()).containsExactly(ok);
    assertThat(dataset.toBuilder().build()).isEqualTo(dataset);
  }

  @Test
  void danglingReferencesAreReportedEachWithItsPath() {
    Assessment dangling =
        new Assessment.Builder()
            .claim("nowhere")
            .assessor("nobody")
            .rating("False")
            .source("missing")
            .build();

    assertThat(violations(holding(dangling)))
        .extracting(v -> v.path().toString(), Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "assessments[0].claim", ViolationCode.UNKNOWN_REFERENCE),
            org.assertj.core.groups.Tuple.tuple(
                "assessments[0].assessor", ViolationCode.UNKNOWN_REFERENCE),
            org.assertj.core.groups.Tuple.tuple(
                "assessments[0].source", ViolationCode.UNKNOWN_REFERENCE));
  }

  @Test
  void theSameVerdictInTheSameArticleTwiceIsADuplicate() {
    List<Violation> found =
        violations(holding(verdict().build(), verdict().build().withRating("Misleading")));

    assertThat(found)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).hasToString("assessments[1]");
              assertThat(v.code()).isEqualTo(ViolationCode.DUPLICATE_ASSESSMENT);
              assertThat(v.message()).contains("assessments[0]");
            });
  }

  @Test
  void aRatingValueOutsideItsScaleBreaksARule() {
    Assessment off =
        verdict()
            .ratingValue(BigDecimal.valueOf(7))
            .worstRating(BigDecimal.ONE)
            .bestRating(BigDecimal.valueOf(6))
            .build();

    assertThat(violations(holding(off)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).hasToString("assessments[0].ratingValue");
              assertThat(v.code()).isEqualTo(ViolationCode.RATING_OUT_OF_SCALE);
              assertThat(v.message()).contains("7", "1 (worst)", "6 (best)");
            });
  }

  @Test
  void aDatasetThatDeclaresVersionOneZeroHasNoAssessments() {
    assertThat(violations(holding(verdict().build()).schemaVersion("1.0")))
        .extracting(v -> v.path().toString(), Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("assessments[0]", ViolationCode.NOT_IN_VERSION));
    assertThat(violations(holding().schemaVersion("1.0"))).isEmpty();
  }

  @Test
  void streamChecksFindTheSameViolations() {
    Dataset header = holding().build().withClaims(List.of());
    Assessment off =
        verdict()
            .ratingValue(BigDecimal.TEN)
            .worstRating(BigDecimal.ONE)
            .bestRating(BigDecimal.valueOf(5))
            .build();

    Violations found = StreamChecks.of(header).assessments(List.of(off, off), c -> false);

    assertThat(found.kept())
        .extracting(Violation::code)
        .containsExactly(
            ViolationCode.UNKNOWN_REFERENCE,
            ViolationCode.RATING_OUT_OF_SCALE,
            ViolationCode.UNKNOWN_REFERENCE,
            ViolationCode.RATING_OUT_OF_SCALE,
            ViolationCode.DUPLICATE_ASSESSMENT);
  }
}
