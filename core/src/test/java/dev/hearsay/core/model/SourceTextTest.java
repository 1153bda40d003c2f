package dev.hearsay.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceTextTest {
  private static final SourceId REPORT = SourceId.of("report");
  private static final String TEXT =
      "BILD cites research. North Korea stands to \"significantly"
          + " increase\" its revenues. Revenues: \uD835\uDC00 up.";
  private final SourceText text = SourceText.of(REPORT, TEXT);

  @Test
  void aQuoteGetsItsOffsetsAndContextFromTheText() {
    Quote quote = text.quote("significantly increase");

    assertThat(quote.source()).isEqualTo(REPORT);
    assertThat(quote.start()).contains(44);
    assertThat(quote.end()).contains(66);
    assertThat(quote.prefix()).contains("esearch. North Korea stands to \"");
    assertThat(TEXT)
        .contains(quote.prefix().orElseThrow() + quote.exact() + quote.suffix().orElseThrow());
    assertThat(quote.suffix().orElseThrow()).hasSize(SourceText.CONTEXT).startsWith("\" its");
    assertThat(text.check(quote)).isEmpty();
  }

  @Test
  void offsetsCountCodePointsNotChars() {
    Quote quote = text.quote("up.");

    // One character outside the Basic Multilingual Plane stands before the words: two chars,
    // one code point.
    assertThat(quote.start()).contains(TEXT.codePointCount(0, TEXT.indexOf("up.")));
    assertThat(quote.start().orElseThrow()).isEqualTo(TEXT.indexOf("up.") - 1);
    assertThat(quote.suffix()).isEmpty();
    assertThat(text.check(quote)).isEmpty();
  }

  @Test
  void wordsThatAreMissingOrRepeatedAreRefusedUntilTheTextBeforeTellsThemApart() {
    assertThatThrownBy(() -> text.quote("decrease"))
        .isInstanceOf(ValueCheckException.class)
        .hasMessage("Quote.exact: 'decrease' does not occur in the text of source 'report'");
    assertThatThrownBy(() -> text.quote("e"))
        .isInstanceOf(ValueCheckException.class)
        .hasMessageContaining(
            "occurs more than once in the text of source 'report' (at code" + " points 8 and 12)");

    Quote second = text.quote("Revenues", ". ");

    assertThat(second.start()).contains(TEXT.indexOf("Revenues"));
    assertThat(text.check(second)).isEmpty();
    assertThatThrownBy(() -> text.quote("revenues", "the "))
        .hasMessage(
            "Quote.exact: 'revenues' does not occur after 'the ' in the text of source"
                + " 'report'");
  }

  @Test
  void aQuoteThatDoesNotMatchTheTextGetsEveryProblemNamed() {
    Quote good = text.quote("significantly increase");
    Quote shifted =
        new Quote.Builder()
            .source(REPORT)
            .exact(good.exact())
            .start(good.start().orElseThrow() + 1)
            .end(good.end().orElseThrow() + 1)
            .build();
    Quote badContext =
        new Quote.Builder()
            .source(REPORT)
            .exact(good.exact())
            .prefix("stands at \"")
            .suffix("\" its")
            .start(good.start().orElseThrow())
            .end(good.end().orElseThrow())
            .build();
    Quote past = new Quote.Builder().source(REPORT).exact("up.").start(500).end(503).build();
    Quote elsewhere = new Quote.Builder().source(SourceId.of("other")).exact("up.").build();
    Quote absent = new Quote.Builder().source(REPORT).exact("decrease").build();
    Quote wrongContext = new Quote.Builder().source(REPORT).exact("up.").prefix("down ").build();

    assertThat(text.check(shifted))
        .singleElement()
        .asString()
        .startsWith("Quote.start: the text at [45, 67) is 'ignificantly increase\"'");
    assertThat(text.check(badContext))
        .containsExactly(
            "Quote.prefix: the text before offset 44" + " does not end with 'stands at \"'");
    assertThat(text.check(past))
        .singleElement()
        .asString()
        .contains("past the end of the text, which has");
    assertThat(text.check(elsewhere)).containsExactly("Quote.source: is 'other', not 'report'");
    assertThat(text.check(absent))
        .containsExactly("Quote.exact: 'decrease' does not occur in the text of source 'report'");
    assertThat(text.check(wrongContext))
        .containsExactly("Quote.exact: no occurrence has the prefix and suffix the quote gives");
  }
}
