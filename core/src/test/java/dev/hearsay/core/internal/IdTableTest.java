package dev.hearsay.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IdTableTest {
  @Test
  void findsEachIdAtItsFirstPositionAndReportsEveryRepeat() {
    List<String> ids = List.of("a", "b", "a", "c", "b", "a");
    List<String> repeats = new ArrayList<>();

    IdTable<String> table =
        IdTable.of(
            ids, Function.identity(), (i, earlier) -> repeats.add(i + " repeats " + earlier));

    assertThat(table.indexOf("a")).isZero();
    assertThat(table.indexOf("b")).isEqualTo(1);
    assertThat(table.indexOf("c")).isEqualTo(3);
    assertThat(table.indexOf("d")).isEqualTo(-1);
    assertThat(table.contains(new String("c"))).isTrue();
    assertThat(table.size()).isEqualTo(3);
    assertThat(repeats).containsExactly("2 repeats 0", "4 repeats 1", "5 repeats 0");
  }

  /** Keys whose hashes collide are told apart by equality, however long the probe. */
  @Test
  void keysWithOneHashAreToldApart() {
    List<String> ids = new ArrayList<>();
    // "Aa" and "BB" have the same hash, and so do all their concatenations.
    for (int i = 0; i < 64; i++) {
      StringBuilder id = new StringBuilder();
      for (int bit = 0; bit < 6; bit++) {
        id.append((i >> bit & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(id.toString());
    }

    IdTable<String> table = IdTable.of(ids, Function.identity());

    for (int i = 0; i < ids.size(); i++) {
      assertThat(table.indexOf(ids.get(i))).isEqualTo(i);
    }
    assertThat(table.indexOf("AaAaAaAaAaAb")).isEqualTo(-1);
  }

  @Test
  void anEmptyTableHoldsNothing() {
    IdTable<String> table = IdTable.of(List.<String>of(), Function.identity());

    assertThat(table.indexOf("a")).isEqualTo(-1);
    assertThat(table.size()).isZero();
  }
}
