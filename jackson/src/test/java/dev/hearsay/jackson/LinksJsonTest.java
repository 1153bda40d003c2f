package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.corpus.EntityKind;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.Links;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/** The links document: read whole or refused with every problem, each with path and place. */
class LinksJsonTest {
  private static final String VERSION = "{\"schemaVersion\": \"1.1\",\n";

  @Test
  void linksWrittenReadBackEqual() {
    String json = Json.MAPPER.writeValueAsString(CorpusSamples.LINKS);

    assertThat(Json.STRICT.readValue(json, Links.class)).isEqualTo(CorpusSamples.LINKS);
    assertThat(Json.schemaErrors(json, "Links")).isEmpty();
  }

  @Test
  void anEntityReferenceNamesItsKindByItsField() {
    String json = Json.MAPPER.writeValueAsString(CorpusSamples.ARTICLE);

    assertThat(json).isEqualTo("{\"dataset\":\"kyiv\",\"source\":\"nyt-article\"}");
    assertThat(Json.STRICT.readValue(json, EntityRef.class).kind()).isEqualTo(EntityKind.SOURCE);
  }

  @Test
  void anEntityReferenceWithTwoKindsIsRefusedAtTheSecond() {
    String json =
        VERSION
            + "\"identities\": [{\"identity\": \"same\",\n"
            + " \"first\": {\"dataset\": \"a\", \"actor\": \"x\", \"source\": \"y\"},\n"
            + " \"second\": {\"dataset\": \"b\", \"actor\": \"x\"}}]}";

    InvalidLinksException e =
        catchThrowableOfType(
            InvalidLinksException.class, () -> Json.STRICT.readValue(json, Links.class));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).hasToString("identities[0].first.source");
              assertThat(p.message())
                  .isEqualTo(
                      "is given beside 'actor'; an entity reference names"
                          + " exactly one of actor, source and place");
              assertThat(p.line()).isEqualTo(3);
            });
    assertThat(Json.schemaErrors(json, "Links")).isNotEmpty();
  }

  @Test
  void anEntityReferenceWithNoKindIsRefusedWithItsPath() {
    String json =
        VERSION
            + "\"identities\": [{\"identity\": \"distinct\",\n"
            + " \"first\": {\"dataset\": \"a\", \"actor\": \"x\"},\n"
            + " \"second\": {\"dataset\": \"b\"}}]}";

    InvalidLinksException e =
        catchThrowableOfType(
            InvalidLinksException.class, () -> Json.STRICT.readValue(json, Links.class));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).hasToString("identities[0].second");
              assertThat(p.message()).startsWith("names no entity");
              assertThat(p.line()).isEqualTo(4);
            });
    assertThat(Json.schemaErrors(json, "Links")).isNotEmpty();
  }

  @Test
  void everyProblemAtOnceWithSuggestions() {
    String json =
        VERSION
            + "\"identities\": [{\"identity\": \"maybe\",\n"
            + " \"first\": {\"dataset\": \"a\", \"actor\": \"x\"},\n"
            + " \"second\": {\"dataset\": \"b\", \"actor\": \"y\"}}],\n"
            + "\"claims\": [{\"kind\": \"supports\", \"form\": {\"dataset\": \"a\", \"claim\": \"c\"},\n"
            + " \"to\": {\"dataset\": \"b\", \"claim\": \"d\"}}],\n"
            + "\"event\": []}";

    InvalidLinksException e =
        catchThrowableOfType(
            InvalidLinksException.class, () -> Json.STRICT.readValue(json, Links.class));

    assertThat(e.problems())
        .extracting(Problem::where)
        .containsExactly("identities[0].identity", "claims[0].form", "claims[0].from", "event");
    assertThat(e.problems().get(0).message())
        .isEqualTo("'maybe' is not an Identity; use one of same, distinct, possibly_same");
    assertThat(e.problems().get(1).message())
        .isEqualTo("'form' is not a field of ClaimLink; did you mean 'from'?");
    assertThat(e.problems().get(3).message())
        .isEqualTo("'event' is not a field of Links; did you mean 'events'?");
    assertThat(e.problems()).extracting(Problem::line).startsWith(2, 5);
    assertThat(e.getMessage()).startsWith("The links document has 4 problems:");
  }

  @Test
  void theSchemaVersionIsRequiredAndChecked() {
    InvalidLinksException missing =
        catchThrowableOfType(
            InvalidLinksException.class,
            () -> Json.STRICT.readValue("{\"identities\": []}", Links.class));
    InvalidLinksException newer =
        catchThrowableOfType(
            InvalidLinksException.class,
            () -> Json.STRICT.readValue("{\"schemaVersion\": \"2.0\"}", Links.class));

    assertThat(missing.problems())
        .singleElement()
        .extracting(Problem::where)
        .isEqualTo("schemaVersion");
    assertThat(newer.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).hasToString("schemaVersion");
              assertThat(p.message()).contains("2.0");
            });
  }

  @Test
  void aVersion10DocumentReadsAndIsWrittenAs11() {
    Links read = Json.STRICT.readValue("{\"schemaVersion\": \"1.0\"}", Links.class);

    assertThat(read.schemaVersion()).isEqualTo("1.0");
    assertThat(Json.MAPPER.writeValueAsString(read)).isEqualTo("{\"schemaVersion\":\"1.1\"}");
  }

  @Test
  void brokenJsonStopsWithJacksonsException() {
    catchThrowableOfType(
        StreamReadException.class,
        () -> Json.STRICT.readValue("{\"schemaVersion\": \"1.1\", \"identities\": [", Links.class));
  }

  @Test
  void nullIsNotALinksDocument() {
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class, () -> Json.STRICT.readValue("null", Links.class));

    assertThat(e.getOriginalMessage()).contains("expected a links object, found null");
  }
}
