package dev.hearsay.jackson.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DecimalReaderTest {
  /** The form of a decimal as the format's grammar states it. */
  private static final Pattern GRAMMAR =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  @Test
  void acceptsTheDecimalsOfTheFormAndRefusesTheRest() {
    assertThat(DecimalReader.isDecimal("5000000000")).isTrue();
    assertThat(DecimalReader.isDecimal("-0.25")).isTrue();
    assertThat(DecimalReader.isDecimal("1E+9")).isTrue();
    assertThat(DecimalReader.isDecimal("01")).isFalse();
    assertThat(DecimalReader.isDecimal("1.")).isFalse();
    assertThat(DecimalReader.isDecimal(".5")).isFalse();
    assertThat(DecimalReader.isDecimal("-")).isFalse();
    assertThat(DecimalReader.isDecimal("")).isFalse();
    assertThat(DecimalReader.isDecimal("1e")).isFalse();
    assertThat(DecimalReader.isDecimal("١٢")).isFalse();
  }

  @Test
  void agreesWithTheGrammarOnEveryShortText() {
    Random random = new Random(19);
    String alphabet = "-+0123456789.eEx";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(9);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = text.toString();
      assertThat(DecimalReader.isDecimal(t)).as(t).isEqualTo(GRAMMAR.matcher(t).matches());
    }
  }
}
