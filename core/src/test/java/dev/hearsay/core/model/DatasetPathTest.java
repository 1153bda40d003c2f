package dev.hearsay.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.DatasetPath.Field;
import dev.hearsay.core.model.DatasetPath.Id;
import dev.hearsay.core.model.DatasetPath.Index;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A dataset path is its segments, written and read back as the violations write them. */
class DatasetPathTest {
  private static final DatasetPath ACTOR =
      DatasetPath.of("claims").id("c-trucks").field("attribution").index(0).index(1).field("actor");

  @Test
  void writesTheSegmentsAsTheViolationsDo() {
    assertThat(ACTOR).hasToString("claims[c-trucks].attribution[0][1].actor");
    assertThat(ACTOR.segments())
        .containsExactly(
            new Field("claims"),
            new Id("c-trucks"),
            new Field("attribution"),
            new Index(0),
            new Index(1),
            new Field("actor"));
    assertThat(ACTOR.length()).isEqualTo(6);
    assertThat(DatasetPath.root()).hasToString("");
    assertThat(DatasetPath.root().segments()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "claims[c-trucks].attribution[0][1].actor",
        "metadata.encodes",
        "relations[12]",
        "Quantity.upper",
        "Claim.quantities[2].name",
        "actors",
        ""
      })
  void readsBackWhatItWrites(String text) {
    DatasetPath path = DatasetPath.parse(text);

    assertThat(path).hasToString(text);
    assertThat(DatasetPath.parse(path.toString())).isEqualTo(path).hasSameHashCodeAs(path);
  }

  @Test
  void tellsPositionsFromIdsByTheirFirstCharacter() {
    assertThat(DatasetPath.parse("claims[3]").last()).isEqualTo(new Index(3));
    assertThat(DatasetPath.parse("claims[c3]").last()).isEqualTo(new Id("c3"));
  }

  @Test
  void parentPrefixAndStartsWithWorkOnSegments() {
    assertThat(ACTOR.parent()).hasToString("claims[c-trucks].attribution[0][1]");
    assertThat(ACTOR.prefix(2)).isEqualTo(DatasetPath.of("claims").id("c-trucks"));
    assertThat(ACTOR.startsWith(DatasetPath.parse("claims[c-trucks]"))).isTrue();
    assertThat(ACTOR.startsWith(DatasetPath.parse("claims[c-truck]"))).isFalse();
    assertThat(ACTOR.lastField()).isEqualTo("actor");
    assertThat(ACTOR.parent().lastField()).isNull();
    assertThat(DatasetPath.of("claims").id("c-trucks").resolve(DatasetPath.parse("quantities[1]")))
        .hasToString("claims[c-trucks].quantities[1]");
    assertThatThrownBy(() -> DatasetPath.root().parent()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void pathsOfDifferentSegmentsDiffer() {
    assertThat(DatasetPath.of("claims").index(1))
        .isNotEqualTo(DatasetPath.of("claims").id("1x"))
        .isNotEqualTo(DatasetPath.of("claims").field("x"));
    assertThat(DatasetPath.of("a").field("b")).isNotEqualTo(DatasetPath.of("a"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "claims[3",
        "claims..id",
        ".claims",
        "claims.",
        "claims[]",
        "claims[3]id",
        "claims[99999999999]"
      })
  void refusesTextThatIsNotAPath(String text) {
    assertThatThrownBy(() -> DatasetPath.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'" + text + "' is not a dataset path: ");
  }

  @Test
  void refusesSegmentsThatNameNothing() {
    assertThatThrownBy(() -> DatasetPath.root().field(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DatasetPath.root().index(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DatasetPath.root().id(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aValueCheckNamesItsFieldAsAPath() {
    ValueCheckException e = new ValueCheckException("Claim.quantities[2].name", "is used twice");

    assertThat(e.path().segments())
        .containsExactly(
            new Field("Claim"), new Field("quantities"), new Index(2), new Field("name"));
    assertThat(new ValueCheckException(DatasetPath.parse("Quantity.upper"), "x").field())
        .isEqualTo("Quantity.upper");
  }
}
