package dev.hearsay.core.corpus;

import static dev.hearsay.core.corpus.Reports.FOR;
import static dev.hearsay.core.corpus.Reports.RELAY;
import static dev.hearsay.core.corpus.Reports.anonymous;
import static dev.hearsay.core.corpus.Reports.claim;
import static dev.hearsay.core.corpus.Reports.corpus;
import static dev.hearsay.core.corpus.Reports.dataset;
import static dev.hearsay.core.corpus.Reports.hop;
import static dev.hearsay.core.corpus.Reports.outlet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Identifier;
import dev.hearsay.core.model.RelationKind;
import org.junit.jupiter.api.Test;

/** The evidence on a cluster takes steps in proportion to its size, counted, never timed. */
class CorpusScaleTest {
  /**
   * {@code reports} datasets, each an outlet relaying the NYT (one entity by its identifier) that
   * cites its own anonymous officials, all duplicates of the first report's claim; the officials
   * of consecutive reports possibly the same, and those two apart distinct once in three.
   */
  private static EvidenceGathering.Counted evidence(int reports) {
    Corpus.Builder builder = corpus();
    Links.Builder links = new Links.Builder();
    for (int r = 0; r < reports; r++) {
      String id = "r" + r;
      builder.add(
          id,
          dataset("Report " + r)
              .addActors(
                  outlet("outlet"),
                  outlet("nyt", Identifier.wikidata("Q9684")),
                  anonymous("officials", "Officials " + r))
              .addClaims(claim("c", hop("outlet", RELAY), hop("nyt", RELAY), hop("officials", FOR)))
              .build());
      if (r > 0) {
        links.addClaims(
            ClaimLink.of(ClaimRef.of(id, "c"), RelationKind.DUPLICATES, ClaimRef.of("r0", "c")));
        links.addIdentities(
            IdentityStatement.of(
                Identity.POSSIBLY_SAME,
                EntityRef.actor("r" + (r - 1), "officials"),
                EntityRef.actor(id, "officials")));
      }
      if (r % 3 == 2) {
        links.addIdentities(
            IdentityStatement.of(
                Identity.DISTINCT,
                EntityRef.actor("r" + (r - 2), "officials"),
                EntityRef.actor(id, "officials")));
      }
    }
    CorpusIndex index = CorpusIndex.of(builder.links(links.build()).build());
    return EvidenceGathering.counting(index, index.clusterOf(ClaimRef.of("r0", "c")));
  }

  @Test
  void evidenceStepsGrowInProportionToTheCluster() {
    EvidenceGathering.Counted smallGathering = evidence(250);
    EvidenceGathering.Counted largeGathering = evidence(1_000);
    CorpusEvidence small = smallGathering.evidence();
    CorpusEvidence large = largeGathering.evidence();
    long smallSteps = smallGathering.steps();
    long largeSteps = largeGathering.steps();

    assertThat(small.partiesFor().max()).isEqualTo(250);
    assertThat(small.partiesFor().exact()).as("one component of 249 statements").isFalse();
    assertThat(small.partiesFor().min()).isEqualTo(1);
    assertThat(small.partiesFor().reached()).isBetween(2, 250);
    assertThat(small.partition())
        .hasSize(small.partiesFor().reached())
        .allSatisfy(group -> assertThat(group).isNotEmpty());
    assertThat(small.partition().stream().mapToInt(java.util.List::size).sum()).isEqualTo(250);
    assertThat(large.partiesFor().max()).isEqualTo(1_000);
    assertThat(large.channels()).as("every chain meets at the NYT").hasSize(1);
    assertThat(smallSteps).isPositive();
    assertThat((double) largeSteps / smallSteps).isBetween(3.8, 4.2);
  }
}
