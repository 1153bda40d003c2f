package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.ViolationCode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One test per kind of bad input: each fails with a Jackson exception that has a location and
 * names the path in the dataset.
 */
class BadInputTest {
  /** A valid dataset to break in one place per test. */
  private static final String VALID =
      """
      {
        "schemaVersion": "1.0",
        "metadata": {"title": "Test"},
        "actors": [
          {"id": "nyt", "name": "The New York Times", "kind": "media_outlet"},
          {"id": "officials", "name": "Ukrainian officials", "kind": "group", "anonymous": true}
        ],
        "sources": [{"id": "report", "kind": "article"}],
        "claims": [
          {
            "id": "c-trucks",
            "proposition": "Trucks reached the front lines.",
            "quantities": [
              {
                "name": "troops",
                "lower": {"value": "1000", "inclusive": true},
                "upper": {"value": "20000", "inclusive": true},
                "unit": {"count": "soldiers"}
              }
            ],
            "time": {"edtf": "2024-10-28"},
            "attribution": [[
              {"actor": "nyt", "source": "report", "mode": "paraphrase", "commitment": "certain"},
              {"actor": "officials", "mode": "paraphrase", "commitment": "probable"}
            ]]
          }
        ]
      }
      """;

  @Test
  void theValidDatasetReads() {
    Dataset dataset = Json.STRICT.readValue(VALID, Dataset.class);

    assertThat(dataset.claims()).hasSize(1);
    assertThat(dataset.claims().get(0).quantities().get(0).upper().get().value())
        .isEqualByComparingTo("20000");
  }

  @Test
  void syntaxErrorNamesThePathReached() {
    String json =
        VALID.replace(
            "\"Trucks reached the front lines.\",", "\"Trucks reached the front lines.\"");

    StreamReadException e = failure(json, StreamReadException.class);

    assertThat(e.getOriginalMessage()).startsWith("claims[c-trucks]: Unexpected character");
    assertThat(e.getLocation().getLineNr()).isEqualTo(13);
  }

  @Test
  void truncatedDocumentIsRefused() {
    String json = VALID.substring(0, VALID.indexOf("\"time\""));

    StreamReadException e = failure(json, StreamReadException.class);

    assertThat(e.getOriginalMessage())
        .startsWith("claims[c-trucks]: Unexpected end-of-input")
        .doesNotContain("[Source:", "REDACTED", "INCLUDE_SOURCE_IN_LOCATION");
    assertThat(e.getLocation().getLineNr()).isEqualTo(21);
  }

  @Test
  void nullIsNotAValue() {
    String json =
        VALID.replace("{\"title\": \"Test\"}", "{\"title\": \"Test\", \"license\": null}");

    MismatchedInputException e = failure(json, MismatchedInputException.class);

    assertThat(e.getOriginalMessage()).isEqualTo("metadata.license: expected a string, found null");
  }

  @Test
  void aDocumentThatIsNullIsRefusedByEveryReader() {
    MismatchedInputException fromText = failure("null", MismatchedInputException.class);
    MismatchedInputException fromBytes =
        catchThrowableOfType(
            MismatchedInputException.class,
            () -> Json.STRICT.readValue(" null ".getBytes(StandardCharsets.UTF_8), Dataset.class));
    MismatchedInputException fromStream =
        catchThrowableOfType(
            MismatchedInputException.class,
            () -> DatasetStreamReader.open(Json.STRICT, new StringReader("null")));

    for (MismatchedInputException e : List.of(fromText, fromBytes, fromStream)) {
      assertThat(e.getOriginalMessage())
          .isEqualTo("Dataset: expected a dataset object, found null");
      assertThat(e.getLocation()).isNotNull();
    }
  }

  @Test
  void aLoneValueThatIsNullIsRefused() {
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class, () -> Json.STRICT.readValue("null", Claim.class));

    assertThat(e.getOriginalMessage())
        .isEqualTo("Claim: expected a value of type Claim, found null");
  }

  /** A caller's own type, here a map, decides what a null that stands for a Hearsay value means. */
  @Test
  void aNullInACallersOwnTypeStaysNull() {
    Map<String, Claim> read =
        Json.STRICT.readValue("{\"claim\": null}", new TypeReference<Map<String, Claim>>() {});

    assertThat(read).containsEntry("claim", null);
  }

  @Test
  void wrongTypeNamesTheField() {
    String json = VALID.replace("\"anonymous\": true", "\"anonymous\": \"yes\"");

    MismatchedInputException e = failure(json, MismatchedInputException.class);

    assertThat(e.getOriginalMessage())
        .isEqualTo("actors[officials].anonymous: expected true or false, found a string");
  }

  @Test
  void missingFieldIsNamed() {
    String json = VALID.replace("\"proposition\": \"Trucks reached the front lines.\",", "");

    MismatchedInputException e = failure(json, MismatchedInputException.class);

    assertThat(e.getOriginalMessage())
        .isEqualTo("claims[c-trucks].proposition: is required but missing");
  }

  @Test
  void missingFieldsOfANestedValueAreNamedEach() {
    String json = VALID.replace("{\"value\": \"1000\", \"inclusive\": true}", "{}");

    MismatchedInputException e = failure(json, MismatchedInputException.class);

    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "claims[c-trucks].quantities[0].lower.value,"
                + " claims[c-trucks].quantities[0].lower.inclusive: are required but missing");
  }

  @Test
  void checkOfAListElementNamesTheElement() {
    String json =
        VALID.replace(
            "\"unit\": {\"count\": \"soldiers\"}",
            "\"unit\": {\"count\": \"soldiers\"}}, {\"name\": \"troops\", \"estimate\": \"5\","
                + " \"unit\": {\"count\": \"soldiers\"}");

    MismatchedInputException e = failure(json, MismatchedInputException.class);

    assertThat(e.getOriginalMessage())
        .isEqualTo("claims[c-trucks].quantities[1].name: 'troops' is used twice in the claim");
  }

  @Test
  void unknownReferenceIsAViolationWithItsPath() {
    String json = VALID.replace("{\"actor\": \"officials\"", "{\"actor\": \"americans\"");

    MismatchedInputException e = failure(json, MismatchedInputException.class);

    assertThat(e.getOriginalMessage())
        .contains(
            "claims[c-trucks].attribution[0][1].actor: no actor has the id 'americans'",
            "[UNKNOWN_REFERENCE]",
            "(line 10, column 5)");
    assertThat(e.getCause())
        .isInstanceOfSatisfying(
            DatasetValidationException.class,
            v ->
                assertThat(v.violations())
                    .singleElement()
                    .extracting(x -> x.code())
                    .isEqualTo(ViolationCode.UNKNOWN_REFERENCE));
  }

  @Test
  void duplicateIdIsAViolationWithItsPath() {
    String json =
        VALID
            .replace("{\"id\": \"officials\"", "{\"id\": \"nyt\"")
            .replace("{\"actor\": \"officials\"", "{\"actor\": \"nyt\"");

    MismatchedInputException e = failure(json, MismatchedInputException.class);

    assertThat(e.getOriginalMessage())
        .contains(
            "actors[1].id: the id 'nyt' is already used by actors[0]",
            "[DUPLICATE_ID] (line 6, column 5)",
            "claims[c-trucks].attribution[0][1].actor: the actor 'nyt' relays itself",
            "[SELF_REPORTING]");
    assertThat(((DatasetValidationException) e.getCause()).violations()).hasSize(2);
  }

  @Test
  void badEdtfNamesTheTime() {
    String json = VALID.replace("\"edtf\": \"2024-10-28\"", "\"edtf\": \"October 28\"");

    MismatchedInputException e = failure(json, MismatchedInputException.class);

    assertThat(e.getOriginalMessage()).startsWith("claims[c-trucks].time.edtf: ");
    assertThat(e.getLocation().getLineNr()).isEqualTo(21);
  }

  @Test
  void badCurrencyNamesTheUnit() {
    String json = VALID.replace("{\"count\": \"soldiers\"}", "{\"currency\": \"XYZ\"}");

    MismatchedInputException e = failure(json, MismatchedInputException.class);

    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "claims[c-trucks].quantities[0].unit.currency: 'XYZ' is not an ISO 4217 currency code");
  }

  @Test
  void invertedBoundsNameTheUpperBound() {
    String json = VALID.replace("\"20000\"", "\"10\"");

    MismatchedInputException e = failure(json, MismatchedInputException.class);

    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "claims[c-trucks].quantities[0].upper: 10 is below the lower bound 1000,"
                + " so no number fits");
  }

  @Test
  void newerMajorVersionIsRefusedAsSuch() {
    String json =
        VALID
            .replace("\"1.0\"", "\"2.0\"")
            .replace("\"metadata\": {\"title\": \"Test\"}", "\"metadata\": {\"name\": \"v2\"}");

    MismatchedInputException e = failure(json, MismatchedInputException.class);

    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "schemaVersion: 2.0 is a newer major version"
                + " than this library reads (1.x); use a newer Hearsay to read it");
  }

  @Test
  void everyVersionThereHasBeenIsReadAndNoOther() {
    for (String version : Dataset.SCHEMA_VERSIONS) {
      Dataset dataset =
          Json.MAPPER.readValue(VALID.replace("\"1.0\"", "\"" + version + "\""), Dataset.class);
      assertThat(dataset.schemaVersion()).isEqualTo(version);
    }
    MismatchedInputException newer =
        failure(VALID.replace("\"1.0\"", "\"1.7\""), MismatchedInputException.class);
    assertThat(newer.getOriginalMessage())
        .isEqualTo(
            "schemaVersion: 1.7 is newer than this"
                + " library, which reads 1.0 and 1.1; use a newer Hearsay to read it");
  }

  @Test
  void unknownFieldFailsWhenTheFeatureIsOn() {
    String json = VALID.replace("\"id\": \"c-trucks\",", "\"id\": \"c-trucks\", \"colour\": [1],");

    InvalidDatasetException e = failure(json, InvalidDatasetException.class);

    assertThat(e.getOriginalMessage())
        .isEqualTo("claims[c-trucks].colour: 'colour' is not a field of Claim");
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.path()).hasToString("claims[c-trucks].colour");
              assertThat(problem.message()).isEqualTo("'colour' is not a field of Claim");
              assertThat(problem.detail())
                  .endsWith(
                      "; correct its name, or disable"
                          + " DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES to skip unknown fields");
              assertThat(problem.line()).isEqualTo(11);
              assertThat(problem.code()).isEmpty();
            });
  }

  @Test
  void anUnknownFieldOfALoneValueIsJacksonsOwnException() {
    UnrecognizedPropertyException e =
        catchThrowableOfType(
            UnrecognizedPropertyException.class,
            () ->
                Json.STRICT.readValue(
                    "{\"id\": \"a\", \"nmae\": \"A\", \"kind\": \"person\"}",
                    dev.hearsay.core.model.Actor.class));

    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "nmae: 'nmae' is not a field of Actor; did you"
                + " mean 'name'?; correct its name, or disable"
                + " DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES to skip unknown fields");
    assertThat(e.getPropertyName()).isEqualTo("nmae");
  }

  @Test
  void unknownFieldIsSkippedWhenTheFeatureIsOff() {
    String json =
        VALID.replace(
            "\"id\": \"c-trucks\",",
            "\"id\": \"c-trucks\", \"colour\": {\"deep\": [1, {\"x\": null}]},");
    JsonMapper lenient =
        Json.MAPPER
            .rebuild()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    Dataset read = lenient.readValue(json, Dataset.class);

    assertThat(read).isEqualTo(Json.STRICT.readValue(VALID, Dataset.class));
  }

  @Test
  void fieldGivenTwiceIsRefused() {
    String json = VALID.replace("\"id\": \"c-trucks\",", "\"id\": \"c-trucks\", \"id\": \"c-2\",");

    MismatchedInputException e = failure(json, MismatchedInputException.class);

    assertThat(e.getOriginalMessage())
        .isEqualTo("claims[c-trucks].id: is given twice; give each field once");
  }

  @Test
  void badIdNamesTheElementByIndex() {
    String json = VALID.replace("{\"id\": \"nyt\"", "{\"id\": \"the nyt\"");

    MismatchedInputException e = failure(json, MismatchedInputException.class);

    assertThat(e.getOriginalMessage()).startsWith("actors[0].id: 'the nyt' is not a valid id");
  }

  @Test
  void badEnumListsTheSpellings() {
    String json = VALID.replace("\"media_outlet\"", "\"MEDIA_OUTLET\"");

    MismatchedInputException e = failure(json, MismatchedInputException.class);

    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "actors[nyt].kind: 'MEDIA_OUTLET' is not an"
                + " ActorKind; use one of person, organization, government_body, media_outlet, state,"
                + " group, unknown");
  }

  @Test
  void emptyChainIsRefused() {
    String json = VALID.replace("\"attribution\": [[", "\"attribution\": [[], [");

    MismatchedInputException e = failure(json, MismatchedInputException.class);

    assertThat(e.getOriginalMessage())
        .startsWith("claims[c-trucks].attribution[0]: a chain needs at least one hop");
  }

  @Test
  void decimalsReadExactlyFromNumbersAndStrings() {
    String json =
        "{\"name\": \"n\", \"estimate\": 0.1, \"lower\": {\"value\": \"-1e-2\","
            + " \"inclusive\": true}, \"upper\": {\"value\": 1e400, \"inclusive\": false},"
            + " \"unit\": {\"count\": \"things\"}}";

    Quantity quantity = Json.STRICT.readValue(json, Quantity.class);

    assertThat(quantity.estimate()).contains(new BigDecimal("0.1"));
    assertThat(quantity.lower().get().value()).isEqualTo(new BigDecimal("-0.01"));
    assertThat(quantity.upper().get().value()).isEqualTo(new BigDecimal("1E+400"));
  }

  @Test
  void decimalTooLargeToWritePlainlyIsRefused() {
    String json = VALID.replace("\"20000\"", "\"1e999999\"");

    MismatchedInputException e = failure(json, MismatchedInputException.class);

    assertThat(e.getOriginalMessage())
        .startsWith(
            "claims[c-trucks].quantities[0].upper.value: is too long: written plainly it"
                + " has 1000000 characters");
  }

  @Test
  void decimalInAnotherFormIsRefused() {
    String json = VALID.replace("\"20000\"", "\"+2e4\"");

    MismatchedInputException e = failure(json, MismatchedInputException.class);

    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "claims[c-trucks].quantities[0].upper.value:"
                + " '+2e4' is not a decimal number such as \"5000000000\" or \"0.25\"");
  }

  @Test
  void lonelyValueNamesItsType() {
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class,
            () -> Json.STRICT.readValue("{\"id\": \"c\", \"attribution\": []}", Claim.class));

    assertThat(e.getOriginalMessage()).isEqualTo("proposition: is required but missing");
    assertThat(e.getLocation()).isNotNull();
  }

  @Test
  void wrongTopLevelValueIsRefused() {
    MismatchedInputException e = failure("[]", MismatchedInputException.class);

    assertThat(e.getOriginalMessage())
        .isEqualTo("Dataset: expected a dataset object, found an array");
  }

  private static <T extends JacksonException> T failure(String json, Class<T> type) {
    T e = catchThrowableOfType(type, () -> Json.STRICT.readValue(json, Dataset.class));
    assertThat(e).as("reading should fail with %s", type.getSimpleName()).isNotNull();
    assertThat(e.getLocation()).isNotNull();
    assertThat(e.getLocation().getLineNr()).isPositive();
    return e;
  }
}
