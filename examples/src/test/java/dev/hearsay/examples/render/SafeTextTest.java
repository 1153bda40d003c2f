package dev.hearsay.examples.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a terminal could act on is escaped, everything else printed as it is, values cut. */
class SafeTextTest {
  @Test
  void controlCharactersAreEscaped() {
    assertThat(SafeText.escape("a\u001b]0;title\u0007\u001b[2Jb"))
        .isEqualTo("a\\u001b]0;title\\u0007\\u001b[2Jb");
    assertThat(SafeText.escape("\u0000\u007f\u0080\u0085\u009b\u009f"))
        .isEqualTo("\\u0000\\u007f\\u0080\\u0085\\u009b\\u009f");
    assertThat(SafeText.escape("tab\tline\nreturn\r")).isEqualTo("tab\\tline\\nreturn\\r");
  }

  @Test
  void everyC0AndC1ControlAndDelIsEscaped() {
    IntStream.concat(IntStream.rangeClosed(0, 0x1F), IntStream.rangeClosed(0x7F, 0x9F))
        .forEach(
            c ->
                assertThat(SafeText.escape(Character.toString(c)))
                    .as("U+%04X", c)
                    .startsWith("\\"));
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
        0x061C
      })
  void bidirectionalControlsAreEscaped(int control) {
    assertThat(SafeText.escape("abc" + Character.toString(control) + "def"))
        .isEqualTo(String.format("abc\\u%04x" + "def", control));
  }

  @ParameterizedTest
  @ValueSource(
      ints = {0x200B, 0x200C, 0x200D, 0x2060, 0x2064, 0xFEFF, 0x00AD, 0xFFF9, 0x2028, 0x2029})
  void invisibleFormatCharactersAndSeparatorsAreEscaped(int character) {
    assertThat(SafeText.escape(Character.toString(character)))
        .isEqualTo(String.format("\\u%04x", character));
  }

  @Test
  void tagsBeyondTheBasicPlaneAndLoneSurrogatesAreEscaped() {
    assertThat(SafeText.escape("a" + Character.toString(0xE0041) + "b")).isEqualTo("a\\u{e0041}b");
    assertThat(SafeText.escape("a\ud800b\udc00")).isEqualTo("a\\ud800b\\udc00");
  }

  @Test
  void textThatATerminalShowsAsItIsStaysAsItIs() {
    String text = "Зеленський · 김정은 · مرحبا · e\u0301 · 😀" + " · \\u001b · ↕ 20–45% \"quoted\"";

    assertThat(SafeText.escape(text)).isEqualTo(text);
    assertThat(SafeText.value(text)).isEqualTo(text);
  }

  @Test
  void escapingTwiceChangesNothing() {
    String once = SafeText.escape("\u001b[2J\u202e\u0000" + Character.toString(0xE0001));

    assertThat(SafeText.escape(once)).isEqualTo(once);
    assertThat(SafeText.message(once)).isEqualTo(once);
  }

  @Test
  void aValueIsCutToTwoHundredCharactersWithAMarker() {
    assertThat(SafeText.value("x".repeat(200))).isEqualTo("x".repeat(200));
    assertThat(SafeText.value("x".repeat(201))).isEqualTo("x".repeat(200) + "… (1 more character)");
    assertThat(SafeText.value("x".repeat(5_000)))
        .isEqualTo("x".repeat(200) + "… (4,800 more characters)");
  }

  @Test
  void escapesCountTowardsTheCutAndAreNeverSplit() {
    String cut = SafeText.value("\u001b".repeat(100));

    assertThat(cut).isEqualTo("\\u001b".repeat(33) + "… (67 more characters)");
  }

  @Test
  void aCutNeverSplitsAPairOfSurrogates() {
    String cut = SafeText.value("x".repeat(199) + "😀😀");

    assertThat(cut).isEqualTo("x".repeat(199) + "… (2 more characters)");
  }

  @Test
  void aMessageCutsEachQuotedValueAndItsWholeLength() {
    String message = "actors[0].id: '" + "a".repeat(5_000) + "' is not a valid id";

    assertThat(SafeText.message(message))
        .isEqualTo(
            "actors[0].id: '" + "a".repeat(200) + "… (4,800 more characters)' is not a valid id");
    assertThat(SafeText.message("b".repeat(3_000)))
        .isEqualTo("b".repeat(1_000) + "… (2,000 more characters)");
  }

  @Test
  void aMessageEscapesWhatItQuotes() {
    assertThat(SafeText.message("unknown field '\u001b[2J\u202e'"))
        .isEqualTo("unknown field '\\u001b[2J\\u202e'");
  }
}
