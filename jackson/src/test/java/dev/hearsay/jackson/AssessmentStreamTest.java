package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.core.model.ViolationCode;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Assessments go through the stream writer and reader as through the whole-document ones. */
class AssessmentStreamTest {
  @Test
  void theStreamWriterWritesWhatTheMapperWrites() {
    Dataset checked = Samples.factCheck();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (DatasetStreamWriter writer =
        DatasetStreamWriter.open(Json.MAPPER, out, Samples.header(checked))) {
      checked.claims().forEach(writer::writeClaim);
      checked.assessments().forEach(writer::writeAssessment);
    }

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(Json.MAPPER.writeValueAsString(checked));
  }

  @Test
  void theStreamReaderHandsBackTheAssessmentsChecked() {
    Dataset checked = Samples.factCheck();
    String json = Json.MAPPER.writeValueAsString(checked);

    try (DatasetStreamReader reader =
        DatasetStreamReader.open(Json.STRICT, new StringReader(json))) {
      assertThat(reader.nextClaim()).isEqualTo(checked.claims().get(0));
      assertThat(reader.assessments()).isEqualTo(checked.assessments());
      assertThat(reader.relations()).isEmpty();
    }
  }

  @Test
  void theStreamWriterRefusesAnAssessmentOffItsScaleAtTheEnd() {
    Dataset checked = Samples.factCheck();
    Assessment off = Samples.MOSTLY_FALSE.withRatingValue(BigDecimal.TEN);

    DatasetStreamWriter writer =
        DatasetStreamWriter.open(Json.MAPPER, new ByteArrayOutputStream(), Samples.header(checked));
    checked.claims().forEach(writer::writeClaim);
    writer.writeAssessment(off);

    assertThatThrownBy(writer::finish)
        .isInstanceOfSatisfying(
            DatasetValidationException.class,
            e ->
                assertThat(e.violations())
                    .singleElement()
                    .satisfies(
                        v -> {
                          assertThat(v.path()).hasToString("assessments[0].ratingValue");
                          assertThat(v.code()).isEqualTo(ViolationCode.RATING_OUT_OF_SCALE);
                        }));
    writer.close();
  }

  @Test
  void theStreamWriterRefusesRelationsAfterAssessments() {
    Dataset checked = Samples.factCheck();
    try (DatasetStreamWriter writer =
        DatasetStreamWriter.open(
            Json.MAPPER, new ByteArrayOutputStream(), Samples.header(checked))) {
      checked.claims().forEach(writer::writeClaim);
      writer.writeAssessment(checked.assessments().get(0));

      assertThatThrownBy(() -> writer.writeRelation(Samples.NOT_IN_COMBAT))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("cannot write relations after assessments");
    }
  }
}
