package dev.hearsay.jackson.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharsTest {
  private static final char[] BUFFER = "xxclaim-1yy".toCharArray();

  @Test
  void aTextIsTheCharactersFromItsStartForItsLength() {
    assertThat(Chars.same("claim-1", BUFFER, 2, 7)).isTrue();
    assertThat(Chars.same("", BUFFER, 5, 0)).isTrue();
  }

  @Test
  void aTextDiffersByLengthByOffsetOrByOneCharacter() {
    assertThat(Chars.same("claim-1", BUFFER, 2, 6)).isFalse();
    assertThat(Chars.same("claim", BUFFER, 2, 7)).isFalse();
    assertThat(Chars.same("claim-1", BUFFER, 1, 7)).isFalse();
    assertThat(Chars.same("claim-2", BUFFER, 2, 7)).isFalse();
  }
}
