package dev.hearsay.testing.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriesTest {
  @Test
  void checksEveryInput() {
    List<Integer> seen = new ArrayList<>();

    Tries.forAll(25, random -> random.nextInt(100), seen::add);

    assertThat(seen).hasSize(25).allMatch(n -> n >= 0 && n < 100);
  }

  @Test
  void aFailureNamesTheTryTheSeedAndTheInput() {
    assertThatThrownBy(
            () ->
                Tries.forAll(
                    10,
                    random -> "input " + random.nextInt(5),
                    input -> {
                      throw new IllegalStateException("broken");
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "try 1 of 10 failed (rerun with -Dhearsay.seed=" + Tries.SEED + ") for input: input ")
        .hasRootCauseMessage("broken");
  }
}
