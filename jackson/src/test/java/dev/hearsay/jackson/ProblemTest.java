package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.ViolationCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A problem says where and what for people, and keeps the rule and the detail for code. */
class ProblemTest {
  private static final Problem UNKNOWN =
      new Problem(
          "claims[c].colour",
          3,
          7,
          "'colour' is not a field of Claim",
          null,
          "'colour' is not a field of Claim; disable ...");
  private static final Problem VIOLATION =
      new Problem(
          "relations[0].kind",
          12,
          3,
          "'undermines' is new in schema version 1.1",
          ViolationCode.NOT_IN_VERSION,
          null);

  @Test
  void aProblemIsWrittenWithItsPlaceAndItsRule() {
    assertThat(UNKNOWN)
        .hasToString("claims[c].colour: 'colour' is not a field of Claim (line 3, column 7)");
    assertThat(VIOLATION)
        .hasToString(
            "relations[0].kind: 'undermines' is new in schema version"
                + " 1.1 [NOT_IN_VERSION] (line 12, column 3)");
    assertThat(new Problem("Dataset", -1, -1, "is empty", null, null))
        .hasToString("Dataset: is empty");
  }

  @Test
  void theDetailIsTheMessageUnlessThereIsMore() {
    assertThat(VIOLATION.detail()).isEqualTo(VIOLATION.message());
    assertThat(UNKNOWN.detail()).endsWith("disable ...");
    assertThat(UNKNOWN.code()).isEmpty();
    assertThat(VIOLATION.code()).contains(ViolationCode.NOT_IN_VERSION);
  }

  @Test
  void problemsAreEqualWhenEveryPartIs() {
    assertThat(new Problem("a", 1, 2, "m", null, null))
        .isEqualTo(new Problem("a", 1, 2, "m", null, "m"))
        .hasSameHashCodeAs(new Problem("a", 1, 2, "m", null, null))
        .isNotEqualTo(new Problem("a", 1, 3, "m", null, null))
        .isNotEqualTo(new Problem("a", 1, 2, "m", ViolationCode.DUPLICATE_ID, null));
  }

  @Test
  void anExceptionNeedsAProblemAndNoFewerInAllThanItKeeps() {
    assertThatThrownBy(() -> new InvalidDatasetException(null, List.of(), 0, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new InvalidDatasetException(null, List.of(UNKNOWN, VIOLATION), 1, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anExceptionSurvivesJavaSerializationWithItsProblems() throws Exception {
    InvalidDatasetException original =
        new InvalidDatasetException(null, List.of(UNKNOWN, VIOLATION), 5, null);

    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
      out.writeObject(original);
    }
    Object read;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(buffer.toByteArray()))) {
      read = in.readObject();
    }

    assertThat(read)
        .isInstanceOfSatisfying(
            InvalidDatasetException.class,
            e -> {
              assertThat(e.problems()).containsExactly(UNKNOWN, VIOLATION);
              assertThat(e.total()).isEqualTo(5);
              assertThat(e.omitted()).isEqualTo(3);
              assertThat(e.getOriginalMessage())
                  .isEqualTo(original.getOriginalMessage())
                  .startsWith("The dataset has 5 problems, of which the first 2 are listed:\n");
            });
  }
}
