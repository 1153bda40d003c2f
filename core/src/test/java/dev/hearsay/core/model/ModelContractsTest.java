package dev.hearsay.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What callers rely on beyond the values' own fields: serializable failures, equal outcomes. */
class ModelContractsTest {
  private static final Violation VIOLATION =
      new Violation(
          "claims[c-trucks].attribution[0][1].actor",
          ViolationCode.UNKNOWN_REFERENCE,
          "no actor has the id 'ghost'; add the actor or correct the id");

  @Test
  void aDatasetValidationExceptionSurvivesJavaSerializationWithItsViolations() throws Exception {
    var original = new DatasetValidationException(Violations.of(List.of(VIOLATION), 7));

    var buffer = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(buffer)) {
      out.writeObject(original);
    }
    Object read;
    try (var in = new ObjectInputStream(new ByteArrayInputStream(buffer.toByteArray()))) {
      read = in.readObject();
    }

    assertThat(read)
        .isInstanceOfSatisfying(
            DatasetValidationException.class,
            e -> {
              assertThat(e.violations()).containsExactly(VIOLATION);
              assertThat(e.total()).isEqualTo(7);
              assertThat(e.getMessage()).isEqualTo(original.getMessage());
            });
  }

  @Test
  void outcomesOfTryBuildAreEqualWhenTheirDatasetsOrViolationsAre() {
    Dataset.Builder broken = Fixtures.dataset().addClaims(Fixtures.claim("c-x", Fixtures.hop("a")));
    Dataset.Builder brokenAgain =
        Fixtures.dataset().addClaims(Fixtures.claim("c-x", Fixtures.hop("a")));

    assertThat(broken.tryBuild())
        .isEqualTo(brokenAgain.tryBuild())
        .hasSameHashCodeAs(brokenAgain.tryBuild());
    assertThat(Fixtures.dataset().tryBuild())
        .isEqualTo(Fixtures.dataset().tryBuild())
        .isNotEqualTo(broken.tryBuild());
  }

  @Test
  void aValueCheckNamesItsFieldAndRuleApart() {
    var e = new ValueCheckException("Claim.proposition", "must not be blank");

    assertThat(e).hasMessage("Claim.proposition: must not be blank");
    assertThat(e.field()).isEqualTo("Claim.proposition");
    assertThat(e.rule()).isEqualTo("must not be blank");
  }
}
