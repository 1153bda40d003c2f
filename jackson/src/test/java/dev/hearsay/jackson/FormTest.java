package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Dataset;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The form as the schema and the writer state it: the schema takes every document the reader
 * takes, and the writer writes the version it writes.
 */
class FormTest {
  /** Everything the reader takes that the writer leaves out: false flags and empty lists. */
  private static final String DEFAULTS_SPELT_OUT =
      """
      {
        "schemaVersion": "1.0",
        "metadata": {"title": "Test", "curators": []},
        "actors": [
          {"id": "nyt", "name": "NYT", "kind": "media_outlet", "anonymous": false,
           "aliases": [], "affiliations": []}
        ],
        "places": [],
        "sources": [{"id": "report", "kind": "article", "authors": [], "cites": [],
          "published": {"edtf": "2024-10-28", "inferred": false}}],
        "claims": [
          {
            "id": "c1",
            "proposition": "P.",
            "actors": [], "places": [], "notes": [],
            "quantities": [{"name": "n", "estimate": "1", "approximate": false,
              "unit": {"count": "things"}}],
            "time": {"edtf": "2024-10-28", "inferred": false},
            "attribution": [[{"actor": "nyt", "mode": "paraphrase", "commitment": "certain",
              "inferred": false}]]
          }
        ],
        "events": [{"id": "e1", "description": "E.", "status": "happened", "places": [],
          "participants": [], "claims": []}],
        "relations": []
      }
      """;

  @Test
  void theSchemaTakesDefaultsSpeltOut() {
    Dataset read = Json.STRICT.readValue(DEFAULTS_SPELT_OUT, Dataset.class);

    assertThat(read.claims()).hasSize(1);
    assertThat(Json.schemaErrors(DEFAULTS_SPELT_OUT, "Dataset")).isEmpty();
  }

  @Test
  void theWriterLeavesDefaultsOut() {
    String written =
        Json.MAPPER.writeValueAsString(Json.STRICT.readValue(DEFAULTS_SPELT_OUT, Dataset.class));

    assertThat(written).doesNotContain("false", "[]", "\"places\"", "\"relations\"");
  }

  @Test
  void theSchemaRefusesAnIdThatStartsWithADigit() {
    String json = "{\"id\": \"1st\", \"name\": \"First\", \"kind\": \"person\"}";

    assertThat(Json.schemaErrors(json, "Actor")).isNotEmpty();
    assertThat(Json.schemaErrors(json.replace("1st", "first"), "Actor")).isEmpty();
  }

  @Test
  void theSchemaStillRefusesAClaimWithoutAttributionAndAnEmptyChain() {
    String claim = "{\"id\": \"c\", \"proposition\": \"P.\", \"attribution\": %s}";

    assertThat(Json.schemaErrors(claim.formatted("[]"), "Claim")).isNotEmpty();
    assertThat(Json.schemaErrors(claim.formatted("[[]]"), "Claim")).isNotEmpty();
  }

  @Test
  void theWriterWritesTheVersionItWrites() {
    Dataset read = Json.MAPPER.readValue(Json.resource("versions/dataset-1.0.json"), Dataset.class);

    assertThat(read.schemaVersion()).isEqualTo("1.0");
    assertThat(Json.MAPPER.writeValueAsString(read))
        .startsWith("{\"schemaVersion\":\"" + Dataset.SCHEMA_VERSION + "\",");
    assertThat(streamHeader(read)).startsWith("{\"schemaVersion\":\"" + Dataset.SCHEMA_VERSION);
  }

  private static String streamHeader(Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatasetStreamWriter writer =
        DatasetStreamWriter.open(
            Json.MAPPER,
            out,
            new Dataset.Builder()
                .schemaVersion(dataset.schemaVersion())
                .metadata(dataset.metadata())
                .addAllSources(dataset.sources())
                .addAllActors(dataset.actors())
                .build())) {
      writer.finish();
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
