package dev.hearsay.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Quote;
import dev.hearsay.core.model.SourceText;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every quote in the dataset occurs in the report exactly as written, where its offsets say. */
class VerbatimQuotesTest {
  private String text;
  private List<Quote> quotes;

  /** Each test, rather than the class, is skipped without the text, so that reports list them. */
  @BeforeEach
  void load() {
    text = ReportText.read();
    Dataset dataset = KurskReport.dataset();
    quotes =
        dataset.claims().stream()
            .map(Claim::quote)
            .flatMap(java.util.Optional::stream)
            .collect(Collectors.toList());
  }

  @Test
  void everyPassageInQuotationMarksIsQuoted() {
    // The report puts six passages in quotation marks; the NYT passage gives three claims and
    // Guseinova's two sentences two.
    assertThat(quotes).hasSize(6);
  }

  @Test
  void quotesAreFromTheReport() {
    assertThat(quotes).allSatisfy(q -> assertThat(q.source()).isEqualTo(KurskReport.REPORT));
  }

  @Test
  void offsetsPointAtTheExactWords() {
    for (Quote quote : quotes) {
      int start = quote.start().orElseThrow();
      int end = quote.end().orElseThrow();
      assertThat(codePoints(text, start, end))
          .as("the text at [%d, %d)", start, end)
          .isEqualTo(quote.exact());
    }
  }

  @Test
  void prefixAndSuffixSurroundTheExactWords() {
    for (Quote quote : quotes) {
      String prefix = quote.prefix().orElseThrow();
      String suffix = quote.suffix().orElseThrow();
      int start = quote.start().orElseThrow();
      int end = quote.end().orElseThrow();
      int prefixLength = prefix.codePointCount(0, prefix.length());
      int suffixLength = suffix.codePointCount(0, suffix.length());
      assertThat(codePoints(text, start - prefixLength, start)).isEqualTo(prefix);
      assertThat(codePoints(text, end, end + suffixLength)).isEqualTo(suffix);
    }
  }

  @Test
  void theSelectorMatchesOnlyOnce() {
    for (Quote quote : quotes) {
      String selector = quote.prefix().orElse("") + quote.exact() + quote.suffix().orElse("");
      assertThat(text.indexOf(selector))
          .as("first match of %s", quote.exact())
          .isGreaterThanOrEqualTo(0)
          .isEqualTo(text.lastIndexOf(selector));
    }
  }

  @Test
  void theLibraryFindsEachQuoteWhereTheDatasetPutsIt() {
    SourceText report = SourceText.of(KurskReport.REPORT, text);
    for (Quote quote : quotes) {
      assertThat(report.check(quote)).as("problems of %s", quote.exact()).isEmpty();
      assertThat(report.quote(quote.exact(), quote.prefix().orElse("")).start())
          .isEqualTo(quote.start());
    }
  }

  /** The text between two code point offsets. */
  private static String codePoints(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }
}
