package dev.hearsay.core.corpus;

import static dev.hearsay.core.corpus.Reports.FOR;
import static dev.hearsay.core.corpus.Reports.claim;
import static dev.hearsay.core.corpus.Reports.corpus;
import static dev.hearsay.core.corpus.Reports.dataset;
import static dev.hearsay.core.corpus.Reports.hop;
import static dev.hearsay.core.corpus.Reports.outlet;
import static dev.hearsay.core.corpus.Reports.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.RelationKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claims numbered by their dataset's place in the corpus and their own in the dataset: one id in
 * two datasets is two claims, the datasets count in the order they were added, and a dataset with
 * no claim takes no number.
 */
class ClaimNumbersTest {
  /**
   * Datasets added as zeta (claims c and d), empty (none) and alpha (c): zeta's c supports
   * alpha's, and each claim is said by a person of its own dataset.
   */
  private static Corpus corpusOfThree() {
    return corpus()
        .add(
            "zeta",
            dataset("Zeta")
                .addActors(person("p", "Zeta's witness"))
                .addClaims(claim("c", hop("p", FOR)), claim("d", hop("p", FOR)))
                .build())
        .add("empty", dataset("Empty").addActors(outlet("outlet")).build())
        .add(
            "alpha",
            dataset("Alpha")
                .addActors(person("p", "Alpha's witness"))
                .addClaims(claim("c", hop("p", FOR)))
                .build())
        .links(
            new Links.Builder()
                .addClaims(
                    ClaimLink.of(
                        ClaimRef.of("zeta", "c"), RelationKind.SUPPORTS, ClaimRef.of("alpha", "c")))
                .build())
        .build();
  }

  @Test
  void claimsAreNumberedInTheOrderTheirDatasetsWereAdded() {
    ClaimNumbers numbers = new ClaimNumbers(corpusOfThree());

    assertThat(numbers.size()).isEqualTo(3);
    assertThat(numbers.number(ClaimRef.of("zeta", "c"))).isEqualTo(0);
    assertThat(numbers.number(ClaimRef.of("zeta", "d"))).isEqualTo(1);
    assertThat(numbers.number(ClaimRef.of("alpha", "c"))).isEqualTo(2);
    assertThat(numbers.ordinalOf(1)).isZero();
    assertThat(numbers.ordinalOf(2)).as("past the dataset with no claim").isEqualTo(2);
    assertThat(numbers.voices(2).claim().id()).isEqualTo(ClaimId.of("c"));
    assertThat(numbers.index(numbers.ordinalOf(2)).dataset().metadata().title()).isEqualTo("Alpha");
  }

  @Test
  void aClaimTheCorpusDoesNotHoldHasNoNumber() {
    ClaimNumbers numbers = new ClaimNumbers(corpusOfThree());

    assertThat(numbers.number(ClaimRef.of("alpha", "d"))).isEqualTo(-1);
    assertThat(numbers.number(ClaimRef.of("empty", "c"))).isEqualTo(-1);
    assertThat(numbers.number(ClaimRef.of("beta", "c"))).isEqualTo(-1);
    assertThatThrownBy(() -> numbers.ordinalOf(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void oneIdInTwoDatasetsIsTwoClaimsWithTheirOwnClustersAndLinks() {
    CorpusIndex index = CorpusIndex.of(corpusOfThree());
    ClaimRef zeta = ClaimRef.of("zeta", "c");
    ClaimRef alpha = ClaimRef.of("alpha", "c");

    assertThat(index.clusters())
        .extracting(ClaimCluster::first)
        .containsExactly(zeta, ClaimRef.of("zeta", "d"), alpha);
    assertThat(index.clusterOf(alpha).claims()).containsExactly(alpha);
    CorpusEvidence onAlpha = index.evidence(alpha);
    assertThat(onAlpha.counted()).hasSize(1);
    assertThat(onAlpha.parties())
        .extracting(party -> party.voices().get(0).dataset())
        .containsExactly(DatasetId.of("alpha"), DatasetId.of("zeta"));
    assertThat(index.evidence(zeta).counted()).as("support counts toward its target").isEmpty();
    assertThat(index.evidence(zeta).parties()).hasSize(1);
  }

  @Test
  void aClusterTheIndexDidNotFormIsGatheredFromItsOwnClaims() {
    CorpusIndex index = CorpusIndex.of(corpusOfThree());
    ClaimCluster both =
        new ClaimCluster(List.of(ClaimRef.of("zeta", "c"), ClaimRef.of("alpha", "c")));

    CorpusEvidence evidence = index.evidence(both);

    assertThat(evidence.counted()).as("the link is inside the cluster").isEmpty();
    assertThat(evidence.parties())
        .extracting(party -> party.voices().get(0).isOwn())
        .containsExactly(true, true);
    assertThatThrownBy(
            () ->
                index.evidence(
                    new ClaimCluster(List.of(ClaimRef.of("zeta", "c"), ClaimRef.of("beta", "c")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the corpus has no claim beta/c");
  }
}
