package dev.hearsay.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Quote;
import dev.hearsay.core.model.SourceText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every quote of every dataset of the worked corpus occurs in its report's text exactly as
 * written, where its offsets say, as {@link VerbatimQuotesTest} checks the seed's.
 */
class CorpusQuotesTest {
  /** The reports, for the parameterized tests. */
  static final List<CorpusReport> REPORTS = CorpusReport.ALL;

  /** The number of quotes each dataset holds: the passages in quotation marks that it quotes. */
  private static final Map<String, Integer> QUOTES =
      Map.of(
          "kyiv",
          2,
          "pravda",
          7,
          "ooda",
          0,
          "nyt-am1",
          2,
          "swissinfo",
          0,
          "oafnation",
          2,
          "kbs",
          0);

  private static List<Quote> quotes(Dataset dataset) {
    return dataset.claims().stream()
        .map(Claim::quote)
        .flatMap(Optional::stream)
        .collect(Collectors.toList());
  }

  @Test
  void everyReportHasItsCountOfQuotes() {
    // Needs no text: a quote dropped or added by mistake changes the count.
    for (CorpusReport report : REPORTS) {
      assertThat(quotes(report.dataset()))
          .as("quotes of %s", report)
          .hasSize(QUOTES.get(report.id()));
    }
  }

  @ParameterizedTest
  @FieldSource("REPORTS")
  void quotesAreFromThePageTheDatasetEncodes(CorpusReport report) {
    Dataset dataset = report.dataset();
    assertThat(quotes(dataset))
        .allSatisfy(
            q -> assertThat(Optional.of(q.source())).isEqualTo(dataset.metadata().encodes()));
  }

  @ParameterizedTest
  @FieldSource("REPORTS")
  void offsetsPointAtTheExactWords(CorpusReport report) {
    String text = CorpusTexts.find().read(report);
    for (Quote quote : quotes(report.dataset())) {
      int start = quote.start().orElseThrow();
      int end = quote.end().orElseThrow();
      assertThat(codePoints(text, start, end))
          .as("%s: the text at [%d, %d)", report, start, end)
          .isEqualTo(quote.exact());
    }
  }

  @ParameterizedTest
  @FieldSource("REPORTS")
  void prefixAndSuffixSurroundTheExactWords(CorpusReport report) {
    String text = CorpusTexts.find().read(report);
    for (Quote quote : quotes(report.dataset())) {
      String prefix = quote.prefix().orElseThrow();
      String suffix = quote.suffix().orElseThrow();
      int start = quote.start().orElseThrow();
      int end = quote.end().orElseThrow();
      assertThat(codePoints(text, start - prefix.codePointCount(0, prefix.length()), start))
          .as("%s: before %s", report, quote.exact())
          .isEqualTo(prefix);
      assertThat(codePoints(text, end, end + suffix.codePointCount(0, suffix.length())))
          .as("%s: after %s", report, quote.exact())
          .isEqualTo(suffix);
    }
  }

  @ParameterizedTest
  @FieldSource("REPORTS")
  void theSelectorMatchesOnlyOnce(CorpusReport report) {
    String text = CorpusTexts.find().read(report);
    for (Quote quote : quotes(report.dataset())) {
      String selector = quote.prefix().orElse("") + quote.exact() + quote.suffix().orElse("");
      assertThat(text.indexOf(selector))
          .as("%s: first match of %s", report, quote.exact())
          .isGreaterThanOrEqualTo(0)
          .isEqualTo(text.lastIndexOf(selector));
    }
  }

  @ParameterizedTest
  @FieldSource("REPORTS")
  void theLibraryFindsEachQuoteWhereTheDatasetPutsIt(CorpusReport report) {
    String text = CorpusTexts.find().read(report);
    Dataset dataset = report.dataset();
    SourceText page = SourceText.of(dataset.metadata().encodes().orElseThrow(), text);
    for (Quote quote : quotes(dataset)) {
      assertThat(page.check(quote)).as("%s: problems of %s", report, quote.exact()).isEmpty();
      assertThat(page.quote(quote.exact(), quote.prefix().orElse("")).start())
          .isEqualTo(quote.start());
    }
  }

  /** The text between two code point offsets. */
  private static String codePoints(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }
}
