package dev.hearsay.prov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.time.ImpreciseTime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.model.Entity;
import org.openprovenance.prov.model.StatementOrBundle;
import org.openprovenance.prov.model.WasAttributedTo;
import org.openprovenance.prov.model.WasDerivedFrom;
import org.openprovenance.prov.validation.report.ValidationReport;

/**
 * Assessments in PROV: an entity typed {@code hearsay:Assessment}, attributed to its assessor,
 * derived from the claim it assesses, and read back whole.
 */
class AssessmentTest {
  private static final ProvMapping MAPPING = new ProvMapping();

  /** The worked dataset with a full assessment and a bare one of its first claims. */
  static Dataset assessed() {
    Dataset worked = WorkedDataset.get();
    Assessment full =
        new Assessment.Builder()
            .claim(worked.claims().get(0).id())
            .assessor(worked.actors().get(0).id())
            .source(worked.sources().get(0).id())
            .rating("Mostly false")
            .ratingValue(new BigDecimal("2"))
            .worstRating(BigDecimal.ONE)
            .bestRating(new BigDecimal("5"))
            .time(ImpreciseTime.parse("2024-11-02"))
            .url(URI.create("https://example.org/checks/1#verdict"))
            .build();
    Assessment bare =
        new Assessment.Builder()
            .claim(worked.claims().get(1).id())
            .assessor(worked.actors().get(1).id())
            .source(worked.sources().get(1).id())
            .rating("Unproven: no one outside the government has seen the trucks")
            .time(ImpreciseTime.parse("2024-11"))
            .build();
    return worked.toBuilder().addAssessments(full, bare).build();
  }

  @ParameterizedTest
  @EnumSource(ProvFormat.class)
  void theWorkedDatasetWithAssessmentsComesBackEqual(ProvFormat format) throws IOException {
    Dataset dataset = assessed();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(MAPPING.toProv(dataset), out);

    ProvImport imported =
        MAPPING.fromProv(format.read(new ByteArrayInputStream(out.toByteArray())));

    assertThat(imported.omissions()).isEmpty();
    assertThat(imported.dataset().assessments()).isEqualTo(dataset.assessments());
    assertThat(imported.dataset()).isEqualTo(dataset);
  }

  @Test
  void anAssessmentIsAnEntityAttributedToItsAssessorAndDerivedFromItsClaim() {
    Dataset dataset = assessed();
    Assessment first = dataset.assessments().get(0);
    List<StatementOrBundle> statements = MAPPING.toProv(dataset).getStatementOrBundle();

    Entity entity =
        statements.stream()
            .filter(
                s ->
                    s instanceof Entity e
                        && e.getId().getLocalPart().equals("1")
                        && e.getId().getNamespaceURI().equals("https://hearsay.dev/id/assessment/"))
            .map(Entity.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(entity.getLabel()).extracting(l -> l.getValue()).containsExactly("Mostly false");
    assertThat(statements)
        .anySatisfy(
            s -> {
              assertThat(s).isInstanceOf(WasAttributedTo.class);
              WasAttributedTo attribution = (WasAttributedTo) s;
              assertThat(attribution.getEntity()).isEqualTo(entity.getId());
              assertThat(attribution.getAgent().getLocalPart()).isEqualTo(first.assessor().value());
            });
    assertThat(statements)
        .anySatisfy(
            s -> {
              assertThat(s).isInstanceOf(WasDerivedFrom.class);
              WasDerivedFrom derivation = (WasDerivedFrom) s;
              assertThat(derivation.getGeneratedEntity()).isEqualTo(entity.getId());
              assertThat(derivation.getUsedEntity().getLocalPart())
                  .isEqualTo(first.claim().value());
            });
  }

  @Test
  void theExportWithAssessmentsIsValidProv() {
    ValidationReport report = ProvToolboxValidator.validate(MAPPING.toProv(assessed()));

    assertThat(report.getCycle()).isEmpty();
    assertThat(report.getNonStrictCycle()).isEmpty();
    assertThat(report.getFailedMerge()).isEmpty();
    assertThat(report.getTypeOverlap()).isEmpty();
    assertThat(report.getMalformedStatements()).isNull();
  }

  private static final String DOCUMENT =
      """
      document
      prefix hearsay <https://hearsay.dev/ns/prov#>
      prefix claim <https://hearsay.dev/id/claim/>
      prefix utterance <https://hearsay.dev/id/utterance/>
      prefix actor <https://hearsay.dev/id/actor/>
      prefix source <https://hearsay.dev/id/source/>
      prefix assessment <https://hearsay.dev/id/assessment/>
      agent(actor:a, [prov:label = "A"])
      agent(actor:checker, [prov:label = "Checker"])
      entity(source:review, [prov:type = 'hearsay:Article'])
      entity(claim:c, [prov:type = 'hearsay:Claim', prov:label = "It rained."])
      wasDerivedFrom(claim:c, utterance:u1)
      entity(utterance:u1, [prov:type = 'hearsay:Utterance', hearsay:mode = "paraphrase",\
       hearsay:commitment = "CT+"])
      wasAttributedTo(utterance:u1, actor:a)
      """;

  @Test
  void anAssessmentWrittenByHandImports() {
    ProvImport imported =
        importing(
            """
        entity(assessment:x, [prov:type = 'hearsay:Assessment', prov:label = "False",\
         hearsay:publishedIn = 'source:review', hearsay:ratingValue = "0" %% xsd:decimal])
        wasAttributedTo(assessment:x, actor:checker)
        wasDerivedFrom(assessment:x, claim:c, [prov:type = 'hearsay:Assesses'])
        """);

    assertThat(imported.complete()).isTrue();
    Assessment assessment = imported.dataset().assessments().get(0);
    assertThat(assessment.assessor().value()).isEqualTo("checker");
    assertThat(assessment.claim().value()).isEqualTo("c");
    assertThat(assessment.source().value()).isEqualTo("review");
    assertThat(assessment.rating()).isEqualTo("False");
    assertThat(assessment.ratingValue()).contains(BigDecimal.ZERO);
  }

  @Test
  void anAssessmentOfNoClaimIsRefusedWithItsStatement() {
    assertThatThrownBy(
            () ->
                importing(
                    """
        entity(assessment:x, [prov:type = 'hearsay:Assessment', prov:label = "False",\
         hearsay:publishedIn = 'source:review'])
        wasAttributedTo(assessment:x, actor:checker)
        """))
        .isInstanceOf(ProvImportException.class)
        .hasMessageContaining("entity(assessment:x)")
        .hasMessageContaining("derived from no claim");
  }

  @Test
  void anAssessmentWithoutAnAssessorIsRefused() {
    assertThatThrownBy(
            () ->
                importing(
                    """
        entity(assessment:x, [prov:type = 'hearsay:Assessment', prov:label = "False",\
         hearsay:publishedIn = 'source:review'])
        wasDerivedFrom(assessment:x, claim:c, [prov:type = 'hearsay:Assesses'])
        """))
        .isInstanceOf(ProvImportException.class)
        .hasMessageContaining("entity(assessment:x)")
        .hasMessageContaining("assessor");
  }

  @Test
  void aRatingOffItsScaleBreaksTheDatasetsRule() {
    assertThatThrownBy(
            () ->
                importing(
                    """
        entity(assessment:x, [prov:type = 'hearsay:Assessment', prov:label = "False",\
         hearsay:publishedIn = 'source:review', hearsay:ratingValue = "9" %% xsd:decimal,\
         hearsay:bestRating = "5" %% xsd:decimal, hearsay:worstRating = "1" %% xsd:decimal])
        wasAttributedTo(assessment:x, actor:checker)
        wasDerivedFrom(assessment:x, claim:c, [prov:type = 'hearsay:Assesses'])
        """))
        .isInstanceOf(ProvImportException.class)
        .hasMessageContaining("assessments[0]")
        .hasMessageContaining("outside the scale");
  }

  private static ProvImport importing(String statements) {
    Document document =
        ProvFormat.PROV_N.read(
            (DOCUMENT + statements + "endDocument\n").getBytes(StandardCharsets.UTF_8));
    return MAPPING.fromProv(document);
  }
}
