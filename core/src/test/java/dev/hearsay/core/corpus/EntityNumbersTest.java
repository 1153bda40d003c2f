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
}
