package dev.hearsay.prov;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusValidationException;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.EventLink;
import dev.hearsay.core.corpus.EventRef;
import dev.hearsay.core.corpus.Identity;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.jackson.CorpusFiles;
import dev.hearsay.jackson.HearsayMappers;
import dev.hearsay.testing.random.RandomDatasets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openprovenance.prov.model.AlternateOf;
import org.openprovenance.prov.model.Bundle;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.model.Statement;
import org.openprovenance.prov.model.WasInfluencedBy;
import org.openprovenance.prov.validation.report.ValidationReport;

/**
 * A corpus as PROV: a bundle for each dataset, its names under the bundle's, and the corpus's
 * identity statements and links at the top level; ProvToolbox reads it back and validates it,
 * and the import gives back the corpus.
 */
class CorpusTest {
  private static final ProvMapping MAPPING = new ProvMapping();
  private static final String DATASETS = "https://hearsay.dev/id/dataset/";
  private static final String CORPUS = "/dev/hearsay/examples/corpus/corpus.json";

  /** The worked dataset twice, under an id that is a PROV-N prefix and one that is not. */
  static Corpus small() {
    Dataset worked = WorkedDataset.get();
    String actor = worked.actors().get(1).id().value();
    return new Corpus.Builder()
        .add("kursk", worked)
        .add("kursk:copy.", worked)
        .links(
            new Links.Builder()
                .addIdentities(
                    IdentityStatement.of(
                            Identity.SAME,
                            EntityRef.actor("kursk", actor),
                            EntityRef.actor("kursk:copy.", actor))
                        .withNote("one outlet, two files"))
                .addIdentities(
                    IdentityStatement.of(
                        Identity.DISTINCT,
                        EntityRef.source("kursk", worked.sources().get(0).id().value()),
                        EntityRef.source("kursk:copy.", worked.sources().get(1).id().value())))
                .addClaims(
                    ClaimLink.of(
                        ClaimRef.of("kursk", worked.claims().get(0).id().value()),
                        RelationKind.DUPLICATES,
                        ClaimRef.of("kursk:copy.", worked.claims().get(0).id().value())))
                .addEvents(
                    EventLink.of(
                        EventRef.of("kursk", worked.events().get(0).id().value()),
                        EventRef.of("kursk:copy.", worked.events().get(0).id().value())))
                .build())
        .build();
  }

  static Corpus worked() {
    try {
      Path manifest = Path.of(CorpusTest.class.getResource(CORPUS).toURI());
      return CorpusFiles.read(HearsayMappers.recommended().build(), manifest);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @EnumSource(ProvFormat.class)
  void eachDatasetIsABundleUnderItsOwnNames(ProvFormat format) throws IOException {
    Corpus corpus = small();
    Document read = writtenAndRead(corpus, format);

    Map<String, Bundle> bundles = bundles(read);
    assertThat(bundles).containsOnlyKeys(DATASETS + "kursk", DATASETS + "kursk:copy.");
    int statements = MAPPING.toProv(WorkedDataset.get()).getStatementOrBundle().size();
    for (Map.Entry<String, Bundle> bundle : bundles.entrySet()) {
      assertThat(bundle.getValue().getStatement()).hasSize(statements);
      assertThat(bundle.getValue().getStatement())
          .filteredOn(s -> s instanceof org.openprovenance.prov.model.Agent)
          .allSatisfy(
              agent ->
                  assertThat(((org.openprovenance.prov.model.Agent) agent).getId().getUri())
                      .startsWith(bundle.getKey() + "/actor/"));
    }
  }

  @ParameterizedTest
  @EnumSource(ProvFormat.class)
  void aSameIdentityIsAnAlternateAndALinkBetweenClaimsARelation(ProvFormat format)
      throws IOException {
    Corpus corpus = small();
    String actor = WorkedDataset.get().actors().get(1).id().value();
    String claim = WorkedDataset.get().claims().get(0).id().value();
    Document read = writtenAndRead(corpus, format);

    List<AlternateOf> alternates = topLevel(read, AlternateOf.class);
    assertThat(alternates).hasSize(2);
    assertThat(alternates.get(0).getAlternate1().getUri())
        .isEqualTo(DATASETS + "kursk/actor/" + actor);
    assertThat(alternates.get(0).getAlternate2().getUri())
        .isEqualTo(DATASETS + "kursk:copy./actor/" + actor);
    List<WasInfluencedBy> links = topLevel(read, WasInfluencedBy.class);
    assertThat(links)
        .singleElement()
        .satisfies(
            link -> {
              assertThat(link.getInfluencee().getUri())
                  .isEqualTo(DATASETS + "kursk/claim/" + claim);
              assertThat(link.getInfluencer().getUri())
                  .isEqualTo(DATASETS + "kursk:copy./claim/" + claim);
              assertThat(link.getType())
                  .extracting(t -> t.getValue().toString())
                  .anyMatch(t -> t.contains("Duplicates"));
            });
  }

  @Test
  void theWorkedCorpusIsWrittenAndReadByProvToolboxInBothFormats() throws IOException {
    Corpus corpus = worked();
    long same =
        corpus.links().identities().stream().filter(s -> s.identity() == Identity.SAME).count();

    for (ProvFormat format : ProvFormat.values()) {
      Document read = writtenAndRead(corpus, format);

      assertThat(bundles(read).keySet())
          .containsExactlyElementsOf(
              corpus.datasets().keySet().stream().map(id -> DATASETS + id.value()).toList());
      assertThat(topLevel(read, AlternateOf.class))
          .hasSize((int) same + corpus.links().events().size());
    }
  }

  @ParameterizedTest
  @EnumSource(ProvFormat.class)
  void aCorpusComesBackEqual(ProvFormat format) throws IOException {
    for (Corpus corpus : List.of(small(), worked())) {
      ProvCorpusImport imported = MAPPING.corpusFromProv(writtenAndRead(corpus, format));

      assertThat(imported.omissions()).isEmpty();
      assertThat(imported.corpus().datasets()).containsExactlyEntriesOf(corpus.datasets());
      assertThat(imported.corpus().links()).isEqualTo(corpus.links());
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, 25);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aCorpusOfRandomDatasetsComesBackEqualInBothFormats(long seed) throws IOException {
    Corpus corpus;
    try {
      corpus =
          new Corpus.Builder()
              .add("a", RandomDatasets.of(seed))
              .add("b:2", RandomDatasets.of(seed + 1000))
              .add("c.", RandomDatasets.of(seed + 2000))
              .build();
    } catch (CorpusValidationException e) {
      // Identifiers that the datasets happen to share may join two values of one dataset through
      // another dataset, which a corpus refuses.
      Assumptions.abort("the random datasets make no corpus: " + e.getMessage());
      return;
    }

    for (ProvFormat format : ProvFormat.values()) {
      ProvCorpusImport imported = MAPPING.corpusFromProv(writtenAndRead(corpus, format));

      assertThat(imported.omissions()).as(format.name()).isEmpty();
      assertThat(imported.corpus().datasets())
          .as(format.name())
          .containsExactlyEntriesOf(corpus.datasets());
    }
  }

  @Test
  void anAlternateThatNoLinkRecordsIsLeftOut() {
    Document document = MAPPING.toProv(small());
    org.openprovenance.prov.model.ProvFactory factory =
        org.openprovenance.prov.vanilla.ProvFactory.getFactory();
    AlternateOf first = topLevel(document, AlternateOf.class).get(0);
    document
        .getStatementOrBundle()
        .add(factory.newAlternateOf(first.getAlternate2(), first.getAlternate1()));

    ProvCorpusImport imported = MAPPING.corpusFromProv(document);

    assertThat(imported.omissions())
        .singleElement()
        .satisfies(o -> assertThat(o.statement()).startsWith("alternateOf("));
    assertThat(imported.corpus().links()).isEqualTo(small().links());
  }

  @Test
  void theWorkedCorpusIsValidProv() {
    ValidationReport report = ProvToolboxValidator.validate(MAPPING.toProv(worked()));

    assertThat(report.getCycle()).isEmpty();
    assertThat(report.getNonStrictCycle()).isEmpty();
    assertThat(report.getFailedMerge()).isEmpty();
    assertThat(report.getTypeOverlap()).isEmpty();
    assertThat(report.getMalformedStatements()).isNull();
  }

  @Test
  void theSmallCorpusIsValidProv() {
    ValidationReport report = ProvToolboxValidator.validate(MAPPING.toProv(small()));

    assertThat(report.getCycle()).isEmpty();
    assertThat(report.getFailedMerge()).isEmpty();
    assertThat(report.getTypeOverlap()).isEmpty();
    assertThat(report.getMalformedStatements()).isNull();
  }

  private static Document writtenAndRead(Corpus corpus, ProvFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(MAPPING.toProv(corpus), out);
    return format.read(new ByteArrayInputStream(out.toByteArray()));
  }

  private static Map<String, Bundle> bundles(Document document) {
    return document.getStatementOrBundle().stream()
        .filter(Bundle.class::isInstance)
        .map(Bundle.class::cast)
        .collect(
            Collectors.toMap(
                b -> b.getId().getUri(), b -> b, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static <T extends Statement> List<T> topLevel(Document document, Class<T> type) {
    return document.getStatementOrBundle().stream()
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }
}
