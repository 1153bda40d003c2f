package dev.hearsay.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.Identities;
import dev.hearsay.examples.CorpusReport;
import dev.hearsay.jackson.CorpusFiles;
import dev.hearsay.jackson.HearsayMappers;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The worked corpus keeps the corpus's rules: its manifest, datasets and links document, read
 * through {@link CorpusFiles} as a user's files are, build a corpus with no violation, and identity
 * resolves as the links and identifiers say.
 */
class WorkedCorpusTest {
  private Corpus corpus;

  @BeforeEach
  void read() throws URISyntaxException {
    Path manifest = Path.of(getClass().getResource(CorpusReport.FOLDER + "corpus.json").toURI());
    corpus = CorpusFiles.read(HearsayMappers.recommended().build(), manifest);
  }

  private Identities identities() {
    return corpus.identities();
  }

  @Test
  void theCorpusReadsWithNoViolation() {
    assertThat(corpus.datasets()).hasSize(CorpusReport.ALL.size() + 1);
    assertThat(corpus.dataset(DatasetId.of("kursk"))).contains(new DatasetFiles().embedded());
    for (CorpusReport report : CorpusReport.ALL) {
      assertThat(corpus.dataset(DatasetId.of(report.id())))
          .as("%s", report)
          .contains(report.dataset());
    }
  }

  @Test
  void theCorpusValidatesThroughTheProgram() {
    ProgramRun run = ProgramRun.of("validate", "--corpus");

    assertThat(run.exit()).as(run.printed()).isZero();
    assertThat(run.out()).startsWith("the worked corpus: valid corpus (8 datasets");
  }

  @Test
  void reutersIsOneOutletInTheThreeReportsThatRelayIt() {
    assertThat(identities().group(EntityRef.actor("kbs", "reuters")))
        .containsExactlyInAnyOrder(
            EntityRef.actor("swissinfo", "reuters"),
            EntityRef.actor("oafnation", "reuters"),
            EntityRef.actor("kbs", "reuters"));
  }

  @Test
  void theTwoOfficialsOfOneReutersStoryAreOneGroupAndNotTheKyivIndependentsOneOfficial() {
    assertThat(
            identities()
                .same(
                    EntityRef.actor("swissinfo", "two-us-officials"),
                    EntityRef.actor("kbs", "two-us-officials")))
        .isTrue();
    assertThat(
            identities()
                .same(
                    EntityRef.actor("kyiv", "us-official"),
                    EntityRef.actor("swissinfo", "two-us-officials")))
        .isFalse();
  }

  @Test
  void americanOfficialsAcrossReportsAreOnlyPossiblyTheSame() {
    EntityRef seed = EntityRef.actor("kursk", "american-officials");
    assertThat(identities().same(seed, EntityRef.actor("nyt-am1", "american-officials"))).isFalse();
    assertThat(identities().possiblySame())
        .anySatisfy(s -> assertThat(List.of(s.first(), s.second())).contains(seed));
    assertThat(identities().isUnresolved(seed)).isFalse();
  }

  @Test
  void anonymousSpeakersNamedByNoStatementAreListedAsUnresolved() {
    assertThat(identities().unresolved())
        .contains(
            EntityRef.actor("nyt-am1", "analysts"),
            EntityRef.actor("nyt-am1", "military-experts"),
            EntityRef.actor("kursk", "unnamed-sources"))
        // A distinct statement is a statement too: the one U.S. official is not the pair.
        .doesNotContain(
            EntityRef.actor("kyiv", "us-official"),
            EntityRef.actor("swissinfo", "two-us-officials"));
  }
}
