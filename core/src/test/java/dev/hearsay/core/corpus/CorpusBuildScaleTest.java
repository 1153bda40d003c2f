package dev.hearsay.core.corpus;

import static dev.hearsay.core.corpus.Reports.FOR;
import static dev.hearsay.core.corpus.Reports.RELAY;
import static dev.hearsay.core.corpus.Reports.anonymous;
import static dev.hearsay.core.corpus.Reports.article;
import static dev.hearsay.core.corpus.Reports.claim;
import static dev.hearsay.core.corpus.Reports.corpus;
import static dev.hearsay.core.corpus.Reports.dataset;
import static dev.hearsay.core.corpus.Reports.hop;
import static dev.hearsay.core.corpus.Reports.outlet;
import static dev.hearsay.core.corpus.Reports.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Identifier;
import dev.hearsay.core.model.RelationKind;
import org.junit.jupiter.api.Test;

/**
 * Building a corpus takes steps in proportion to its size, counted (the slots of its tables
 * included), never timed: four times the reports, four times the steps.
 */
class CorpusBuildScaleTest {
  /**
   * {@code reports} datasets in the shapes a corpus has: outlets that share a Wikidata item,
   * sources that share a locator, persons made one by {@code same} statements, anonymous groups
   * possibly the same as the previous report's and now and then distinct from the one before,
   * and claims that duplicate and derive from the previous report's.
   */
  private static Corpus.Builder corpusOf(int reports) {
    Corpus.Builder builder = corpus();
    Links.Builder links = new Links.Builder();
    for (int r = 0; r < reports; r++) {
      String id = "report-" + r;
      builder.add(
          id,
          dataset("Report " + r)
              .addActors(
                  outlet("outlet-" + r, Identifier.wikidata("Q" + (1000 + r % 50))),
                  outlet("nyt", Identifier.wikidata("Q9684")),
                  person("spokesman", "A spokesman"),
                  anonymous("officials", "Officials " + r))
              .addSources(article("article", Identifier.url("https://example.org/" + r / 2)))
              .addClaims(
                  claim(
                      "c",
                      hop("outlet-" + r, RELAY),
                      hop("nyt", "article", RELAY),
                      hop("officials", FOR)),
                  claim("d", hop("spokesman", FOR)))
              .build());
      if (r > 0) {
        String previous = "report-" + (r - 1);
        links.addClaims(
            ClaimLink.of(ClaimRef.of(id, "c"), RelationKind.DUPLICATES, ClaimRef.of(previous, "c")),
            ClaimLink.of(
                ClaimRef.of(id, "d"), RelationKind.DERIVED_FROM, ClaimRef.of(previous, "d")));
        links.addIdentities(
            IdentityStatement.of(
                Identity.SAME,
                EntityRef.actor(previous, "spokesman"),
                EntityRef.actor(id, "spokesman")),
            IdentityStatement.of(
                Identity.POSSIBLY_SAME,
                EntityRef.actor(previous, "officials"),
                EntityRef.actor(id, "officials")));
      }
      if (r % 3 == 2) {
        links.addIdentities(
            IdentityStatement.of(
                Identity.DISTINCT,
                EntityRef.actor("report-" + (r - 2), "officials"),
                EntityRef.actor(id, "officials")));
      }
    }
    return builder.links(links.build());
  }

  @Test
  void buildStepsGrowInProportionToTheCorpus() {
    Corpus small = corpusOf(2_000).build();
    long smallSteps = corpusOf(2_000).countSteps();
    long largeSteps = corpusOf(8_000).countSteps();

    assertThat(
            small
                .identities()
                .same(
                    EntityRef.actor("report-0", "spokesman"),
                    EntityRef.actor("report-1999", "spokesman")))
        .as("same statements chain every report's spokesman")
        .isTrue();
    assertThat(small.identities().group(EntityRef.actor("report-0", "nyt"))).hasSize(2_000);
    assertThat(small.identities().group(EntityRef.source("report-0", "article"))).hasSize(2);
    assertThat(small.identities().possiblySame()).hasSize(1_999);
    assertThat(smallSteps).isPositive();
    assertThat((double) largeSteps / smallSteps).isBetween(3.8, 4.2);
  }

  @Test
  void aCorpusWithoutLinksCountsItsStepsToo() {
    Corpus.Builder builder = corpus();
    for (int r = 0; r < 3; r++) {
      builder.add(
          "report-" + r,
          dataset("Report " + r)
              .addActors(outlet("outlet"), person("spokesman", "A spokesman"))
              .addClaims(claim("c", hop("outlet", RELAY), hop("spokesman", FOR)))
              .build());
    }

    assertThat(builder.countSteps()).isPositive();
  }
}
