package dev.hearsay.benchmarks.limit;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The limit any JSON reader or writer on Jackson's streaming layer can reach: the tokens of a
 * document read without building anything, and the same tokens written back from a recording.
 */
public final class JsonTokens {
  private static final JsonToken[] TOKENS = JsonToken.values();

  private final byte[] kinds;
  private final String[] texts;
  private final int size;

  private JsonTokens(byte[] kinds, String[] texts, int size) {
    this.kinds = kinds;
    this.texts = texts;
    this.size = size;
  }

  /**
   * Reads every token of a document and nothing else: no names or values are decoded.
   *
   * @param factory the factory
   * @param json the document
   * @return the number of tokens
   */
  public static long count(JsonFactory factory, byte[] json) {
    long tokens = 0;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /**
   * Reads every token of a document and decodes each name and scalar value as a reader that
   * keeps them must: names and strings as {@link String}, numbers as their text.
   *
   * @param factory the factory
   * @param json the document
   * @return a sum of the lengths decoded, so that nothing is optimized away
   */
  public static long decode(JsonFactory factory, byte[] json) {
    long total = 0;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        switch (token) {
          case PROPERTY_NAME -> total += parser.currentName().length();
          case VALUE_STRING -> total += parser.getString().length();
          case VALUE_NUMBER_INT -> total += parser.getLongValue();
          case VALUE_NUMBER_FLOAT -> total += parser.getDecimalValue().scale();
          default -> total++;
        }
      }
    }
    return total;
  }

  /**
   * The fields of the JSON form whose values a reader returns as text of its own: propositions,
   * quotes, notes, titles, names, descriptions and the like. Ids, enum spellings, times, decimals
   * and the short labels that a reader can share (cues, quantity names, ratings) are not in it.
   */
  private static final Set<String> TEXT_FIELDS =
      Set.of(
          "proposition",
          "exact",
          "prefix",
          "suffix",
          "notes",
          "note",
          "title",
          "description",
          "curators",
          "license",
          "aliases",
          "isoCode",
          "locator",
          "language",
          "url",
          "scheme",
          "message");

  /**
   * Reads every token of a document and decodes only the texts that any reader of the form must
   * return as strings (see {@link #TEXT_FIELDS}), and integers: what a reader cannot avoid,
   * whatever else it does.
   *
   * @param factory the factory
   * @param json the document
   * @return a sum of the lengths decoded, so that nothing is optimized away
   */
  public static long decodeTexts(JsonFactory factory, byte[] json) {
    long total = 0;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING && TEXT_FIELDS.contains(fieldName(parser))) {
          total += parser.getString().length();
        } else if (token == JsonToken.VALUE_NUMBER_INT) {
          total += parser.getIntValue();
        } else {
          total++;
        }
      }
    }
    return total;
  }

  /** The name of the field whose value, or element of whose value, the parser is on. */
  private static String fieldName(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    String name = context.inArray() ? context.getParent().currentName() : parser.currentName();
    return name == null ? "" : name;
  }

  /**
   * Records the tokens of a document, with their names and values, to write them again.
   *
   * @param factory the factory
   * @param json the document
   * @return the recording
   */
  public static JsonTokens record(JsonFactory factory, byte[] json) {
    byte[] kinds = new byte[1024];
    String[] texts = new String[1024];
    Map<String, String> shared = new HashMap<>();
    int size = 0;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (size == kinds.length) {
          kinds = Arrays.copyOf(kinds, size * 2);
          texts = Arrays.copyOf(texts, size * 2);
        }
        kinds[size] = (byte) token.ordinal();
        if (token.isScalarValue() || token == JsonToken.PROPERTY_NAME) {
          String text =
              token == JsonToken.PROPERTY_NAME ? parser.currentName() : parser.getString();
          texts[size] = shared.computeIfAbsent(text, t -> t);
        }
        size++;
      }
    }
    return new JsonTokens(kinds, texts, size);
  }

  /**
   * The number of tokens recorded.
   *
   * @return the number
   */
  public int size() {
    return size;
  }

  /**
   * Writes the recorded tokens; numbers go out as their recorded text.
   *
   * @param generator where to write
   */
  public void write(JsonGenerator generator) {
    for (int i = 0; i < size; i++) {
      switch (TOKENS[kinds[i]]) {
        case START_OBJECT -> generator.writeStartObject();
        case END_OBJECT -> generator.writeEndObject();
        case START_ARRAY -> generator.writeStartArray();
        case END_ARRAY -> generator.writeEndArray();
        case PROPERTY_NAME -> generator.writeName(texts[i]);
        case VALUE_STRING -> generator.writeString(texts[i]);
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(texts[i]);
        case VALUE_TRUE -> generator.writeBoolean(true);
        case VALUE_FALSE -> generator.writeBoolean(false);
        case VALUE_NULL -> generator.writeNull();
        default -> throw new IllegalStateException("unexpected token " + TOKENS[kinds[i]]);
      }
    }
  }
}
