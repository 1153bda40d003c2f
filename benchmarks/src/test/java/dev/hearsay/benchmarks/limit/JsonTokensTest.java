package dev.hearsay.benchmarks.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonFactory;

class JsonTokensTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Test
  void decodesTheTextsOfTextFieldsOnlyInObjectsAndArrays() {
    // 13 tokens; the proposition (5 chars) and the two notes (2 + 3) are decoded, the id is not.
    byte[] json =
        "{\"id\":\"abcdefgh\",\"proposition\":\"words\",\"notes\":[\"no\",\"yes\"],\"start\":40}"
            .getBytes(StandardCharsets.UTF_8);

    long decoded = JsonTokens.decodeTexts(FACTORY, json);

    // Texts count their length, the integer its value, every other token one.
    assertThat(decoded).isEqualTo(5 + 2 + 3 + 40 + 9);
    assertThat(JsonTokens.count(FACTORY, json)).isEqualTo(13);
  }
}
