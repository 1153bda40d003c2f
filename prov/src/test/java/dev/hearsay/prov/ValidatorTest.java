package dev.hearsay.prov;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.testing.random.RandomDatasets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.model.Entity;
import org.openprovenance.prov.model.Statement;
import org.openprovenance.prov.validation.report.ValidationReport;
import org.openprovenance.prov.vanilla.ProvFactory;

/**
 * ProvToolbox's validator on the exports: it checks the PROV-CONSTRAINTS rules it implements
 * (event ordering, as cycles of events that must each come before the next; names used for two
 * kinds of things; the merging of statements that must be one; specialization). The worked
 * dataset passes; so does every dataset whose sources do not cite each other in a cycle, which
 * PROV forbids and Hearsay allows.
 */
class ValidatorTest {
  private static final ProvMapping MAPPING = new ProvMapping();

  @Test
  void theWorkedDatasetIsValidProv() {
    ValidationReport report = ProvToolboxValidator.validate(MAPPING.toProv(WorkedDataset.get()));

    assertValid(report);
  }

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aDatasetIsValidProvUnlessItsSourcesCiteInACycle(long seed) {
    Dataset dataset = RandomDatasets.of(seed);

    ValidationReport report = ProvToolboxValidator.validate(MAPPING.toProv(dataset));

    if (citesInACycle(dataset)) {
      assertThat(report.getCycle()).isNotEmpty();
      assertThat(report.getCycle())
          .allSatisfy(
              cycle ->
                  assertThat(cycle.getStatement())
                      .extracting(StatementText::of)
                      .allMatch(s -> s.startsWith("wasGeneratedBy(source:")));
    } else {
      assertValid(report);
    }
  }

  @Test
  void theValidatorFindsANameThatIsBothAnEntityAndAnActivity() {
    Document document = MAPPING.toProv(WorkedDataset.get());
    ProvFactory factory = ProvFactory.getFactory();
    Statement claim =
        (Statement)
            document.getStatementOrBundle().stream()
                .filter(s -> StatementText.of(s).startsWith("entity(claim:"))
                .findFirst()
                .orElseThrow();
    document.getStatementOrBundle().add(factory.newActivity(((Entity) claim).getId()));

    ValidationReport report = ProvToolboxValidator.validate(document);

    assertThat(report.getTypeOverlap()).hasSize(1);
  }

  private static void assertValid(ValidationReport report) {
    assertThat(report.getCycle()).isEmpty();
    assertThat(report.getNonStrictCycle()).isEmpty();
    assertThat(report.getFailedMerge()).isEmpty();
    assertThat(report.getQualifiedNameMismatch()).isEmpty();
    assertThat(report.getTypeOverlap()).isEmpty();
    assertThat(report.getMalformedStatements()).isNull();
    assertThat(report.getSpecializationReport()).isNull();
  }

  /** Whether a source cites, through other sources, itself. */
  private static boolean citesInACycle(Dataset dataset) {
    for (Source source : dataset.sources()) {
      if (reaches(dataset, source.cites(), source.id(), new HashSet<>())) {
        return true;
      }
    }
    return false;
  }

  private static boolean reaches(
      Dataset dataset, List<SourceId> from, SourceId target, Set<SourceId> seen) {
    for (SourceId next : from) {
      if (next.equals(target)) {
        return true;
      }
      if (seen.add(next)
          && reaches(dataset, dataset.source(next).orElseThrow().cites(), target, seen)) {
        return true;
      }
    }
    return false;
  }
}
