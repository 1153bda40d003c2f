package dev.hearsay.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartyCountTest {
  private static final List<IdentityStatement> WIDENING =
      List.of(
          IdentityStatement.of(
              Identity.POSSIBLY_SAME,
              EntityRef.actor("kyiv", "us-officials"),
              EntityRef.actor("reuters", "two-us-officials")));

  @Test
  void readsAsOneNumberAnIntervalOrABoundThatIsNotExact() {
    assertThat(PartyCount.of(3)).hasToString("3");
    assertThat(new PartyCount(2, 3, true, 2, WIDENING)).hasToString("2-3");
    assertThat(new PartyCount(1, 5, false, 2, WIDENING))
        .hasToString("at least 1, at most 5 (not exact; 2 reached)");
  }

  @Test
  void numbersOutOfOrderAreRefusedWithThemAll() {
    assertThatThrownBy(() -> new PartyCount(2, 3, true, 3, WIDENING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("was min 2, reached 3, max 3, exact");
    assertThatThrownBy(() -> new PartyCount(2, 3, false, 4, WIDENING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("was min 2, reached 4, max 3");
    assertThatThrownBy(() -> new PartyCount(2, 3, true, 2, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("PartyCount.widening:");
  }
}
