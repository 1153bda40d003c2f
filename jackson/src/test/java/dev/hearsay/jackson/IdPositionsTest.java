package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdPositionsTest {
  @Test
  void findsEveryIdAddedWithItsPositionAndNoOther() {
    IdPositions ids = new IdPositions();
    Map<String, Integer> expected = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      String id = randomId(random);
      if (!expected.containsKey(id)) {
        int position = random.nextInt(Integer.MAX_VALUE);
        expected.put(id, position);
        ids.add(id, position);
      }
    }

    assertThat(ids.size()).isEqualTo(expected.size());
    expected.forEach((id, position) -> assertThat(ids.positionOf(id)).as(id).isEqualTo(position));
    for (int i = 0; i < 10_000; i++) {
      String id = randomId(random) + "-absent";
      assertThat(ids.positionOf(id)).as(id).isEqualTo(-1);
    }
  }

  @Test
  void tellsApartIdsOfTheSameLengthAndHash() {
    IdPositions ids = new IdPositions();
    // "Aa" and "BB" have the same String hash code.
    ids.add("xAa", 1);

    assertThat(ids.positionOf("xBB")).isEqualTo(-1);
    ids.add("xBB", 2);
    assertThat(ids.positionOf("xAa")).isEqualTo(1);
    assertThat(ids.positionOf("xBB")).isEqualTo(2);
    assertThat(ids.positionOf("xAaa")).isEqualTo(-1);
  }

  /**
   * The slots looked at to find each of n ids that all have one String hash code: "x" and, per bit
   * of i, "Aa" or "BB", which hash alike. A table that spreads ids by their String hash puts them
   * all in one run of slots, and looks at every earlier one to find the next.
   */
  private static long probesToFindIdsOfOneStringHash(int bits) {
    IdPositions ids = new IdPositions();
    int n = 1 << bits;
    String[] written = new String[n];
    for (int i = 0; i < n; i++) {
      StringBuilder id = new StringBuilder("x");
      for (int b = 0; b < bits; b++) {
        id.append((i >> b & 1) == 0 ? "Aa" : "BB");
      }
      written[i] = id.toString();
      ids.add(written[i], i);
    }
    long added = ids.probes();
    for (int i = 0; i < n; i++) {
      assertThat(ids.positionOf(written[i])).isEqualTo(i);
    }
    return ids.probes() - added;
  }

  @Test
  void idsOfOneStringHashAreFoundInLinearSteps() {
    long small = probesToFindIdsOfOneStringHash(14);
    long large = probesToFindIdsOfOneStringHash(15);

    assertThat((double) large / small)
        .as("probes for 2n / probes for n (%d / %d)", large, small)
        .isLessThanOrEqualTo(2.2);
  }

  @Test
  void keepsIdsAcrossBlocks() {
    IdPositions ids = new IdPositions();
    String prefix = "c".repeat(120);
    int count = 30_000; // about 3.7 MB of ids, so four blocks of 1 MB
    for (int i = 0; i < count; i++) {
      ids.add(prefix + i, i);
    }

    for (int i = 0; i < count; i += 997) {
      assertThat(ids.positionOf(prefix + i)).isEqualTo(i);
    }
    assertThat(ids.positionOf(prefix + count)).isEqualTo(-1);
  }

  @Test
  void refusesWhatItCannotStore() {
    IdPositions ids = new IdPositions();

    assertThatThrownBy(() -> ids.add("caf\u00e9", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not ASCII");
    assertThatThrownBy(() -> ids.add("x".repeat(256), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too long");
    assertThat(ids.size()).isZero();
    ids.add("y".repeat(255), 3);
    assertThat(ids.positionOf("y".repeat(255))).isEqualTo(3);
  }

  @Test
  void keepsEveryAsciiCharacterUpToDelete() {
    IdPositions ids = new IdPositions();
    ids.add("a\u007f", 4);

    assertThat(ids.positionOf("a\u007f")).isEqualTo(4);
    assertThat(ids.idAt(ids.offsetsInIdOrder()[0])).isEqualTo("a\u007f");
  }

  @Test
  void ordersIdsByTheirCharactersAloneWhatEverTheirPositions() {
    IdPositions ids = new IdPositions();
    // the position's first byte, 0x7F, sorts after 'b': only the id's characters count
    ids.add("ab", 0);
    ids.add("a", 0x7F00_0000);
    ids.add("b", 1);
    ids.add("", 2);

    assertThat(Arrays.stream(ids.offsetsInIdOrder()).mapToObj(ids::idAt))
        .containsExactly("", "a", "ab", "b");
  }

  @Test
  void countsOneSlotToAddAndFindALoneIdAndMoreOnceIdsShareSlots() {
    IdPositions lone = new IdPositions();
    lone.add("a", 0);
    assertThat(lone.probes()).isEqualTo(1);
    assertThat(lone.positionOf("a")).isZero();
    assertThat(lone.probes()).isEqualTo(2);

    IdPositions many = new IdPositions();
    int count = 10_000;
    for (int i = 0; i < count; i++) {
      many.add("id" + i, i);
    }
    // at three quarters full at most, some of ten thousand ids find their slot taken
    assertThat(many.probes()).isGreaterThan(count);
  }

  private static String randomId(Random random) {
    StringBuilder id = new StringBuilder().append((char) ('a' + random.nextInt(26)));
    int length = random.nextInt(12);
    String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-";
    for (int i = 0; i < length; i++) {
      id.append(chars.charAt(random.nextInt(chars.length())));
    }
    return id.toString();
  }
}
