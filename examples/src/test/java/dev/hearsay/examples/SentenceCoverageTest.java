package dev.hearsay.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every sentence of the report is covered by at least one claim, and every claim by a sentence. */
class SentenceCoverageTest {
  /** The start of each sentence, and the claims that encode it. */
  private static final Map<String, List<String>> COVERAGE = new LinkedHashMap<>();

  static {
    cover("North Korean soldiers set to join", "c-set-to-join");
    cover("The New York Times reports, citing", "c-set-to-join");
    cover(
        "\"Thousands of North Korean soldiers",
        "c-arrived",
        "c-expected-in-counteroffensive",
        "c-occupation-since-august");
    cover("Journalists emphasize", "c-not-in-combat", "c-role-unclear");
    cover("Nonetheless, the presence", "c-redeployment", "c-winter-push");
    cover("BILD cites research", "c-arms-value");
    cover("North Korea stands to", "c-revenues-increase");
    cover("Depending on how many soldiers", "c-military-income");
    cover("However, Guseinova suggests", "c-troop-ceiling", "c-regime-stability");
    cover("\"Russia is turning to North Korea", "c-ammunition");
    cover("Putin also wants", "c-close-ally");
    cover("Ukrainian President Volodymyr Zelensky", "c-deployment-expected");
    cover("DPRK soldiers were anticipated", "c-in-combat-zones");
    cover("On October 27, Andriy Yermak", "c-de-facto-participating", "c-altered-dynamics");
    cover("By October 28, the first trucks", "c-trucks-at-front");
  }

  private String text;
  private Dataset dataset;

  private static void cover(String anchor, String... claims) {
    COVERAGE.put(anchor, List.of(claims));
  }

  /** Each test, rather than the class, is skipped without the text, so that reports list them. */
  @BeforeEach
  void load() {
    text = ReportText.read();
    dataset = KurskReport.dataset();
  }

  @Test
  void theReportSplitsIntoItsSentences() {
    List<String> sentences = ReportText.sentences(text);

    // The headline, 13 sentences of prose, and the two sentences of Guseinova's quote.
    assertThat(sentences).hasSize(COVERAGE.size());
    assertThat(sentences.get(0))
        .isEqualTo("North Korean soldiers set to join Russian troops in Kursk region");
    assertThat(sentences).last().asString().endsWith("in the Kursk region.");
  }

  @Test
  void everySentenceStartsWithExactlyOneAnchor() {
    for (String sentence : ReportText.sentences(text)) {
      List<String> anchors =
          COVERAGE.keySet().stream().filter(sentence::startsWith).collect(Collectors.toList());
      assertThat(anchors).as("the anchors that start the sentence: %s", sentence).hasSize(1);
    }
  }

  @Test
  void everyAnchorStartsASentence() {
    List<String> sentences = ReportText.sentences(text);
    for (String anchor : COVERAGE.keySet()) {
      assertThat(sentences)
          .as("sentences starting with '%s'", anchor)
          .filteredOn(s -> s.startsWith(anchor))
          .hasSize(1);
    }
  }

  @Test
  void everySentenceIsCoveredByClaimsOfTheDataset() {
    Set<ClaimId> inDataset =
        dataset.claims().stream()
            .map(Claim::id)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    COVERAGE.forEach(
        (anchor, claims) -> {
          assertThat(claims).as("claims covering '%s'", anchor).isNotEmpty();
          for (String claim : claims) {
            assertThat(inDataset)
                .as("claims of the dataset, covering '%s'", anchor)
                .contains(ClaimId.of(claim));
          }
        });
  }

  @Test
  void everyClaimOfTheDatasetCoversASentence() {
    Set<String> covered =
        COVERAGE.values().stream().flatMap(List::stream).collect(Collectors.toSet());
    assertThat(dataset.claims())
        .extracting(c -> c.id().value())
        .allSatisfy(id -> assertThat(covered).as("claims mapped to a sentence").contains(id));
  }
}
