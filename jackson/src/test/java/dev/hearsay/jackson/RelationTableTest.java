package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Relations held as ints give back their kinds and ends, in order, through growth. */
class RelationTableTest {
  @Test
  void givesBackEachRelationsKindAndEndsWithoutItsNote() {
    SplittableRandom random = new SplittableRandom(7);
    RelationKind[] kinds = RelationKind.values();
    List<Relation> noted = new ArrayList<>();
    RelationTable table = new RelationTable();
    for (int i = 0; i < 1000; i++) {
      Relation.Builder relation =
          new Relation.Builder()
              .from(ClaimId.of("c" + random.nextInt(300)))
              .kind(kinds[random.nextInt(kinds.length)])
              .to(ClaimId.of("claim-" + random.nextInt(300)));
      if (i % 3 == 0) {
        relation.note("Noted " + i + ".");
      }
      Relation built = relation.build();
      noted.add(built);
      table.note(built);
    }

    assertThat(table).hasSize(1000);
    for (int i = 0; i < noted.size(); i++) {
      Relation expected = noted.get(i);
      assertThat(table.get(i))
          .as("relation %d", i)
          .isEqualTo(Relation.of(expected.from(), expected.kind(), expected.to()));
    }
    assertThatThrownBy(() -> table.get(1000)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
