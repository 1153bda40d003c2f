package dev.hearsay.jackson.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldNamesTest {
  @Test
  void tellsNewNamesFromRepeatedOnesBeforeAndAfterItHoldsMany() {
    FieldNames names = new FieldNames();

    for (int i = 0; i < 1_000; i++) {
      assertThat(names.add("f" + i)).as("f%d", i).isTrue();
      assertThat(names.add(new String("f" + i))).as("f%d again", i).isFalse();
      assertThat(names.contains("f" + (i + 1))).isFalse();
    }
    for (int i = 0; i < 1_000; i += 7) {
      assertThat(names.contains("f" + i)).isTrue();
    }
  }
}
