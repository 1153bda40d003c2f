package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.model.Dataset;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/**
 * Refusals whose message does not start with the path of the problem, where every other refusal
 * does ({@code metadata.title: ...}, {@code Dataset: ...}). The bad-input catalogue marks the
 * documents that meet these with a {@code gap:} line.
 */
class PathGapsTest {
  private static final String START = "{\"schemaVersion\":\"1.0\",\"metadata\":{\"title\":";

  private static String message(String json) {
    return catchThrowableOfType(
            JacksonException.class,
            () -> BadInputCatalogueTest.RECOMMENDED.readValue(json, Dataset.class))
        .getOriginalMessage();
  }

  @Test
  void brokenJsonInsideAFieldNamesTheField() {
    assertThat(message(START + "\"t\" \"x\":1}}")).startsWith("metadata: Unexpected character");
  }

  @Test
  void brokenJsonBetweenTopLevelFieldsNamesTheDocument() {
    assertThat(message("{\"schemaVersion\":\"1.0\" \"metadata\":{\"title\":\"t\"}}"))
        .startsWith("Dataset: ");
  }

  @Test
  @Disabled("bug: tokens after the document's end are refused without a path")
  void tokensAfterTheEndNameTheDocument() {
    assertThat(message(START + "\"t\"}} \"x\"")).startsWith("Dataset: ");
  }

  @Test
  @Disabled("bug: an empty document is refused without a path")
  void anEmptyDocumentNamesTheDocument() {
    assertThat(message("")).startsWith("Dataset: ");
  }

  @Test
  void brokenTextInsideAStringNamesTheField() {
    assertThat(message(START + "\"a\\x\"}}")).startsWith("metadata.title: ");
    assertThat(message(START + "\"a\u0007\"}}")).startsWith("metadata.title: ");
  }

  @Test
  void aValueOverTheReadLimitsNamesTheField() {
    assertThat(message(START + "\"" + "x".repeat(100_001) + "\"}}")).startsWith("metadata.title: ");
  }

  @Test
  void aMissingEdtfIsNamedAsInTheJson() {
    assertThat(
            message(
                START
                    + "\"t\"},\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":"
                    + "\"person\",\"affiliations\":[{\"organization\":\"a\"}]}],\"claims\":[{\"id\":\"c\","
                    + "\"proposition\":\"p\",\"time\":{\"asWritten\":\"x\"},\"attribution\":[[{\"actor\":"
                    + "\"a\",\"mode\":\"paraphrase\",\"commitment\":\"certain\"}]]}]}"))
        .contains("\n  claims[c].time.edtf: is required but missing");
  }
}
