package dev.hearsay.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.time.ImpreciseTime;
import dev.hearsay.examples.KurskReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hearsay export} and {@code hearsay import}, run as a user would run them. */
class ExportImportTest {
  @TempDir Path dir;

  private Path report() throws IOException {
    return Files.writeString(
        dir.resolve("report.json"),
        new DatasetFiles().write(KurskReport.dataset()),
        StandardCharsets.UTF_8);
  }

  /** The worked report with a fact-checker's verdict on its first claim. */
  private static Dataset assessed() {
    Dataset report = KurskReport.dataset();
    Actor checker =
        new Actor.Builder()
            .id("checker")
            .name("Example Fact Check")
            .kind(ActorKind.ORGANIZATION)
            .build();
    Source review =
        new Source.Builder()
            .id("checker-review")
            .kind(SourceKind.ARTICLE)
            .title("North Korean troops in Kursk: what we know")
            .publisher(checker)
            .locator(URI.create("https://factcheck.example/kursk"))
            .build();
    Assessment verdict =
        new Assessment.Builder()
            .claim(report.claims().get(0))
            .assessor(checker)
            .rating("Mostly true")
            .ratingValue(BigDecimal.valueOf(4))
            .worstRating(BigDecimal.ONE)
            .bestRating(BigDecimal.valueOf(5))
            .source(review)
            .time(ImpreciseTime.parse("2024-10-30"))
            .build();
    return report.toBuilder().addActors(checker).addSources(review).addAssessments(verdict).build();
  }

  @Test
  void theReportGoesToProvAndComesBackEqualThroughBothNotations() throws IOException {
    Path report = report();
    for (String to : new String[] {"prov-jsonld", "prov-n"}) {
      Path prov = dir.resolve("report." + to);

      ProgramRun export =
          ProgramRun.of("export", "--to", to, "-o", prov.toString(), report.toString());
      ProgramRun back = ProgramRun.of("import", "--from", "prov", prov.toString());

      assertThat(export.exit()).as(to).isZero();
      assertThat(export.out()).as(to).isEmpty();
      assertThat(back.exit()).as(to).isZero();
      assertThat(back.err()).as(to).isEmpty();
      assertThat(back.out()).as(to).isEqualTo(new DatasetFiles().write(KurskReport.dataset()));
    }
  }

  @Test
  void assessmentsGoToProvAndComeBackEqualWithoutAWarning() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("assessed.json"),
            new DatasetFiles().write(assessed()),
            StandardCharsets.UTF_8);
    Path prov = dir.resolve("assessed.provn");

    ProgramRun export =
        ProgramRun.of("export", "--to", "prov-n", "-o", prov.toString(), file.toString());
    ProgramRun back = ProgramRun.of("import", "--from", "prov", prov.toString());

    assertThat(export.exit()).isZero();
    assertThat(export.err()).isEmpty();
    assertThat(Files.readString(prov)).contains("hearsay:Assessment");
    assertThat(back.exit()).isZero();
    assertThat(back.out()).isEqualTo(new DatasetFiles().write(assessed()));
  }

  @Test
  void theWorkedCorpusGoesToProvAsOneBundlePerDataset() {
    for (String to : new String[] {"prov-jsonld", "prov-n"}) {
      ProgramRun run = ProgramRun.of("export", "--to", to, "--corpus");

      assertThat(run.exit()).as(to).isZero();
      assertThat(run.err()).as(to).isEmpty();
      assertThat(run.out()).as(to).contains("datasets:kyiv", "datasets:kursk");
    }
  }

  @Test
  void aCorpusManifestIsExportedAsACorpusAndNotToClaimReview() throws IOException {
    Path report = report();
    Files.copy(report, dir.resolve("copy.json"));
    Path manifest =
        Files.writeString(
            dir.resolve("corpus.json"),
            """
        {"schemaVersion": "1.1", "datasets": [{"id": "first", "file": "report.json"},
          {"id": "second", "file": "copy.json"}]}
        """,
            StandardCharsets.UTF_8);

    ProgramRun prov = ProgramRun.of("export", "--to", "prov-n", manifest.toString());
    ProgramRun claimReview = ProgramRun.of("export", "--to", "claimreview", manifest.toString());

    assertThat(prov.exit()).isZero();
    assertThat(prov.out()).contains("bundle datasets:first", "bundle datasets:second");
    assertThat(claimReview.exit()).isEqualTo(2);
    assertThat(claimReview.err()).contains("exports one dataset");
  }

  @Test
  void aCorpusComesBackFromProvAsACorpusWithItsDatasetsInline() throws IOException {
    Path report = report();
    Files.copy(report, dir.resolve("copy.json"));
    Path manifest =
        Files.writeString(
            dir.resolve("corpus.json"),
            """
        {"schemaVersion": "1.1", "datasets": [{"id": "first", "file": "report.json"},
          {"id": "second", "file": "copy.json"}]}
        """,
            StandardCharsets.UTF_8);
    Path prov = dir.resolve("corpus.provn");
    Corpus corpus =
        new Corpus.Builder()
            .add("first", KurskReport.dataset())
            .add("second", KurskReport.dataset())
            .build();

    ProgramRun export =
        ProgramRun.of("export", "--to", "prov-n", "-o", prov.toString(), manifest.toString());
    ProgramRun back = ProgramRun.of("import", "--from", "prov", prov.toString());

    assertThat(export.exit()).isZero();
    assertThat(back.exit()).isZero();
    assertThat(back.err()).isEmpty();
    assertThat(back.out()).isEqualTo(new DatasetFiles().write(corpus));
  }

  @Test
  void exportWritesToStandardOutputWithoutOutputFile() throws IOException {
    ProgramRun run = ProgramRun.of("export", "--to", "prov-n", report().toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("document").contains("prov:Quotation");
  }

  @Test
  void assessmentsGoToClaimReviewAndTheClaimsNoOneAssessedAreNamedAsLeftOut() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("assessed.json"),
            new DatasetFiles().write(assessed()),
            StandardCharsets.UTF_8);

    ProgramRun run = ProgramRun.of("export", "--to", "claimreview", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("\"@type\" : \"ClaimReview\"", "\"alternateName\" : \"Mostly true\"");
    assertThat(run.err())
        .contains(
            "1 assessment written as ClaimReview; 19 claims that no one" + " assessed left out");

    Path claimReview = dir.resolve("claimreview.json");
    Files.writeString(claimReview, run.out(), StandardCharsets.UTF_8);
    ProgramRun back = ProgramRun.of("import", "--from", "claimreview", claimReview.toString());
    assertThat(back.exit()).isZero();
    assertThat(back.out()).contains("\"rating\" : \"Mostly true\"");
    ProgramRun shown = ProgramRun.withInput(back.out(), "show", "-");
    assertThat(shown.out())
        .contains(
            "assessed: \"Mostly true\" (4 on a scale from 1 to 5) by"
                + " Example Fact Check, 30 Oct 2024");
  }

  @Test
  void importFromTheFactCheckApiListsWhatItLeftOut() throws IOException {
    Path response =
        Files.writeString(
            dir.resolve("response.json"),
            "{\"claims\":[{\"text\":"
                + "\"Taxes fell.\",\"claimant\":\"A senator\",\"claimReview\":[{\"publisher\":{\"name\":"
                + "\"Checkers\",\"site\":\"checkers.example\"},\"textualRating\":\"False\"}]}],"
                + "\"nextPageToken\":\"CAo\"}",
            StandardCharsets.UTF_8);
    Path out = dir.resolve("dataset.json");

    ProgramRun run =
        ProgramRun.of(
            "import", "--from", "factcheck-api", "-o", out.toString(), response.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(
            "left out $.claims[0].claimReview[0].publisher.site: Hearsay's actors have no addresses",
            "left out $.nextPageToken: paging through search results is the caller's");
    ProgramRun validated = ProgramRun.of("validate", out.toString());
    assertThat(validated.exit()).isZero();
    assertThat(validated.out()).contains("valid (1 claim, 0 events)");
  }

  @Test
  void aMalformedDocumentIsRefusedWithItsPlaceAndExitCodeTwo() throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("bad.json"),
            "{\"@type\":\"ClaimReview\"," + "\"claimReviewed\":\"Taxes fell.\",\"author\":7}",
            StandardCharsets.UTF_8);

    ProgramRun run = ProgramRun.of("import", "--from", "claimreview", bad.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            bad
                + ": cannot be imported: $.author: must be a name, a"
                + " Person or an Organization, not a number"
                + System.lineSeparator());
    assertThat(run.printed()).doesNotContainPattern(ProgramRun.JAVA);
  }

  @Test
  void aDocumentThatBreaksTheModelsRulesExitsWithOne() throws IOException {
    String review =
        "{\"@type\":\"ClaimReview\",\"claimReviewed\":\"Taxes fell.\","
            + "\"author\":\"Checkers\",\"url\":\"https://checkers.example/r/1\","
            + "\"reviewRating\":{\"alternateName\":\"False\"}}";
    Path twice =
        Files.writeString(
            dir.resolve("twice.json"), "[" + review + "," + review + "]", StandardCharsets.UTF_8);

    ProgramRun run = ProgramRun.of("import", "--from", "claimreview", twice.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("$[1]: ", "already in assessments[0]");
  }

  @Test
  void brokenProvAndMissingFilesAreRefusedWithoutAStackTrace() {
    ProgramRun prov =
        ProgramRun.withInput(
            "document\n  entity(ex:a\nendDocument\n", "import", "--from", "prov", "-");
    ProgramRun missing = ProgramRun.of("export", "--to", "prov-n", dir.resolve("none").toString());

    assertThat(prov.exit()).isEqualTo(2);
    assertThat(prov.err()).startsWith("standard input: cannot be imported: ");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
    assertThat(prov.printed() + missing.printed()).doesNotContainPattern(ProgramRun.JAVA);
  }

  @Test
  void anUnknownFormatNamesTheChoices() {
    ProgramRun run = ProgramRun.of("export", "--to", "rdf", "x.json");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("'rdf' is not a format to export to; choose prov-jsonld, prov-n or claimreview");
  }

  @Test
  void anOutputFileThatCannotBeWrittenIsSaidPlainly() throws IOException {
    ProgramRun run =
        ProgramRun.of(
            "export",
            "--to",
            "prov-n",
            "-o",
            dir.resolve("no/such/dir/out.provn").toString(),
            report().toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no such directory");
  }

  /** A document of one format given as another: said, with what it looks like, and exit 2. */
  private ProgramRun importedAs(String format, String name, String text) throws IOException {
    Path file = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    ProgramRun run = ProgramRun.of("import", "--from", format, file.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(file + ": cannot be imported: ");
    assertThat(run.printed()).doesNotContainPattern(ProgramRun.JAVA);
    return run;
  }

  private static final String CLAIM_REVIEW =
      "{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\","
          + "\"claimReviewed\":\"Taxes fell.\",\"author\":\"Checkers\","
          + "\"reviewRating\":{\"alternateName\":\"False\"}}";

  private static final String API_RESPONSE =
      "{\"claims\":[{\"text\":\"Taxes fell.\",\"claimReview\":[{\"publisher\":"
          + "{\"name\":\"Checkers\"},\"textualRating\":\"False\"}]}]}";

  @Test
  void aClaimReviewPageGivenAsAFactCheckApiResponseIsRefusedNotReadAsNoResults()
      throws IOException {
    ProgramRun run = importedAs("factcheck-api", "page.json", CLAIM_REVIEW);

    assertThat(run.err())
        .contains(
            "$: is not a Fact Check Tools API claims:search response",
            "it is a schema.org ClaimReview");
  }

  @Test
  void anObjectWithoutClaimsGivenAsAFactCheckApiResponseNamesItsFields() throws IOException {
    ProgramRun run = importedAs("factcheck-api", "other.json", "{\"results\":[],\"total\":0}");

    assertThat(run.err()).contains("it has the fields results, total");
  }

  @Test
  void aFactCheckApiResponseGivenAsClaimReviewIsRefused() throws IOException {
    ProgramRun run = importedAs("claimreview", "response.json", API_RESPONSE);

    assertThat(run.err()).contains("$: holds no ClaimReview");
  }

  @Test
  void aHearsayDatasetGivenAsProvIsRefusedInWordsWithoutJavaNames() throws IOException {
    ProgramRun run =
        importedAs("prov", "report.json", new DatasetFiles().write(KurskReport.dataset()));

    assertThat(run.err())
        .contains(
            "the field \"schemaVersion\" is not one that a PROV-JSON-LD document has",
            "(line 2, column ")
        .doesNotContain("org.openprovenance", "StreamReadFeature", "[Source");
  }

  @Test
  void aClaimReviewPageGivenAsProvIsRefused() throws IOException {
    ProgramRun run = importedAs("prov", "page.json", CLAIM_REVIEW);

    assertThat(run.err()).contains("the field \"@type\"", "is this PROV?");
  }

  @Test
  void anEmptyFactCheckApiResponseIsStillAnEmptyDataset() throws IOException {
    Path empty =
        Files.writeString(
            dir.resolve("none.json"), "{\"nextPageToken\":\"x\"}", StandardCharsets.UTF_8);

    ProgramRun run = ProgramRun.of("import", "--from", "factcheck-api", empty.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("\"title\" : \"Fact-checks read from the Fact Check Tools API\"");
  }
}
