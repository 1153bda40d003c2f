package dev.hearsay.jackson.internal.read;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's messages about broken JSON and read limits, said for a person who reads a file rather
 * than for a Java caller: without the names of Jackson's settings, and without a length that
 * Jackson measured only as far as it read. Jackson's own exception, with its full message, stays
 * the cause.
 */
final class PlainWords {
  private static final Pattern LIMIT =
      Pattern.compile(
          "^(String value length|Number value length|Name length|Document nesting depth"
              + "|Document length|Token count) \\(\\d+\\) exceeds the maximum allowed \\((\\d+)");
  private static final Pattern CHARACTER = Pattern.compile("\\('(.{1,2})' \\(code (\\d+)\\)\\)");
  private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '([^']*)'.*");
  private static final Pattern CONTROL =
      Pattern.compile(
          "^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): has to be escaped.*");

  private PlainWords() {}

  /** A read limit that the document breaks, as what the value is and the limit. */
  static String limit(String jackson) {
    Matcher m = LIMIT.matcher(jackson);
    if (!m.find()) {
      return withoutSettings(jackson);
    }
    String max = m.group(2);
    return switch (m.group(1)) {
      case "String value length" ->
          "is a text of more than " + max + " characters, the longest this reader takes";
      case "Number value length" ->
          "is a number of more than " + max + " characters, the longest this reader takes";
      case "Name length" ->
          "has a field name of more than " + max + " characters, the longest this reader takes";
      case "Document nesting depth" ->
          "nests arrays and objects more than " + max + " deep, the deepest this reader takes";
      case "Document length" ->
          "the document is longer than "
              + max
              + " bytes or characters, the longest this reader"
              + " takes";
      default -> "the document has more than " + max + " tokens, the most this reader takes";
    };
  }

  /** Broken JSON, as Jackson found it, without its settings. */
  static String syntax(String jackson) {
    String first = jackson.lines().findFirst().orElse(jackson);
    Matcher nonStandard = NON_STANDARD.matcher(first);
    if (nonStandard.matches()) {
      return "'" + nonStandard.group(1) + "' is not a value in JSON";
    }
    if (first.contains("maybe a (non-standard) comment?")) {
      return "JSON has no comments; remove the comment";
    }
    Matcher control = CONTROL.matcher(first);
    if (control.matches()) {
      return control.group(1).equals("10") || control.group(1).equals("13")
          ? "a string goes on past the end of its line; end it with '\"', or write a line break"
              + " as \\n"
          : "a string holds a control character as it is; write it as the escape "
              + String.format(Locale.ROOT, "\\u%04x", Integer.parseInt(control.group(1)));
    }
    Matcher character = CHARACTER.matcher(first);
    StringBuilder plain = new StringBuilder();
    while (character.find()) {
      String c = character.group(1);
      character.appendReplacement(
          plain, Matcher.quoteReplacement(c.equals("'") ? "\"'\"" : "'" + c + "'"));
    }
    return withoutSettings(character.appendTail(plain).toString());
  }

  /**
   * The message without the clauses that name Jackson's settings: "enable `...` to allow", "(not
   * recognized as one since Feature '...' not enabled for parser)", "(..., from `...`)".
   */
  static String withoutSettings(String message) {
    return message
        .replaceAll(":? ?(enable|disable) `[^`]*`( to allow)?", "")
        .replaceAll(
            " ?\\(not recognized as one since Feature '[^']*' not enabled for parser\\)", "")
        .replaceAll(", from `[^`]*`", "")
        .trim();
  }
}
