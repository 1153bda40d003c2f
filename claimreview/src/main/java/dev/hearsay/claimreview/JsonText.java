package dev.hearsay.claimreview;

import dev.hearsay.jackson.HearsayMappers;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses a document into a tree with the read limits of Hearsay's recommended mapper and its
 * check that the text is UTF-8; a name given twice in one object and content after the document
 * are refused, and numbers are read exactly.
 */
final class JsonText {
  private static final JsonMapper MAPPER = HearsayMappers.recommended()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private JsonText() {}

  static Node parse(byte[] document) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(document);
    } catch (JacksonException e) {
      String message = String.valueOf(e.getOriginalMessage());
      throw new ClaimReviewException(where(e.getLocation()), "not JSON: "
          + (message.startsWith("Trailing token") ? "more after the end of the document"
              : Texts.shorten(message)), e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new ClaimReviewException("line 1, column 1", "the document is empty");
    }
    return Node.root(tree);
  }

  private static String where(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "$";
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
