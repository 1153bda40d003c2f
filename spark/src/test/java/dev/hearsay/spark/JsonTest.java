package dev.hearsay.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.jackson.HearsayMappers;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;

class JsonTest {
  @Test
  void theLinksDocumentHasNoLimitOnItsLengthButKeepsTheOthers() {
    StreamReadConstraints links = Json.linksMapper().tokenStreamFactory().streamReadConstraints();
    StreamReadConstraints lines = Json.mapper().tokenStreamFactory().streamReadConstraints();

    assertThat(links.getMaxDocumentLength()).isLessThanOrEqualTo(0);
    assertThat(lines.getMaxDocumentLength()).isEqualTo(HearsayMappers.MAX_DOCUMENT_LENGTH);
    assertThat(links.getMaxStringLength()).isEqualTo(lines.getMaxStringLength()).isPositive();
    assertThat(links.getMaxNestingDepth()).isEqualTo(lines.getMaxNestingDepth()).isPositive();
  }
}
