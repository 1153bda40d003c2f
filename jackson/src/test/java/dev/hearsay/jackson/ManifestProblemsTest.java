package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.corpus.Corpus;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A manifest's own problems, read from a stream: each at its path in the manifest, a value of the
 * wrong shape skipped whole so that the fields after it are read.
 */
class ManifestProblemsTest {
  private static final JsonMapper MAPPER = BadInputCatalogueTest.RECOMMENDED;

  @Test
  void aManifestsInlineDatasetThatIsNotAnObjectIsNamedByItsPlaceInTheManifest() {
    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () ->
                MAPPER.readValue(
                    "{\"schemaVersion\": \"1.1\", \"datasets\": [{\"id\": \"a\", \"dataset\": 3}]}",
                    Corpus.class));

    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.problem().where()).isEqualTo("datasets[0].dataset"));
  }

  /** The problems of a manifest read from a stream, each as its path and message. */
  private static List<String> manifestProblems(String json) {
    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class, () -> MAPPER.readValue(json, Corpus.class));
    assertThat(e).as("refused").isNotNull();
    return e.problems().stream()
        .map(p -> p.problem().where() + ": " + p.problem().message())
        .toList();
  }

  private static final String INLINE =
      "{\"id\": \"a\", \"dataset\": {\"schemaVersion\": \"1.1\", \"metadata\": {\"title\":"
          + " \"t\"}}}";

  @Test
  void aManifestThatIsNotAnObjectOrLacksItsDatasetsIsRefused() {
    assertThat(manifestProblems("[]"))
        .singleElement()
        .asString()
        .contains("expected a corpus manifest object");
    assertThat(manifestProblems("{\"schemaVersion\": \"1.1\"}"))
        .containsExactly("datasets: is required but missing");
  }

  @Test
  void aManifestsFieldsOfTheWrongShapeAreSkippedWholeAndTheRestIsRead() {
    assertThat(
            manifestProblems(
                "{\"schemaVersion\": {\"datasets\": 1}, \"links\": 3, \"datasets\": ["
                    + INLINE
                    + "]}"))
        .extracting(text -> text.substring(0, text.indexOf(':')))
        .containsExactly("schemaVersion", "links");
  }

  @Test
  void inlineLinksWithAProblemAreSkippedWholeAndTheFieldsAfterThemAreRead() {
    assertThat(
            manifestProblems(
                "{\"schemaVersion\": \"1.1\", \"links\": {\"schemaVersion\": \"1.1\","
                    + " \"identities\": [{\"first\": 3, \"colour\": {\"datasets\": 1}}]},"
                    + " \"datasets\": ["
                    + INLINE
                    + "]}"))
        .isNotEmpty()
        .allSatisfy(text -> assertThat(text).startsWith("links.identities[0]"));
    assertThat(
            manifestProblems(
                "{\"schemaVersion\": \"1.1\", \"links\": {}, \"datasets\": [" + INLINE + "]}"))
        .singleElement()
        .asString()
        .startsWith("links.schemaVersion");
  }

  @Test
  void aDatasetEntryWithAnUnknownFieldIsRefusedAtThatField() {
    assertThat(
            manifestProblems(
                "{\"schemaVersion\": \"1.1\", \"datasets\": [{\"id\": \"a\", \"colour\":"
                    + " {\"file\": \"a.json\"}, \"dataset\": {\"schemaVersion\": \"1.1\","
                    + " \"metadata\": {\"title\": \"t\"}}}]}"))
        .singleElement()
        .asString()
        .startsWith("datasets[0].colour: 'colour' is not a field");
  }
}
