package dev.hearsay.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The verbatim words of a source, anchored in its text the way W3C Web Annotation does it: the
 * exact text with the text just before and after it (a TextQuoteSelector), and optionally its
 * start and end offsets (a TextPositionSelector).
 *
 * <p>Offsets count Unicode code points from the start of the source's text; the end is exclusive,
 * so {@code end - start} is the number of code points of {@link #exact()}.
 *
 * <pre>{@code
 * Quote quote = new Quote.Builder()
 *     .source("report")
 *     .exact("significantly increase")
 *     .prefix("North Korea stands to \"")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Quote implements WithQuote {
  Quote() {}

  /**
   * The source whose text holds the words.
   *
   * @return its id
   */
  public abstract SourceId source();

  /**
   * The quoted words, exactly as the source writes them.
   *
   * @return the words
   */
  public abstract String exact();

  /**
   * The text just before the quoted words, to tell apart repeated occurrences.
   *
   * @return the prefix, if recorded
   */
  public abstract Optional<String> prefix();

  /**
   * The text just after the quoted words.
   *
   * @return the suffix, if recorded
   */
  public abstract Optional<String> suffix();

  /**
   * Where the quoted words start in the source's text, in code points from its start.
   *
   * @return the offset, if recorded
   */
  public abstract Optional<Integer> start();

  /**
   * Where the quoted words end in the source's text, exclusive.
   *
   * @return the offset, if recorded
   */
  public abstract Optional<Integer> end();

  @Value.Check
  void check() {
    if (exact().isBlank()) {
      throw new ValueCheckException("Quote.exact", "must not be blank");
    }
    if (exact().length() > Checks.LONG_TEXT) {
      throw new ValueCheckException(
          "Quote.exact",
          "has " + exact().length() + " characters, more than the limit of " + Checks.LONG_TEXT);
    }
    prefix().ifPresent(p -> checkContext("Quote.prefix", p));
    suffix().ifPresent(s -> checkContext("Quote.suffix", s));
    start().ifPresent(s -> checkOffset("Quote.start", s));
    end().ifPresent(e -> checkOffset("Quote.end", e));
    if (start().isPresent() != end().isPresent()) {
      String missing = start().isPresent() ? "Quote.end" : "Quote.start";
      throw new ValueCheckException(missing, "is missing; give both offsets or neither");
    }
    if (start().isPresent()) {
      int length = exact().codePointCount(0, exact().length());
      if (end().get() - start().get() != length) {
        throw new ValueCheckException(
            "Quote.end",
            "end - start is "
                + (end().get() - start().get())
                + " but the exact text has "
                + length
                + " code points");
      }
    }
  }

  private static void checkContext(String field, String text) {
    if (text.length() > Checks.SHORT_TEXT) {
      throw new ValueCheckException(
          field,
          "has " + text.length() + " characters, more than the limit of " + Checks.SHORT_TEXT);
    }
  }

  private static void checkOffset(String field, int offset) {
    if (offset < 0) {
      throw new ValueCheckException(field, "" + offset + " is negative");
    }
  }

  /**
   * Builds a {@link Quote}.
   *
   * <p>Required: {@code source}, {@code exact}.
   *
   * <p>Optional: {@code prefix}, {@code suffix}, and {@code start} with {@code end} (both or
   * neither).
   *
   * <p>Each field takes one value; setting it again throws {@link IllegalStateException}. To
   * compute the offsets and context from the source's text, use {@link SourceText#quote}.
   */
  public static final class Builder extends ImmutableQuote.Builder {
    /** Starts with every field unset. */
    public Builder() {}

    /**
     * Sets the source to the given one's id.
     *
     * @param source the source
     * @return this builder
     * @throws ValueCheckException when the source is null
     */
    public Builder source(Source source) {
      return source(Checks.present("Quote.source", source).id());
    }

    /**
     * Sets the source from its id's text.
     *
     * @param source the source's id text, as {@link SourceId#of} takes it
     * @return this builder
     * @throws ValueCheckException when the text is null or not a valid id
     */
    public Builder source(String source) {
      return source(SourceId.of(Checks.present("Quote.source", source)));
    }

    /**
     * Builds the quote.
     *
     * @return the quote
     * @throws ValueCheckException when a required field is unset or the quote breaks a rule
     */
    @Override
    public Quote build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.of("Quote");
      }
    }
  }
}
