package dev.hearsay.core.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * An identifier of an actor, a source or a place outside the dataset, in a scheme: a Wikidata
 * item, a URL, or any other register named by its scheme. Two values of different datasets that
 * carry one identifier are one entity when a corpus reads them together.
 *
 * <pre>{@code
 * Identifier nyt = Identifier.wikidata("Q9684");
 * Identifier site = Identifier.url("https://www.nytimes.com/");
 * Identifier isni = Identifier.of("isni", "0000 0001 2146 438X");
 * }</pre>
 *
 * @param scheme the register the value belongs to: a lower-case letter, then lower-case letters,
 *     digits, '_', '.' or '-', at most 64 characters; {@value #WIKIDATA} and {@value #URL} are
 *     checked for form
 * @param value the identifier in its scheme: for {@value #WIKIDATA} a {@code Q} and digits with no
 *     leading zero, for {@value #URL} an absolute http or https URI, otherwise a text of at most
 *     1,000 characters that is not blank
 * @since schema version 1.1
 */
public record Identifier(String scheme, String value) implements Comparable<Identifier> {
  /** The scheme of Wikidata items, whose values are such as {@code Q9684}. */
  public static final String WIKIDATA = "wikidata";

  /** The scheme of web addresses, whose values are absolute http or https URIs. */
  public static final String URL = "url";

  private static final int MAX_SCHEME = 64;

  /** Checks the scheme and the value's form in it. */
  public Identifier {
    Checks.present("Identifier.scheme", scheme);
    Checks.present("Identifier.value", value);
    checkScheme(scheme);
    switch (scheme) {
      case WIKIDATA -> checkWikidata(value);
      case URL -> checkUrl(value);
      default -> Checks.text("Identifier.value", value, Checks.SHORT_TEXT);
    }
  }

  /**
   * The identifier with the given scheme and value.
   *
   * @param scheme the scheme, such as {@code wikidata}, {@code url} or {@code isni}
   * @param value the identifier in that scheme
   * @return the identifier
   * @throws ValueCheckException when a part is null or breaks its scheme's rule
   */
  public static Identifier of(String scheme, String value) {
    return new Identifier(scheme, value);
  }

  /**
   * A Wikidata item.
   *
   * @param qid the item's id, such as {@code Q9684}
   * @return the identifier in scheme {@value #WIKIDATA}
   * @throws ValueCheckException when the id is null or not a {@code Q} and digits
   */
  public static Identifier wikidata(String qid) {
    return new Identifier(WIKIDATA, qid);
  }

  /**
   * A web address.
   *
   * @param url an absolute http or https URI
   * @return the identifier in scheme {@value #URL}
   * @throws ValueCheckException when the address is null or not an absolute http or https URI
   */
  public static Identifier url(String url) {
    return new Identifier(URL, url);
  }

  /** Orders by scheme, then by value. */
  @Override
  public int compareTo(Identifier other) {
    int byScheme = scheme.compareTo(other.scheme);
    return byScheme != 0 ? byScheme : value.compareTo(other.value);
  }

  /** Formats the identifier as {@code scheme:value}. */
  @Override
  public String toString() {
    return scheme + ":" + value;
  }

  /**
   * Checks that a list names no identifier twice.
   *
   * @param field the field, as {@code Type.identifiers}
   * @param identifiers the list
   * @throws ValueCheckException when an identifier is listed twice
   */
  static void checkDistinct(String field, List<Identifier> identifiers) {
    for (int i = 1; i < identifiers.size(); i++) {
      int earlier = identifiers.subList(0, i).indexOf(identifiers.get(i));
      if (earlier >= 0) {
        throw new ValueCheckException(
            field + "[" + i + "]",
            "'"
                + identifiers.get(i)
                + "' is listed already at ["
                + earlier
                + "]; list each identifier once");
      }
    }
  }

  private static void checkScheme(String scheme) {
    boolean ok =
        !scheme.isEmpty()
            && scheme.length() <= MAX_SCHEME
            && scheme.charAt(0) >= 'a'
            && scheme.charAt(0) <= 'z';
    for (int i = 1; ok && i < scheme.length(); i++) {
      char c = scheme.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    }
    if (!ok) {
      throw new ValueCheckException(
          "Identifier.scheme",
          "'"
              + scheme
              + "' is not a scheme such"
              + " as 'wikidata' (a lower-case letter, then lower-case letters, digits, '_', '.' or"
              + " '-', at most "
              + MAX_SCHEME
              + " characters)");
    }
  }

  private static void checkWikidata(String qid) {
    boolean ok =
        qid.length() >= 2
            && qid.length() <= 19
            && qid.charAt(0) == 'Q'
            && qid.charAt(1) >= '1'
            && qid.charAt(1) <= '9';
    for (int i = 2; ok && i < qid.length(); i++) {
      ok = qid.charAt(i) >= '0' && qid.charAt(i) <= '9';
    }
    if (!ok) {
      throw new ValueCheckException(
          "Identifier.value",
          "'"
              + qid
              + "' is not a Wikidata item"
              + " id such as 'Q9684' (a 'Q', then digits with no leading zero)");
    }
  }

  private static void checkUrl(String url) {
    Checks.text("Identifier.value", url, Checks.SHORT_TEXT);
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new ValueCheckException(
          "Identifier.value", "'" + url + "' is not a URI (" + e.getReason() + ")", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new ValueCheckException(
          "Identifier.value",
          "'"
              + url
              + "' is not an absolute http"
              + " or https address such as 'https://www.nytimes.com/'");
    }
  }
}
