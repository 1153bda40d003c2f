package dev.hearsay.jackson.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.DatasetPath;
import org.junit.jupiter.api.Test;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;

class ElementStartsTest {
  private static TokenStreamLocation at(int line, int column) {
    return new TokenStreamLocation(ContentReference.unknown(), -1, -1, line, column);
  }

  @Test
  void findsAnElementByIndexOrByIdAcrossManyElements() {
    ElementStarts starts = new ElementStarts();
    starts.metadata(at(2, 15));
    for (int i = 0; i < 40; i++) {
      starts.element("claims", at(100 + i, 5), "c" + i);
      starts.element("relations", at(200 + i, 7), null);
    }
    starts.element("claims", at(999, 5), "c3");

    assertThat(starts.of(DatasetPath.parse("metadata")).getLineNr()).isEqualTo(2);
    assertThat(starts.of(DatasetPath.parse("claims[35]")).getLineNr()).isEqualTo(135);
    assertThat(starts.of(DatasetPath.parse("claims[35]")).getColumnNr()).isEqualTo(5);
    assertThat(starts.of(DatasetPath.parse("claims[c20]")).getLineNr()).isEqualTo(120);
    assertThat(starts.of(DatasetPath.parse("claims[c3]")).getLineNr())
        .as("the first with the id")
        .isEqualTo(103);
    assertThat(starts.of(DatasetPath.parse("claims[40]")).getLineNr()).isEqualTo(999);
    assertThat(starts.of(DatasetPath.parse("relations[39]")).getColumnNr()).isEqualTo(7);
  }

  @Test
  void answersNullForWhatItWasNotTold() {
    ElementStarts starts = new ElementStarts();
    starts.element("claims", at(10, 1), "c0");

    assertThat(starts.of(DatasetPath.parse("metadata"))).isNull();
    assertThat(starts.of(DatasetPath.parse("claims[1]"))).isNull();
    assertThat(starts.of(DatasetPath.parse("claims[c9]"))).isNull();
    assertThat(starts.of(DatasetPath.parse("claims"))).isNull();
    assertThat(starts.of(DatasetPath.parse("events[0]"))).isNull();
  }
}
