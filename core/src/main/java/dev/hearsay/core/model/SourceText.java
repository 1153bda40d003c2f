package dev.hearsay.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text of one source, for anchoring quotes in it and checking quotes against it. Offsets count
 * Unicode code points from the start of the text, as {@link Quote} does.
 *
 * <pre>{@code
 * SourceText report = SourceText.of(SourceId.of("report"), text);
 * Quote quote = report.quote("significantly increase");   // offsets, prefix and suffix computed
 * List<String> problems = report.check(someQuote);          // empty when it matches the text
 * }</pre>
 *
 * <p>An instance is immutable and safe to use from many threads.
 */
public final class SourceText {
  /** The most code points of context that {@link #quote} records on each side. */
  public static final int CONTEXT = 32;

  private final SourceId source;
  private final String text;

  /** The text as code points, so that offsets are indexes. */
  private final int[] codePoints;

  private SourceText(SourceId source, String text) {
    this.source = source;
    this.text = text;
    this.codePoints = text.codePoints().toArray();
  }

  /**
   * The text of a source.
   *
   * @param source the source's id
   * @param text the source's whole text
   * @return the text, ready to quote from
   */
  public static SourceText of(SourceId source, String text) {
    return new SourceText(
        Objects.requireNonNull(source, "source"), Objects.requireNonNull(text, "text"));
  }

  /**
   * The source whose text this is.
   *
   * @return its id
   */
  public SourceId source() {
    return source;
  }

  /**
   * A quote of words that occur once in the text, with their offsets and up to {@link #CONTEXT}
   * code points of text before and after them.
   *
   * @param exact the words, exactly as the text writes them
   * @return the quote
   * @throws ValueCheckException when the words do not occur in the text, or occur more than once
   *     (the message gives the offsets of the first two); {@link #quote(String, String)} tells
   *     repeated words apart
   */
  public Quote quote(String exact) {
    return quote(exact, "");
  }

  /**
   * A quote of the one occurrence of some words that follows the given text directly, with its
   * offsets and up to {@link #CONTEXT} code points of text before and after it.
   *
   * @param exact the words, exactly as the text writes them
   * @param before text that stands just before the occurrence meant, to tell apart words that
   *     occur more than once; empty for none
   * @return the quote
   * @throws ValueCheckException when no occurrence, or more than one, follows {@code before}
   */
  public Quote quote(String exact, String before) {
    Objects.requireNonNull(exact, "exact");
    Objects.requireNonNull(before, "before");
    if (exact.isEmpty()) {
      throw new ValueCheckException("Quote.exact", "must not be blank");
    }
    String wanted = before + exact;
    List<Integer> found = new ArrayList<>(2);
    for (int at = text.indexOf(wanted);
        at >= 0 && found.size() < 2;
        at = text.indexOf(wanted, at + 1)) {
      found.add(text.codePointCount(0, at + before.length()));
    }
    String where = before.isEmpty() ? "" : " after '" + before + "'";
    if (found.isEmpty()) {
      throw new ValueCheckException(
          "Quote.exact",
          "'" + exact + "' does not occur" + where + " in the text of source '" + source + "'");
    }
    if (found.size() > 1) {
      throw new ValueCheckException(
          "Quote.exact",
          "'"
              + exact
              + "' occurs more than once"
              + where
              + " in the text of source '"
              + source
              + "' (at code points "
              + found.get(0)
              + " and "
              + found.get(1)
              + "); give the"
              + " text before the one meant");
    }
    int start = found.get(0);
    int end = start + exact.codePointCount(0, exact.length());
    Quote.Builder quote = new Quote.Builder().source(source).exact(exact).start(start).end(end);
    if (start > 0) {
      quote.prefix(slice(Math.max(0, start - CONTEXT), start));
    }
    if (end < codePoints.length) {
      quote.suffix(slice(end, Math.min(codePoints.length, end + CONTEXT)));
    }
    return quote.build();
  }

  /**
   * What is wrong with a quote against this text: each problem as a field and a rule, such as
   * {@code Quote.start: the text at [236, 303) is '...', not the exact words}.
   *
   * <p>A quote matches when it is of this source; its exact words occur in the text; its offsets,
   * if given, point at them; and its prefix and suffix, if given, stand just before and after
   * them (at the offsets, or at some occurrence when there are none).
   *
   * @param quote the quote
   * @return the problems, in the order of the quote's fields; empty when the quote matches
   */
  public List<String> check(Quote quote) {
    Objects.requireNonNull(quote, "quote");
    List<String> problems = new ArrayList<>();
    if (!quote.source().equals(source)) {
      problems.add("Quote.source: is '" + quote.source() + "', not '" + source + "'");
      return problems;
    }
    int[] words = quote.exact().codePoints().toArray();
    int[] prefix = quote.prefix().orElse("").codePoints().toArray();
    int[] suffix = quote.suffix().orElse("").codePoints().toArray();
    if (quote.start().isPresent()) {
      int start = quote.start().get();
      int end = quote.end().orElseThrow();
      if (end > codePoints.length || !matches(words, start)) {
        problems.add(
            "Quote.start: the text at ["
                + start
                + ", "
                + end
                + ") is "
                + (end > codePoints.length
                    ? "past the end of the text, which has " + codePoints.length + " code points"
                    : "'" + slice(start, end) + "'")
                + ", not the exact words");
        return problems;
      }
      if (!matches(prefix, start - prefix.length)) {
        problems.add(
            "Quote.prefix: the text before offset "
                + start
                + " does not end with '"
                + quote.prefix().orElseThrow()
                + "'");
      }
      if (!matches(suffix, end)) {
        problems.add(
            "Quote.suffix: the text after offset "
                + end
                + " does not start with '"
                + quote.suffix().orElseThrow()
                + "'");
      }
      return problems;
    }
    String exact = quote.exact();
    String selector = quote.prefix().orElse("") + exact + quote.suffix().orElse("");
    if (text.contains(selector)) {
      return problems;
    }
    problems.add(
        text.contains(exact)
            ? "Quote.exact: no occurrence has the prefix and suffix the quote gives"
            : "Quote.exact: '" + exact + "' does not occur in the text of source '" + source + "'");
    return problems;
  }

  /** Whether {@code part} stands in the text at {@code at}; an empty part stands anywhere. */
  private boolean matches(int[] part, int at) {
    if (part.length == 0) {
      return true;
    }
    if (at < 0 || at + part.length > codePoints.length) {
      return false;
    }
    for (int i = 0; i < part.length; i++) {
      if (codePoints[at + i] != part[i]) {
        return false;
      }
    }
    return true;
  }

  private String slice(int from, int to) {
    return new String(codePoints, from, to - from);
  }

  @Override
  public String toString() {
    return "SourceText[" + source + ", " + codePoints.length + " code points]";
  }
}
