package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetValidationException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON object has no key order: the whole-document reader reads a dataset whatever the place
 * of its schema version, and still refuses a newer major version before it builds anything.
 */
class KeyOrderTest {
  @Test
  void readsADocumentWithSortedKeys() {
    String sorted =
        Json.PLAIN.writeValueAsString(
            sorted(Json.PLAIN.readTree(Json.resource("golden/dataset.json"))));

    assertThat(sorted).startsWith("{\"actors\":");
    assertThat(Json.STRICT.readValue(sorted, Dataset.class)).isEqualTo(Samples.kursk());
  }

  @Test
  void readsADocumentWithTheVersionInTheMiddle() {
    String json =
        """
        {
          "metadata": {"title": "Test"},
          "actors": [{"id": "nyt", "name": "The New York Times", "kind": "media_outlet"}],
          "schemaVersion": "1.0",
          "claims": [{"id": "c1", "proposition": "P.",
            "attribution": [[{"actor": "nyt", "mode": "paraphrase", "commitment": "certain"}]]}]
        }
        """;

    Dataset dataset = Json.STRICT.readValue(json, Dataset.class);

    assertThat(dataset.schemaVersion()).isEqualTo("1.0");
    assertThat(dataset.actors()).hasSize(1);
    assertThat(dataset.claims()).hasSize(1);
  }

  @Test
  void refusesANewerMajorVersionGivenLastBeforeAnythingElse() {
    String json =
        """
        {"metadata": {"name": "not a field of version 1"}, "rumours": [1, 2],
         "actors": [{"id": "x", "kind": "robot"}], "schemaVersion": "2.0"}
        """;

    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class, () -> Json.STRICT.readValue(json, Dataset.class));

    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "schemaVersion: 2.0 is a newer major version"
                + " than this library reads (1.x); use a newer Hearsay to read it");
  }

  @Test
  void refusesADocumentWithoutAVersion() {
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class,
            () -> Json.STRICT.readValue("{\"metadata\": {\"title\": \"t\"}}", Dataset.class));

    assertThat(e.getOriginalMessage()).startsWith("schemaVersion: is required but missing");
  }

  @Test
  void errorBeforeTheVersionHasItsPathAndTheLineOfItsElement() {
    String json =
        """
        {
          "metadata": {"title": "Test"},
          "actors": [
            {"id": "nyt", "name": "The New York Times", "kind": "media_outlet"},
            {"id": "officials",
             "name": "Ukrainian officials", "kind": "crowd"}
          ],
          "schemaVersion": "1.0"
        }
        """;

    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class, () -> Json.STRICT.readValue(json, Dataset.class));

    assertThat(e.getOriginalMessage()).startsWith("actors[officials].kind: 'crowd' is not a");
    assertThat(e.getLocation().getLineNr()).isEqualTo(5);
    assertThat(e.getLocation().getColumnNr()).isEqualTo(5);
  }

  @Test
  void violationsBeforeTheVersionHaveTheLinesOfTheirElements() {
    String json =
        """
        {
          "actors": [
            {"id": "nyt", "name": "The New York Times", "kind": "media_outlet"},
            {"id": "nyt", "name": "NYT", "kind": "media_outlet"}
          ],
          "metadata": {"title": "Test"},
          "schemaVersion": "1.0"
        }
        """;

    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class, () -> Json.STRICT.readValue(json, Dataset.class));

    assertThat(e.getOriginalMessage())
        .contains("actors[1].id: the id 'nyt' is already used by actors[0]", "(line 4, column 5)");
    assertThat(e.getCause()).isInstanceOf(DatasetValidationException.class);
  }

  @Test
  void unknownFieldBeforeTheVersionFollowsTheFeature() {
    String json =
        "{\"colour\": {\"deep\": [1]}, \"metadata\": {\"title\": \"t\"},"
            + " \"schemaVersion\": \"1.0\"}";

    assertThat(Json.MAPPER.readValue(json, Dataset.class).metadata().title()).isEqualTo("t");
    InvalidDatasetException e =
        catchThrowableOfType(
            InvalidDatasetException.class, () -> Json.STRICT.readValue(json, Dataset.class));
    assertThat(e.getOriginalMessage()).isEqualTo("colour: 'colour' is not a field of Dataset");
  }

  @Test
  void fieldGivenBeforeAndAfterTheVersionIsRefused() {
    String json =
        "{\"metadata\": {\"title\": \"t\"}, \"schemaVersion\": \"1.0\","
            + " \"metadata\": {\"title\": \"u\"}}";

    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class, () -> Json.STRICT.readValue(json, Dataset.class));

    assertThat(e.getOriginalMessage()).isEqualTo("metadata: is given twice; give each field once");
  }

  @Test
  void decimalsBeforeTheVersionStayExact() {
    String json =
        Json.PLAIN
            .writeValueAsString(sorted(Json.PLAIN.readTree(Json.resource("golden/dataset.json"))))
            .replace("\"2500.5\"", "2500.50000000000000000001");

    Dataset dataset = Json.STRICT.readValue(json, Dataset.class);

    assertThat(dataset.claims().get(0).quantities().get(0).estimate().get())
        .isEqualByComparingTo("2500.50000000000000000001");
  }

  @Test
  void theStreamReaderStillNeedsTheVersionFirst() {
    String json = "{\"metadata\": {\"title\": \"t\"}, \"schemaVersion\": \"1.0\"}";

    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class,
            () -> DatasetStreamReader.open(Json.MAPPER, new StringReader(json)));

    assertThat(e.getOriginalMessage())
        .startsWith(
            "schemaVersion: must be the first field of a"
                + " dataset read as a stream, before 'metadata'");
  }

  /** The tree with every object's keys in alphabetical order, as {@code jq -S} writes it. */
  static JsonNode sorted(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>(object.propertyNames());
      names.sort(null);
      ObjectNode copy = Json.PLAIN.createObjectNode();
      for (String name : names) {
        copy.set(name, sorted(object.get(name)));
      }
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = Json.PLAIN.createArrayNode();
      array.forEach(element -> copy.add(sorted(element)));
      return copy;
    }
    return node;
  }
}
