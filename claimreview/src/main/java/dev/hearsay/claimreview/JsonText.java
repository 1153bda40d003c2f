package dev.hearsay.claimreview;

import dev.hearsay.jackson.HearsayMappers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses a document into a tree with the read limits of Hearsay's recommended mapper and its
 * check that the text is UTF-8; a name given twice in one object and content after the document
 * are refused, and numbers are read exactly.
 */
final class JsonText {
  private static final JsonMapper MAPPER =
      HearsayMappers.recommended()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private static final Pattern LIMIT =
      Pattern.compile(
          "^(String value length|Number value length|Name length|Document nesting depth"
              + "|Document length|Token count) \\(\\d+\\) exceeds the maximum allowed \\((\\d+)");

  private JsonText() {}

  static Node parse(byte[] document) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(document);
    } catch (StreamConstraintsException e) {
      throw new ClaimReviewException(where(e.getLocation()), limit(e.getOriginalMessage()), e);
    } catch (JacksonException e) {
      String message = String.valueOf(e.getOriginalMessage());
      throw new ClaimReviewException(
          where(e.getLocation()),
          "not JSON: "
              + (message.startsWith("Trailing token")
                  ? "more after the end of the document"
                  : Texts.shorten(message)),
          e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new ClaimReviewException("line 1, column 1", "the document is empty");
    }
    return Node.root(tree);
  }

  /** A read limit the document breaks, in words, without the name of Jackson's setting. */
  private static String limit(String jackson) {
    Matcher m = LIMIT.matcher(String.valueOf(jackson));
    if (!m.find()) {
      return "breaks a read limit";
    }
    String what =
        switch (m.group(1)) {
          case "Document nesting depth" -> "nests arrays and objects more than %s deep";
          case "String value length" -> "has a text of more than %s characters";
          case "Number value length" -> "has a number of more than %s characters";
          case "Name length" -> "has a field name of more than %s characters";
          case "Document length" -> "is longer than %s bytes";
          default -> "has more than %s tokens";
        };
    return what.formatted(m.group(2)) + ", more than this reader takes";
  }

  private static String where(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "$";
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
