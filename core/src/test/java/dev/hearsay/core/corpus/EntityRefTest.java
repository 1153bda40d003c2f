package dev.hearsay.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.PlaceId;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.ValueCheckException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Refs to the entities and datasets of a corpus, and the pattern their ids follow. */
class EntityRefTest {
  private static final DatasetId KYIV = DatasetId.of("kyiv");

  @Test
  void aRefIsMadeFromTheIdOfEachKindOfEntity() {
    assertThat(EntityRef.of(KYIV, ActorId.of("nyt"))).isEqualTo(EntityRef.actor("kyiv", "nyt"));
    assertThat(EntityRef.of(KYIV, SourceId.of("report")))
        .isEqualTo(EntityRef.source("kyiv", "report"))
        .hasToString("kyiv/source/report");
    assertThat(EntityRef.of(KYIV, PlaceId.of("kursk")))
        .isEqualTo(EntityRef.place("kyiv", "kursk"))
        .hasToString("kyiv/place/kursk");
    assertThat(EntityRef.of(KYIV, EntityKind.ACTOR, "nyt"))
        .isEqualTo(EntityRef.actor("kyiv", "nyt"));
  }

  @Test
  void datasetIdsSortByTheirText() {
    List<DatasetId> ids =
        Stream.of("ooda", "Kyiv", "kyiv", "a-1").map(DatasetId::of).sorted().toList();

    assertThat(ids).extracting(DatasetId::toString).containsExactly("Kyiv", "a-1", "kyiv", "ooda");
  }

  @Test
  void anIdStartsWithAnAsciiLetterOfEitherCase() {
    for (String id : List.of("A", "Z", "a", "z", "Ab", "zY")) {
      assertThat(DatasetId.of(id)).hasToString(id);
    }
    for (String id : List.of("@b", "[b", "`b", "{b", "0b", "-b")) {
      assertThatThrownBy(() -> DatasetId.of(id))
          .as(id)
          .isInstanceOf(ValueCheckException.class)
          .hasMessageStartingWith("DatasetId: '" + id + "' is not a valid id");
    }
  }

  @Test
  void anIdHasAtMost128Characters() {
    String longest = "a".repeat(128);

    assertThat(EntityRef.actor("kyiv", longest).id()).isEqualTo(longest);
    assertThatThrownBy(() -> EntityRef.actor("kyiv", longest + "a"))
        .isInstanceOf(ValueCheckException.class)
        .hasMessageStartingWith("EntityRef.id: '" + longest + "a' is not a valid id");
    assertThatThrownBy(() -> DatasetId.of("")).isInstanceOf(ValueCheckException.class);
  }
}
