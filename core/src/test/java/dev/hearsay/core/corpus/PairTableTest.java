package dev.hearsay.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairTableTest {
  @Test
  void keepsTheFirstIndexOfAPairWhicheverWayItIsNamed() {
    PairTable table = new PairTable(4);

    assertThat(table.putIfAbsent(0, 1, 7)).isEqualTo(-1);
    assertThat(table.putIfAbsent(0, 0, 8)).isEqualTo(-1);
    assertThat(table.putIfAbsent(1, 0, 9)).isEqualTo(7);
    assertThat(table.putIfAbsent(0, 1, 10)).isEqualTo(7);
    assertThat(table.putIfAbsent(0, 0, 11)).isEqualTo(8);
    assertThat(table.putIfAbsent(1, 1, 12)).isEqualTo(-1);
  }

  @Test
  void aPairFoundAgainCountsTheSlotsLookedAt() {
    PairTable table = new PairTable(4);
    table.putIfAbsent(2, 3, 0);
    long before = table.probes();

    table.putIfAbsent(3, 2, 1);

    assertThat(table.probes()).isGreaterThan(before);
  }

  /**
   * Far more pairs than the table was sized for, of neighbouring numbers and of numbers that
   * differ in high bits, agree with a map after every growth.
   */
  @Test
  void agreesWithAMapWhenItGrowsFarBeyondItsExpectedSize() {
    Random random = new Random(7);
    PairTable table = new PairTable(1);
    Map<List<Integer>, Integer> expected = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      int a = random.nextBoolean() ? random.nextInt(200) : random.nextInt(1 << 30);
      int b = random.nextBoolean() ? random.nextInt(200) : random.nextInt(1 << 30);
      Integer had = expected.putIfAbsent(List.of(Math.min(a, b), Math.max(a, b)), i);
      assertThat(table.putIfAbsent(b, a, i)).isEqualTo(had == null ? -1 : had);
    }
    for (Map.Entry<List<Integer>, Integer> pair : expected.entrySet()) {
      int a = pair.getKey().get(0);
      int b = pair.getKey().get(1);
      assertThat(table.putIfAbsent(a, b, -5)).isEqualTo(pair.getValue());
    }
  }
}
