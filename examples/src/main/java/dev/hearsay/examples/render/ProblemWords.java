package dev.hearsay.examples.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What Jackson and the library report about a file, in words for the people who run the program:
 * no Java class, feature or method names, a read limit named by what it limits, and a suggestion
 * for a misspelt field name. Values quoted in the words are cut as {@link SafeText#value} cuts
 * them; the caller escapes the whole when it prints it.
 */
public final class ProblemWords {
  /** A character as Jackson describes it: {@code 'x' (code 120)} or {@code (CTRL-CHAR, code 7)}. */
  private static final String CHARACTER =
      "(?:'.+?' \\(code (?<code>\\d+)(?: / 0x\\p{XDigit}+)?\\)"
          + "|\\(CTRL-CHAR, code (?<ctrl>\\d+)\\))";

  /** The same in parentheses, as most messages give it. */
  private static final String IN_PARENTHESES = "\\(" + CHARACTER + "\\)";

  private static final Pattern DID_YOU_MEAN = Pattern.compile("(?i)did you mean [^;?]*\\??");

  private static final Pattern QUOTED = Pattern.compile("'[^'\\n]*'");

  private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");

  /**
   * Where Jackson's and java.time's words stand in a message: at its start, or after the path that
   * the library puts before them; never inside a value that the message quotes, which reaches the
   * user whole.
   */
  private static final String AT_START = "(?:^|(?<=^[^\\s']{1,300}: ))";

  private static final List<Rule> RULES =
      List.of(
          // The library writes Jackson's "('x' (code 120))" as "'x'" or "\"x\""; back to Jackson's
          // form, so that the rules below read both.
          atStart(
              "Unexpected character (?:\"(?<dq>[^\"])\"|'(?<sq>[^'])')(?= |:|$)",
              m -> {
                String c = m.group("dq") != null ? m.group("dq") : m.group("sq");
                return "Unexpected character ('" + c + "' (code " + c.codePointAt(0) + "))";
              }),
          atStart(
              "Unexpected character "
                  + IN_PARENTHESES
                  + ": was expecting double-quote to start property name",
              m -> "expected a field name in double quotes, found " + character(m)),
          atStart(
              "Unexpected character "
                  + IN_PARENTHESES
                  + ": was expecting comma to separate (?<kind>Object|Array) entries",
              m ->
                  m.group("kind").equals("Object")
                      ? "expected ',' or '}' after a field, found " + character(m)
                      : "expected ',' or ']' after a value, found " + character(m)),
          atStart(
              "Unexpected character "
                  + IN_PARENTHESES
                  + ": was expecting a colon to separate property name and value",
              m -> "expected ':' after a field name, found " + character(m)),
          atStart(
              "Unexpected character "
                  + IN_PARENTHESES
                  + ": expected a valid value"
                  + " \\(JSON String, Number, Array, Object or token 'null', 'true' or 'false'\\)",
              m ->
                  "expected a value (an object, an array, a string, a number, true, false or null),"
                      + " found "
                      + character(m)),
          atStart(
              "Unexpected character "
                  + IN_PARENTHESES
                  + ": maybe a \\(non-standard\\) comment\\?.*",
              m -> "found a comment, which JSON does not allow"),
          atStart(
              "Unexpected character "
                  + IN_PARENTHESES
                  + " in numeric value: JSON spec does not allow numbers to have plus signs.*",
              m -> "a number with a plus sign, which JSON does not allow"),
          atStart(
              "Unexpected character " + IN_PARENTHESES + " in numeric value: (?<detail>[^:`]*).*",
              m -> "unexpected " + character(m) + " in a number: " + lower(m.group("detail"))),
          atStart(
              "Unexpected character "
                  + IN_PARENTHESES
                  + ": expected a hex-digit for character escape sequence",
              m -> "expected four hexadecimal digits after \\u, found " + character(m)),
          atStart(
              "Unexpected character " + IN_PARENTHESES + ":? ?(?<rest>.*)",
              m ->
                  "unexpected "
                      + character(m)
                      + (m.group("rest").isEmpty() ? "" : ": " + lower(m.group("rest")))),
          atStart(
              "Non-standard token '(?<token>[^']*)'.*",
              m -> "'" + SafeText.value(m.group("token")) + "' is not a JSON number"),
          atStart(
              "Invalid numeric value: Leading zeroes not allowed",
              m -> "a number with a leading zero, which JSON does not allow"),
          atStart(
              "Invalid numeric value: (?<detail>.*)",
              m -> "not a valid number: " + lower(m.group("detail"))),
          atStart(
              "Numeric value \\((?<value>[^)]*)\\) out of range of \\w+.*",
              m -> "the number " + SafeText.value(m.group("value")) + " is out of range"),
          atStart(
              "Illegal unquoted character " + IN_PARENTHESES + ": has to be escaped.*",
              m ->
                  "an unescaped control character "
                      + character(m)
                      + " inside a string; JSON needs it written as an escape"),
          atStart(
              "Illegal character " + IN_PARENTHESES + ": only regular white space.*",
              m ->
                  "a control character "
                      + character(m)
                      + " between values, where only spaces, tabs and line breaks may stand"),
          atStart(
              "Unrecognized character escape " + CHARACTER,
              m -> "a backslash before " + character(m) + ", which is not an escape in JSON"),
          atStart(
              "Unrecognized token '(?<token>.*)': was expecting .*",
              m -> "'" + SafeText.value(m.group("token")) + "' is not a JSON value"),
          atStart(
              "Unexpected end-of-input: expected close marker for (?<kind>Object|Array).*",
              m -> "the input ends before the " + lower(m.group("kind")) + " is closed"),
          atStart(
              "Unexpected end-of-input within/between (?<kind>Object|Array) entries.*",
              m -> "the input ends inside an " + lower(m.group("kind"))),
          atStart(
              "Unexpected end-of-input in VALUE_STRING.*", m -> "the input ends inside a string"),
          atStart(
              "Unexpected end-of-input: was expecting closing '\"' for name.*",
              m -> "the input ends inside a field name"),
          atStart(
              "Unexpected end-of-input in character escape sequence.*",
              m -> "the input ends inside an escape"),
          atStart("Unexpected end-of-input.*", m -> "the input ends too early"),
          atStart(
              "Unexpected close marker '(?<found>.)': expected '(?<wanted>.)'.*",
              m ->
                  "found '"
                      + SafeText.escape(m.group("found"))
                      + "' where '"
                      + m.group("wanted")
                      + "' should close the "
                      + (m.group("wanted").equals("}") ? "object" : "array")),
          atStart(
              "Invalid UTF-8 (?:start|middle) byte (?<byte>0x\\p{XDigit}+).*",
              m -> "not UTF-8 text: the byte " + m.group("byte") + " cannot stand here"),
          atStart("Invalid UTF-8.*", m -> "not UTF-8 text"),
          atStart(
              "(?:Invalid|Unexpected EOF in the middle of)[^:]*UTF-(?:16|32).*",
              m -> "not text in UTF-8, UTF-16 or UTF-32"),
          atStart(
              "Trailing token .*",
              m -> "more after the end of the dataset; a file holds one dataset"),
          atStart("No content to map due to end-of-input.*", m -> "nothing to read"),
          rule("^Dataset: ", m -> ""),
          rule(
              "is not an? (?<type>[A-Z][a-z]+(?:[A-Z][a-z]+)*)(?=;|$)",
              m -> "is not " + article(words(m.group("type")))),
          atStart(
              "Text '(?<value>.*)' could not be parsed(?: at index \\d+)?(?:: (?<detail>.*))?",
              m ->
                  "'"
                      + SafeText.value(m.group("value"))
                      + "' is not a date or time as ISO 8601"
                      + " writes it"
                      + (m.group("detail") == null ? "" : ": " + lower(m.group("detail")))));

  /** What is left of Java in a message once the rules have run: removed. */
  private static final List<Rule> SCRUB =
      List.of(
          rule(
              "\\s*\\((?:for (?:Object|Array) starting at|start marker at)"
                  + " \\[Source:[^\\]]*\\][^)]*\\)",
              m -> ""),
          rule("\\s*\\[Source:[^\\]]*\\]", m -> ""),
          rule("[:;,]?\\s*(?:enable|disable) `[^`]*`(?: to [a-z ]+)?", m -> ""),
          rule("\\s*\\([^()`]*`[^`]*`[^()]*\\)", m -> ""),
          rule("\\s*\\([^()]*\\b[Ff]eature\\b[^()]*\\)", m -> ""),
          rule("`[^`]*`", m -> "a value"),
          rule(
              "\\b(?:java|javax|jdk|sun|tools|dev)\\.(?:[a-z]\\w*\\.)*[A-Z][\\w$]*",
              m -> "a value"),
          rule(
              "\\b[A-Z][a-z]+(?:[A-Z][a-z]*)*(?:Exception|Error|Feature|Constraints)\\b", m -> ""));

  private ProblemWords() {}

  /** What the exception reports, without its location. */
  public static String of(JacksonException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return unknownField(unknown);
    }
    if (e instanceof StreamConstraintsException limit) {
      return limit(String.valueOf(jacksons(limit).getOriginalMessage()));
    }
    return of(String.valueOf(e.getOriginalMessage()));
  }

  /**
   * Jackson's own exception for a breached read limit: the library's, which names the path,
   * carries it as suppressed; Jackson's is the one that names the limit.
   */
  public static StreamConstraintsException jacksons(StreamConstraintsException e) {
    for (Throwable suppressed : e.getSuppressed()) {
      if (suppressed instanceof StreamConstraintsException original) {
        return original;
      }
    }
    return e;
  }

  /** A message from Jackson or the library, such as a violation's, in words. */
  public static String of(String message) {
    String words = apply(RULES, message);
    words = scrub(words).replaceAll("  +", " ").strip();
    return words.isEmpty() ? "not a dataset in the JSON form" : words;
  }

  /**
   * A breached read limit, named by what it limits: {@code a string longer than the limit of
   * 100,000 characters}. The length that Jackson gives is how far it had read when it stopped, not
   * the length of the value, so it is left out.
   */
  static String limit(String message) {
    Matcher number = LIMIT.matcher(message);
    if (!number.find()) {
      return "the input breaks a read limit";
    }
    String limit = String.format(Locale.ROOT, "%,d", Long.parseLong(number.group(1)));
    if (message.startsWith("String value length")) {
      return "a string longer than the limit of " + limit + " characters";
    }
    if (message.startsWith("Number value length") || message.contains("scale")) {
      return "a number longer than the limit of " + limit + " digits";
    }
    if (message.startsWith("Name length")) {
      return "a field name longer than the limit of " + limit + " characters";
    }
    if (message.startsWith("Document nesting depth")) {
      return "values nested deeper than the limit of " + limit + " levels";
    }
    if (message.startsWith("Document length")) {
      return "the input has more than the limit of " + limit + " bytes";
    }
    if (message.startsWith("Token count")) {
      return "more than the limit of " + limit + " values";
    }
    return "the input breaks a read limit of " + limit;
  }

  /**
   * An unknown field: {@code unknown field 'colour' in claims[c1]}, with the known field it most
   * likely meant. A suggestion that the library makes is kept rather than made again.
   */
  static String unknownField(UnrecognizedPropertyException e) {
    String name = String.valueOf(e.getPropertyName());
    String message = String.valueOf(e.getOriginalMessage());
    String type = e.getReferringClass() == null ? "" : e.getReferringClass().getSimpleName();
    StringBuilder words =
        new StringBuilder("unknown field '")
            .append(SafeText.value(name))
            .append("' ")
            .append(where(message, name, type));
    Matcher suggested = DID_YOU_MEAN.matcher(message);
    if (suggested.find()) {
      words.append("; ").append(suggested.group());
    } else {
      KnownFields.nearest(name, known(e, type))
          .ifPresent(n -> words.append("; did you mean '").append(n).append("'?"));
    }
    return words.toString();
  }

  private static Collection<String> known(UnrecognizedPropertyException e, String type) {
    if (e.getKnownPropertyIds() != null && !e.getKnownPropertyIds().isEmpty()) {
      List<String> names = new ArrayList<>();
      e.getKnownPropertyIds().forEach(id -> names.add(String.valueOf(id)));
      return names;
    }
    return KnownFields.of(type);
  }

  /** Where the field stands: its object's path, read from the library's message, or its type. */
  private static String where(String message, String name, String type) {
    int end = message.indexOf(": '" + name + "'");
    if (end >= 0) {
      String path = message.substring(0, end);
      if (path.equals(name)) {
        return "at the top level of the dataset";
      }
      if (path.endsWith("." + name)) {
        return "in " + path.substring(0, path.length() - name.length() - 1);
      }
    }
    if (type.equals("Dataset")) {
      return "at the top level of the dataset";
    }
    return type.isEmpty() ? "in the dataset" : "in " + article(words(type));
  }

  /** The character that a rule's match describes by its code, quoted and escaped. */
  private static String character(Matcher match) {
    String code = match.group("code") != null ? match.group("code") : match.group("ctrl");
    int c;
    try {
      c = Integer.parseInt(code);
    } catch (NumberFormatException e) {
      return "a character";
    }
    if (!Character.isValidCodePoint(c)) {
      return "a character";
    }
    if (c == '\'') {
      return "\"'\"";
    }
    return "'" + (SafeText.unsafe(c) ? SafeText.escapeOf(c) : Character.toString(c)) + "'";
  }

  /** A type's name as words: {@code ActorKind} is {@code actor kind}. */
  private static String words(String type) {
    return type.replaceAll("(?<=[a-z])(?=[A-Z])", " ")
        .toLowerCase(Locale.ROOT)
        .replace("dataset metadata", "metadata");
  }

  private static String article(String noun) {
    return noun.equals("metadata")
        ? "the metadata"
        : ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private static String lower(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static String apply(List<Rule> rules, String text) {
    String result = text;
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(result);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(rule.words().apply(m)));
      }
      result = m.appendTail(out).toString();
    }
    return result;
  }

  /** The scrub rules applied to the text between quoted values, which stay as they are. */
  private static String scrub(String text) {
    Matcher quoted = QUOTED.matcher(text);
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (quoted.find()) {
      out.append(apply(SCRUB, text.substring(from, quoted.start()))).append(quoted.group());
      from = quoted.end();
    }
    return out.append(apply(SCRUB, text.substring(from))).toString();
  }

  /** A rule for Jackson's or java.time's own words, which apply only {@link #AT_START}. */
  private static Rule atStart(String regex, Function<Matcher, String> words) {
    return rule(AT_START + "(?:" + regex + ")", words);
  }

  private static Rule rule(String regex, Function<Matcher, String> words) {
    return new Rule(Pattern.compile(regex), words);
  }

  /** A message that Jackson or the library writes, and the words for it. */
  private record Rule(Pattern pattern, Function<Matcher, String> words) {}
}
