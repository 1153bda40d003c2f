package dev.hearsay.jackson.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.DatasetPath;
import org.junit.jupiter.api.Test;

/**
 * The elements left out of a read: the paths and messages of what was read name elements by their
 * index in the document, and references to what was left out are told apart.
 */
class LeftOutElementsTest {
  @Test
  void indexesAmongTheValuesReadBecomeIndexesInTheDocument() {
    LeftOutElements left = new LeftOutElements();
    left.add("relations", 1, null);
    left.add("relations", 2, null);
    left.add("relations", 5, null);

    assertThat(left.text("relations[0]")).isEqualTo("relations[0]");
    assertThat(left.text("relations[1].to")).isEqualTo("relations[3].to");
    assertThat(left.text("relations[2]")).isEqualTo("relations[4]");
    assertThat(left.text("relations[3]")).isEqualTo("relations[6]");
    assertThat(left.text("relations[40]")).isEqualTo("relations[43]");
  }

  @Test
  void onlyTheListsOfTheDatasetAreRenumbered() {
    LeftOutElements left = new LeftOutElements();
    left.add("actors", 0, "a");

    assertThat(left.text("actors[1].id: the id 'b' is already used by actors[0]"))
        .isEqualTo("actors[2].id: the id 'b' is already used by actors[1]");
    assertThat(left.text("claims[c].actors[0]")).isEqualTo("claims[c].actors[0]");
    assertThat(left.text("claims[0].id")).isEqualTo("claims[0].id");
    assertThat(new LeftOutElements().text("actors[0]")).isEqualTo("actors[0]");
  }

  @Test
  void pathsAreRenumberedBySegment() {
    LeftOutElements left = new LeftOutElements();
    left.add("relations", 1, null);
    left.add("actors", 0, "a");

    assertThat(left.path(DatasetPath.parse("relations[1].to"))).hasToString("relations[2].to");
    assertThat(left.path(DatasetPath.parse("relations[0]"))).hasToString("relations[0]");
    assertThat(left.path(DatasetPath.parse("actors[1].affiliations[0].organization")))
        .hasToString("actors[2].affiliations[0].organization");
    assertThat(left.path(DatasetPath.parse("claims[0].id"))).hasToString("claims[0].id");
    assertThat(left.path(DatasetPath.parse("actors[a].id"))).hasToString("actors[a].id");
  }

  @Test
  void aReferenceMayNameAnElementLeftOut() {
    LeftOutElements left = new LeftOutElements();
    left.add("actors", 3, "nyt");
    left.add("claims", 0, null);
    left.addList("sources");

    assertThat(left.mayHaveHadId("actors", "nyt")).isTrue();
    assertThat(left.mayHaveHadId("actors", "bild")).isFalse();
    assertThat(left.mayHaveHadId("claims", "any")).isTrue();
    assertThat(left.mayHaveHadId("sources", "any")).isTrue();
    assertThat(left.mayHaveHadId("places", "any")).isFalse();
  }

  @Test
  void manyElementsLeftOutAreCountedByBisection() {
    LeftOutElements left = new LeftOutElements();
    for (int i = 0; i < 1_000_000; i++) {
      left.add("relations", 2 * i, null);
    }

    assertThat(left.text("relations[0]")).isEqualTo("relations[1]");
    assertThat(left.text("relations[999999]")).isEqualTo("relations[1999999]");
    assertThat(left.text("relations[1000000]")).isEqualTo("relations[2000000]");
  }
}
