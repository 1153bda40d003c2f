package dev.hearsay.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An entity is found from its position in its dataset's list, and found all the same without. */
class EntityNumbersTest {
  private static EntityNumbers numbers() {
    EntityNumbers numbers = new EntityNumbers(List.of(DatasetId.of("a"), DatasetId.of("b")), 4);
    numbers.add(0, EntityKind.ACTOR, "x");
    numbers.add(0, EntityKind.ACTOR, "y");
    numbers.add(0, EntityKind.SOURCE, "s");
    numbers.add(1, EntityKind.ACTOR, "y");
    numbers.add(1, EntityKind.SOURCE, "s");
    numbers.add(1, EntityKind.SOURCE, "t");
    return numbers;
  }

  @Test
  void anEntityIsFoundAtItsPositionAmongItsDatasetsEntitiesOfItsKind() {
    EntityNumbers numbers = numbers();

    assertThat(numbers.number(0, EntityKind.ACTOR, "y", 1)).isEqualTo(1);
    assertThat(numbers.number(0, EntityKind.SOURCE, "s", 0)).isEqualTo(2);
    assertThat(numbers.number(1, EntityKind.ACTOR, "y", 0)).isEqualTo(3);
    assertThat(numbers.number(1, EntityKind.SOURCE, "t", 1)).isEqualTo(5);
  }

  @Test
  void aPositionThatDoesNotHoldTheEntityFallsBackToTheTable() {
    EntityNumbers numbers = numbers();

    assertThat(numbers.number(1, EntityKind.SOURCE, "t", 0)).isEqualTo(5);
    assertThat(numbers.number(1, EntityKind.SOURCE, "s", 7)).isEqualTo(4);
    assertThat(numbers.number(0, EntityKind.ACTOR, "y", -1)).isEqualTo(1);
    assertThat(numbers.number(1, EntityKind.ACTOR, "x", 0)).isEqualTo(-1);
    assertThat(numbers.number(-1, EntityKind.ACTOR, "x", 0)).isEqualTo(-1);
  }

  @Test
  void anEntityFoundAtItsPositionLooksAtNoSlotOfTheTable() {
    EntityNumbers numbers = numbers();
    long before = numbers.probes();

    assertThat(numbers.number(0, EntityKind.ACTOR, "x", 0)).isEqualTo(0);
    assertThat(numbers.number(0, EntityKind.ACTOR, "y", 1)).isEqualTo(1);
    assertThat(numbers.number(0, EntityKind.SOURCE, "s", 0)).isEqualTo(2);
    assertThat(numbers.number(1, EntityKind.ACTOR, "y", 0)).isEqualTo(3);
    assertThat(numbers.number(1, EntityKind.SOURCE, "s", 0)).isEqualTo(4);
    assertThat(numbers.number(1, EntityKind.SOURCE, "t", 1)).isEqualTo(5);
    assertThat(numbers.probes()).isEqualTo(before);
  }

  @Test
  void anEntityFoundThroughTheTableCountsTheSlotsLookedAt() {
    EntityNumbers numbers = numbers();
    long before = numbers.probes();

    assertThat(numbers.number(DatasetId.of("b"), EntityKind.SOURCE, "t")).isEqualTo(5);
    assertThat(numbers.number(EntityRef.source("a", "s"))).isEqualTo(2);
    assertThat(numbers.number(DatasetId.of("c"), EntityKind.SOURCE, "t")).isEqualTo(-1);
    assertThat(numbers.probes()).isGreaterThanOrEqualTo(before + 2);
  }

  @Test
  void aPositionJustPastTheLastEntityFallsBackToTheTable() {
    EntityNumbers numbers = numbers();

    assertThat(numbers.number(0, EntityKind.ACTOR, "x", 6)).isEqualTo(0);
    assertThat(numbers.number(0, EntityKind.PLACE, "x", 0)).isEqualTo(-1);
  }

  @Test
  void manyMoreEntitiesThanExpectedAreAllNumberedAndFound() {
    List<DatasetId> datasets = List.of(DatasetId.of("a"), DatasetId.of("b"), DatasetId.of("c"));
    EntityNumbers numbers = new EntityNumbers(datasets, 0);
    int each = 400;
    for (int d = 0; d < datasets.size(); d++) {
      for (EntityKind kind : EntityKind.values()) {
        for (int i = 0; i < each; i++) {
          numbers.add(d, kind, "e" + i);
        }
      }
    }

    assertThat(numbers.size()).isEqualTo(datasets.size() * EntityKind.values().length * each);
    assertThat(numbers.probes()).as("entities that met a taken slot were probed past").isPositive();
    int n = 0;
    for (int d = 0; d < datasets.size(); d++) {
      for (EntityKind kind : EntityKind.values()) {
        for (int i = 0; i < each; i++) {
          assertThat(numbers.number(d, kind, "e" + i)).isEqualTo(n);
          assertThat(numbers.number(d, kind, "e" + i, i)).isEqualTo(n);
          assertThat(numbers.datasetOf(n)).isEqualTo(d);
          assertThat(numbers.kindOf(n)).isEqualTo(kind);
          assertThat(numbers.idOf(n)).isEqualTo("e" + i);
          n++;
        }
      }
    }
    assertThat(numbers.ref(n - 1)).isEqualTo(EntityRef.place("c", "e" + (each - 1)));
    assertThat(numbers.number(0, EntityKind.ACTOR, "e" + each)).isEqualTo(-1);
  }
}
