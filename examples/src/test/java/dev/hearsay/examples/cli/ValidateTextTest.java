package dev.hearsay.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --text SOURCE=FILE} checks every quote of a source against its text. */
class ValidateTextTest {
  private static final SourceId ARTICLE = SourceId.of("article");
  private static final String TEXT =
      "Officials said on Friday that \"thousands of soldiers have" + " arrived\" in the region.";

  @TempDir Path dir;

  @Test
  void quotesThatMatchTheirTextAreValidAndCounted() throws IOException {
    Path dataset = write("dataset.json", dataset());
    Path text = write("article.txt", TEXT);

    ProgramRun run = ProgramRun.of("validate", "--text", "article=" + text, dataset.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isEqualTo(
            dataset + ": valid (1 claim, 0 events; 1 quote checked against" + " the text)\n");
  }

  @Test
  void aQuoteThatDoesNotMatchGivesItsPathAndExit1() throws IOException {
    Path dataset = write("dataset.json", dataset());
    Path text = write("article.txt", TEXT.replace("thousands", "hundreds"));

    ProgramRun run = ProgramRun.of("validate", "--text", "article=" + text, dataset.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .startsWith(
            dataset
                + ": quotes do not match the text, 1 problem:\n"
                + "  claims[c1].quote: Quote.start: the text at [31, 65) is 'hundreds of soldiers have"
                + " arrived\"', not the exact words");
  }

  @Test
  void aSourceTheDatasetDoesNotHaveIsNamed() throws IOException {
    Path dataset = write("dataset.json", dataset());
    Path text = write("other.txt", TEXT);

    ProgramRun run =
        ProgramRun.of("validate", "--text", "press-release=" + text, dataset.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("  --text press-release: no source has the id 'press-release' in this dataset");
  }

  @Test
  void aTextThatCannotBeReadStopsWithExit2() throws IOException {
    Path dataset = write("dataset.json", dataset());
    Path notUtf8 =
        Files.write(dir.resolve("latin1.txt"), new byte[] {'a', (byte) 0xC0, (byte) 0xAF});

    ProgramRun missing =
        ProgramRun.of(
            "validate", "--text", "article=" + dir.resolve("none.txt"), dataset.toString());
    ProgramRun garbled =
        ProgramRun.of("validate", "--text", "article=" + notUtf8, dataset.toString());
    ProgramRun badId = ProgramRun.of("validate", "--text", "no id=" + notUtf8, dataset.toString());

    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo(dir.resolve("none.txt") + ": no such file\n");
    assertThat(garbled.exit()).isEqualTo(2);
    assertThat(garbled.err()).isEqualTo(notUtf8 + ": the text is not UTF-8\n");
    assertThat(badId.exit()).isEqualTo(2);
    assertThat(badId.err()).isEqualTo("--text no id: not a source id\n");
    assertThat(missing.out() + garbled.out() + badId.out()).isEmpty();
  }

  @Test
  void aTextThatIsADirectoryOrEndlessIsRefusedWithWhy() throws IOException {
    Path dataset = write("dataset.json", dataset());
    Path zeros = Path.of("/dev/zero");

    ProgramRun directory =
        ProgramRun.of("validate", "--text", "article=" + dir, dataset.toString());

    assertThat(directory.exit()).isEqualTo(2);
    assertThat(directory.err()).isEqualTo(dir + ": a directory, not a file\n");
    if (Files.isReadable(zeros)) {
      ProgramRun endless =
          ProgramRun.of("validate", "--text", "article=" + zeros, dataset.toString());

      assertThat(endless.exit()).isEqualTo(2);
      assertThat(endless.err())
          .isEqualTo(
              zeros
                  + ": the text has more than the limit of "
                  + String.format(java.util.Locale.ROOT, "%,d", SourceTexts.LIMIT)
                  + " bytes\n");
    }
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static String dataset() {
    Actor officials =
        new Actor.Builder()
            .id(ActorId.of("officials"))
            .name("Officials")
            .kind(ActorKind.GROUP)
            .build();
    Claim claim =
        new Claim.Builder()
            .id(ClaimId.of("c1"))
            .proposition("Thousands of soldiers are in the region.")
            .quote(SourceText.of(ARTICLE, TEXT).quote("thousands of soldiers have arrived"))
            .addAttribution(
                Chain.of(
                    new Hop.Builder()
                        .actor(officials.id())
                        .source(ARTICLE)
                        .mode(ReportingMode.PARTIAL_QUOTE)
                        .commitment(Commitment.CERTAIN)
                        .build()))
            .build();
    Dataset dataset =
        new Dataset.Builder()
            .metadata(new DatasetMetadata.Builder().title("quotes").build())
            .addActors(officials)
            .addSources(new Source.Builder().id(ARTICLE).kind(SourceKind.ARTICLE).build())
            .addClaims(claim)
            .build();
    return new DatasetFiles().write(dataset);
  }
}
