package dev.hearsay.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecentValuesTest {
  @Test
  void anEqualValueIsReplacedByTheOneHeld() {
    RecentValues<String> recent = new RecentValues<>(16);
    String first = new String("since August");

    assertThat(recent.share(first)).isSameAs(first);
    assertThat(recent.share(new String("since August"))).isSameAs(first);
  }

  @Test
  void valuesThatDifferStayApart() {
    RecentValues<String> recent = new RecentValues<>(16);
    String august = new String("August");
    String october = new String("October");

    recent.share(august);

    assertThat(recent.share(october)).isSameAs(october);
  }

  /** "Aa" and "BB" have one hash, so they take one slot: each in turn replaces the other. */
  @Test
  void aValueThatTakesASlotReplacesTheOneInIt() {
    RecentValues<String> recent = new RecentValues<>(4);
    String aa = new String("Aa");
    String bb = new String("BB");

    recent.share(aa);
    recent.share(bb);

    assertThat(recent.share(new String("BB"))).isSameAs(bb);
    assertThat(recent.share(new String("Aa"))).isNotSameAs(aa);
  }

  @Test
  void theCapacityIsAPowerOfTwo() {
    assertThatThrownBy(() -> new RecentValues<String>(12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity 12 is not a power of two");
  }
}
