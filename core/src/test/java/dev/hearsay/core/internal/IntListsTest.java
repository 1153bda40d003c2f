package dev.hearsay.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntListsTest {
  @Test
  void eachKeyKeepsItsValuesInTheOrderAddedAndARepeatInARowOnce() {
    IntLists lists =
        new IntLists.Builder(3, 2).add(2, 7).add(0, 1).add(2, 7).add(2, 5).add(2, 7).build();

    assertThat(lists.of(0)).containsExactly(1);
    assertThat(lists.of(1)).isEmpty();
    assertThat(lists.of(2)).containsExactly(7, 5, 7);
    assertThat(lists.size(2)).isEqualTo(3);
    assertThat(lists.get(2, 1)).isEqualTo(5);
  }

  @Test
  void aBuilderToldToKeepRepeatsKeepsThem() {
    IntLists lists = new IntLists.Builder(2, 2, true).add(1, 4).add(1, 4).build();

    assertThat(lists.of(1)).containsExactly(4, 4);
  }

  /**
   * Few values under many keys are held sorted and found by a binary search, many by an array of
   * all keys; both answer as a plain list per key does.
   */
  @ParameterizedTest
  @ValueSource(ints = {3, 40, 4_000})
  void answersAsAListPerKeyWhateverTheShare(int pairs) {
    int keys = 1_000;
    SplittableRandom random = new SplittableRandom(pairs);
    List<List<Integer>> expected = new ArrayList<>();
    for (int k = 0; k < keys; k++) {
      expected.add(new ArrayList<>());
    }
    IntLists.Builder builder = new IntLists.Builder(keys, 1);
    for (int i = 0; i < pairs; i++) {
      int key = random.nextInt(keys);
      int value = random.nextInt(3);
      builder.add(key, value);
      List<Integer> list = expected.get(key);
      if (list.isEmpty() || list.get(list.size() - 1) != value) {
        list.add(value);
      }
    }
    IntLists lists = builder.build();

    for (int k = 0; k < keys; k++) {
      assertThat(lists.of(k))
          .as("key %d", k)
          .containsExactly(expected.get(k).stream().mapToInt(Integer::intValue).toArray());
      assertThat(lists.size(k)).isEqualTo(expected.get(k).size());
    }
  }
}
