package dev.hearsay.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GroupTableTest {
  @Test
  void keepsTheFirstValueOfEachGroupAndItsKeysInTheOrderTheyCame() {
    GroupTable table = new GroupTable(2);

    assertThat(table.putIfAbsent(7, 0)).isEqualTo(-1);
    assertThat(table.putIfAbsent(3, 1)).isEqualTo(-1);
    assertThat(table.putIfAbsent(7, 5)).isZero();
    assertThat(table.putIfAbsent(0, 2)).isEqualTo(-1);

    assertThat(table.get(7)).isZero();
    assertThat(table.get(3)).isEqualTo(1);
    assertThat(table.get(0)).isEqualTo(2);
    assertThat(table.get(4)).isEqualTo(-1);
    assertThat(table.size()).isEqualTo(3);
    assertThat(List.of(table.key(0), table.key(1), table.key(2))).containsExactly(7, 3, 0);
  }

  /**
   * Far more groups than the table was sized for, many of them a multiple of a power of two (the
   * keys that crowd one slot when the hash is weak), agree with a map after every growth.
   */
  @Test
  void agreesWithAMapWhenItGrowsFarBeyondItsExpectedSize() {
    Random random = new Random(42);
    GroupTable table = new GroupTable(1);
    Map<Integer, Integer> expected = new LinkedHashMap<>();
    for (int i = 0; i < 20_000; i++) {
      int group = random.nextBoolean() ? random.nextInt(5_000) << 10 : random.nextInt(1 << 30);
      Integer had = expected.putIfAbsent(group, i);
      assertThat(table.putIfAbsent(group, i)).isEqualTo(had == null ? -1 : had);
    }

    assertThat(table.size()).isEqualTo(expected.size());
    List<Integer> keys = new ArrayList<>();
    for (int k = 0; k < table.size(); k++) {
      keys.add(table.key(k));
    }
    assertThat(keys).containsExactlyElementsOf(expected.keySet());
    Map<Integer, Integer> found = new HashMap<>();
    for (int key : keys) {
      found.put(key, table.get(key));
    }
    assertThat(found).isEqualTo(expected);
    for (int i = 0; i < 1_000; i++) {
      int absent = -2 - random.nextInt(Integer.MAX_VALUE - 2);
      assertThat(table.get(absent)).isEqualTo(-1);
    }
  }
}
