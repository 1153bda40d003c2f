package dev.hearsay.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written id check agrees with the documented pattern on every text. */
class IdPatternTest {
  private static final String ALPHABET = "aZq09._:-/ é\u0000-A";

  @Test
  void theCheckAgreesWithThePatternOnRandomTexts() {
    Random random = new Random(20261126);
    for (int i = 0; i < 20_000; i++) {
      int length = random.nextInt(i % 100 == 0 ? 140 : 8);
      StringBuilder text = new StringBuilder(length);
      for (int j = 0; j < length; j++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String id = text.toString();
      assertThat(Ids.follows(id)).as("'%s'", id).isEqualTo(Ids.PATTERN.matcher(id).matches());
    }
  }

  @Test
  void theLengthLimitIsTheSameAsThePatterns() {
    for (int length = 126; length <= 130; length++) {
      String id = "a".repeat(length);
      assertThat(Ids.follows(id))
          .isEqualTo(Ids.PATTERN.matcher(id).matches())
          .isEqualTo(length <= 128);
    }
  }
}
