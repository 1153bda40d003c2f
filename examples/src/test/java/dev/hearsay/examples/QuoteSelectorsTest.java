package dev.hearsay.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Quote;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The quotes' selectors agree with each other and fit the report's text of {@link
 * ReportText#LENGTH} code points, without the text at hand: each quote's prefix, exact words and
 * suffix are laid down at its offsets, and where two quotes cover the same offset they must give
 * the same character. {@link VerbatimQuotesTest} checks them against the text itself, whose hash
 * {@link ReportText} checks.
 */
class QuoteSelectorsTest {
  private final List<Quote> quotes =
      KurskReport.dataset().claims().stream()
          .map(Claim::quote)
          .flatMap(Optional::stream)
          .collect(Collectors.toList());

  @Test
  void everyQuoteHasAllFourSelectorsAndItsOffsetsSpanItsExactWords() {
    assertThat(quotes)
        .hasSize(6)
        .allSatisfy(
            quote -> {
              int start = quote.start().orElseThrow();
              int end = quote.end().orElseThrow();
              assertThat(end - start)
                  .as(quote.exact())
                  .isEqualTo(quote.exact().codePointCount(0, quote.exact().length()));
              assertThat(quote.prefix())
                  .as(quote.exact())
                  .hasValueSatisfying(p -> assertThat(p).isNotEmpty());
              assertThat(quote.suffix())
                  .as(quote.exact())
                  .hasValueSatisfying(s -> assertThat(s).isNotEmpty());
            });
  }

  @Test
  void everySelectorFitsInTheReport() {
    for (Quote quote : quotes) {
      int before = length(quote.prefix().orElseThrow());
      int after = length(quote.suffix().orElseThrow());
      assertThat(quote.start().orElseThrow() - before).as(quote.exact()).isNotNegative();
      assertThat(quote.end().orElseThrow() + after)
          .as(quote.exact())
          .isLessThanOrEqualTo(ReportText.LENGTH);
    }
  }

  @Test
  void quotesThatOverlapAgreeOnEveryCharacter() {
    Map<Integer, Integer> text = new HashMap<>();
    Map<Integer, String> laidBy = new HashMap<>();
    int shared = 0;
    for (Quote quote : quotes) {
      String selector = quote.prefix().orElseThrow() + quote.exact() + quote.suffix().orElseThrow();
      int offset = quote.start().orElseThrow() - length(quote.prefix().orElseThrow());
      int[] codePoints = selector.codePoints().toArray();
      for (int i = 0; i < codePoints.length; i++) {
        Integer before = text.putIfAbsent(offset + i, codePoints[i]);
        if (before != null) {
          shared++;
          assertThat(Character.toString(codePoints[i]))
              .as(
                  "offset %d: '%s' laid down by %s, '%s' by %s",
                  offset + i,
                  Character.toString(before),
                  laidBy.get(offset + i),
                  Character.toString(codePoints[i]),
                  quote.exact())
              .isEqualTo(Character.toString(before));
        } else {
          laidBy.put(offset + i, quote.exact());
        }
      }
    }
    // The NYT passage gives three quotes whose selectors overlap: the check is not vacuous.
    assertThat(shared).isGreaterThan(20);
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
