package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.core.model.ViolationCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamReadException;

/**
 * The whole-document reader reads on past a value with a problem, leaves the value out, and
 * reports every problem of the document at once: values that cannot be read, with their paths and
 * places, then the rules of the dataset broken by what could be read, less what follows only from
 * the values left out.
 */
class ReadOnTest {
  private static final String ACTORS =
      """
        "actors": [
          {"id": "nyt", "name": "The New York Times", "kind": "media_outlet"},
          {"id": "officials", "name": "Ukrainian officials", "kind": "group"}
        ],
      """;

  private static String claim(String id, String actor, String extra) {
    return "    {\"id\": \""
        + id
        + "\", \"proposition\": \"P.\", "
        + extra
        + "\"attribution\": [[{\"actor\": \""
        + actor
        + "\", \"mode\": \"paraphrase\", \"commitment\": \"certain\"}]]}";
  }

  private static String document(String... parts) {
    return "{\n  \"schemaVersion\": \"1.1\",\n  \"metadata\": {\"title\": \"T\"},\n"
        + String.join("", parts)
        + "  \"end\": 0\n}";
  }

  private static InvalidDatasetException refusal(String json) {
    InvalidDatasetException e =
        catchThrowableOfType(
            InvalidDatasetException.class,
            () -> Json.STRICT.readValue(json.replace(",\n  \"end\": 0", ""), Dataset.class));
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  private static List<String> lines(InvalidDatasetException e) {
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void aMisspeltFieldAndADanglingReferenceAreBothReported() {
    InvalidDatasetException e =
        refusal(
            document(
                ACTORS,
                "  \"claims\": [\n",
                claim("c-trucks", "nyt", "\"credibilty\": 2, ") + ",\n",
                claim("c-denial", "kremlin", "") + "\n  ],\n"));

    assertThat(lines(e))
        .containsExactly(
            "claims[c-trucks].credibilty: 'credibilty' is not a field of Claim; did you mean"
                + " 'credibility'? (line 9, column 59)",
            "claims[c-denial].attribution[0][0].actor: no actor has the id 'kremlin'; add the actor"
                + " or correct the id [UNKNOWN_REFERENCE] (line 10, column 5)");
    assertThat(e.total()).isEqualTo(2);
    assertThat(e.getOriginalMessage()).startsWith("The dataset has 2 problems:\n  claims[");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void everyValueThatCannotBeReadIsReportedAndLeftOut() {
    InvalidDatasetException e =
        refusal(
            document(
                ACTORS.replace("\"group\"", "\"crowd\""),
                "  \"claims\": [\n",
                claim("c-trucks", "nyt", "\"credibility\": \"high\", ") + ",\n",
                claim("c-denial", "nyt", "") + "\n  ],\n",
                "  \"events\": [{\"id\": \"e-arrival\", \"description\": \"Trucks arrive\","
                    + " \"claims\": [\"c-trucks\", \"c-denial\"]}],\n",
                "  \"relations\": [{\"from\": \"c-trucks\", \"kind\": \"contradicts\", \"to\":"
                    + " \"c-denial\"}],\n"));

    assertThat(e.problems())
        .extracting(Problem::where)
        .containsExactly(
            "actors[officials].kind", "claims[c-trucks].credibility", "events[e-arrival].status");
    assertThat(e.problems())
        .extracting(Problem::message)
        .containsExactly(
            "'crowd' is not an ActorKind; use one of person, organization, government_body,"
                + " media_outlet, state, group, unknown",
            "expected a whole number, found a string",
            "is required but missing");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    // The references to c-trucks, left out, are not reported; the actor left out is not used.
  }

  @Test
  void theRulesAreCheckedOnWhatWasReadWithTheDocumentsIndexes() {
    InvalidDatasetException e =
        refusal(
            document(
                ACTORS,
                "  \"claims\": [\n",
                claim("c-a", "nyt", "") + ",\n",
                claim("c-b", "nyt", "") + "\n  ],\n",
                "  \"relations\": [\n",
                "    {\"from\": \"c-a\", \"kind\": \"refutes\", \"to\": \"c-b\"},\n",
                "    {\"from\": \"c-a\", \"kind\": \"supports\", \"to\": \"c-ghost\"},\n",
                "    {\"from\": \"c-b\", \"kind\": \"supports\", \"to\": \"c-b\"}\n  ],\n"));

    assertThat(lines(e))
        .containsExactly(
            "relations[0].kind: 'refutes' is not a RelationKind; use one of supports, contradicts,"
                + " undermines, elaborates, updates, duplicates, derived_from (line 13, column 29)",
            "relations[1].to: no claim has the id 'c-ghost'; add the claim or correct the id"
                + " [UNKNOWN_REFERENCE] (line 14, column 5)",
            "relations[2]: a 'supports' relation cannot link the claim 'c-b' to itself"
                + " [SELF_RELATION] (line 15, column 5)");
  }

  @Test
  void anIdUsedTwiceAfterAValueLeftOutIsNamedByItsIndexInTheDocument() {
    InvalidDatasetException e =
        refusal(
            document(
                "  \"actors\": [\n",
                "    {\"id\": \"a\", \"name\": \"A\"},\n",
                "    {\"id\": \"b\", \"name\": \"B\", \"kind\": \"person\"},\n",
                "    {\"id\": \"b\", \"name\": \"B again\", \"kind\": \"person\"}\n  ],\n"));

    assertThat(lines(e))
        .containsExactly(
            "actors[a].kind: is required but missing (line 5, column 28)",
            "actors[2].id: the id 'b' is already used by actors[1]; give each a distinct id"
                + " [DUPLICATE_ID] (line 7, column 5)");
  }

  @Test
  void referencesToAValueLeftOutBeforeItsIdWasReadAreNotReported() {
    InvalidDatasetException e =
        refusal(
            document(
                ACTORS,
                "  \"claims\": [\n",
                "    \"c-trucks\",\n",
                claim("c-denial", "nyt", "") + "\n  ],\n",
                "  \"relations\": [{\"from\": \"c-trucks\", \"kind\": \"contradicts\", \"to\":"
                    + " \"c-denial\"}],\n"));

    assertThat(lines(e))
        .containsExactly("claims[0]: expected an object, found a string (line 9, column 5)");
  }

  @Test
  void referencesFromTheMetadataActorsAndSourcesToValuesLeftOutAreNotReported() {
    InvalidDatasetException e =
        refusal(
            """
            {
              "schemaVersion": "1.1",
              "metadata": {"title": "T", "encodes": "s-bad"},
              "actors": [
                {"id": "org", "name": "O", "kind": "crowd"},
                {"id": "nyt", "name": "N", "kind": "media_outlet",
                 "affiliations": [{"organization": "org", "role": "owner"}]}
              ],
              "sources": [
                {"id": "s-bad", "kind": "scroll"},
                {"id": "s-ok", "kind": "article", "publisher": "org", "cites": ["s-bad"]}
              ]
            }
            """);

    assertThat(e.problems())
        .extracting(Problem::where)
        .containsExactly("actors[org].kind", "sources[s-bad].kind");
  }

  @Test
  void referencesToValuesThatWereReadAreReportedBesideThoseLeftOut() {
    InvalidDatasetException e =
        refusal(
            """
            {
              "schemaVersion": "1.1",
              "metadata": {"title": "T", "encodes": "s-ghost"},
              "actors": [
                {"id": "org", "name": "O", "kind": "crowd"},
                {"id": "nyt", "name": "N", "kind": "media_outlet",
                 "affiliations": [{"organization": "ghost", "role": "owner"}]}
              ],
              "sources": [
                {"id": "s-ok", "kind": "article", "publisher": "ghost", "cites": ["s-ghost"]}
              ]
            }
            """);

    assertThat(e.problems())
        .extracting(Problem::where)
        .containsExactly(
            "actors[org].kind",
            "metadata.encodes",
            "actors[nyt].affiliations[0].organization",
            "sources[s-ok].publisher",
            "sources[s-ok].cites[0]");
  }

  @Test
  void aValueOfTheWrongShapeIsSkippedWholeAndTheFieldsAfterItAreRead() {
    InvalidDatasetException e =
        refusal(
            document(
                "  \"actors\": [\n",
                "    [\"nyt\", \"The New York Times\"],\n",
                "    {\"id\": \"a\", \"name\": {\"first\": \"A\", \"kind\": \"person\"},"
                    + " \"kind\": \"crowd\"}\n  ],\n"));

    assertThat(e.problems())
        .extracting(Problem::where)
        .containsExactly("actors[0]", "actors[a].name", "actors[a].kind");
  }

  @Test
  void aFieldGivenTwiceIsReportedAndTheRestOfItsValueIsStillRead() {
    InvalidDatasetException e =
        refusal(
            document(
                "  \"actors\": [\n",
                "    {\"id\": \"a\", \"name\": \"A\", \"name\": \"B\", \"kind\": \"crowd\"}\n  ],\n"));

    assertThat(e.problems())
        .extracting(Problem::where, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "actors[a].name", "is given twice; give each field once"),
            org.assertj.core.groups.Tuple.tuple(
                "actors[a].kind",
                "'crowd' is not an ActorKind; use one of person, organization, government_body,"
                    + " media_outlet, state, group, unknown"));
  }

  @Test
  void aChainWhoseOnlyHopCannotBeReadIsLeftOutWithItsClaimNotBuiltWithoutIt() {
    InvalidDatasetException e =
        refusal(
            document(
                ACTORS,
                "  \"claims\": [\n",
                "    {\"id\": \"c\", \"proposition\": \"P.\", \"attribution\": [[{\"actor\":"
                    + " \"nyt\", \"mode\": \"shouting\", \"commitment\": \"certain\"}]]}\n"
                    + "  ],\n"));

    assertThat(e.problems())
        .extracting(Problem::where)
        .containsExactly("claims[c].attribution[0][0].mode");
  }

  @Test
  void aMisspeltListIsNamedAndItsReferencesAreNotReported() {
    InvalidDatasetException e =
        refusal(
            document(
                ACTORS.replace("\"actors\"", "\"actros\""),
                "  \"claims\": [\n",
                claim("c-trucks", "nyt", "") + "\n  ],\n"));

    assertThat(lines(e))
        .containsExactly(
            "actros: 'actros' is not a field of Dataset; did you mean 'actors'? (line 4, column 13)");
  }

  @Test
  void theRulesAreCheckedWhenTheMetadataCannotBeRead() {
    InvalidDatasetException e =
        refusal(
            document(ACTORS, "  \"claims\": [\n", claim("c-a", "ghost", "") + "\n  ],\n")
                .replace("{\"title\": \"T\"}", "{\"title\": 7}"));

    assertThat(lines(e))
        .containsExactly(
            "metadata.title: expected a string, found a number (line 3, column 25)",
            "claims[c-a].attribution[0][0].actor: no actor has the id 'ghost'; add the actor or"
                + " correct the id [UNKNOWN_REFERENCE] (line 9, column 5)");
    assertThat(e.getLocation().getLineNr()).isEqualTo(3);
  }

  @Test
  void problemsOfReadingAndViolationsShareOneLimit() {
    String json =
        document(
                ACTORS,
                "  \"claims\": [\n",
                claim("c-a", "ghost-1", "\"x\": 1, ") + ",\n",
                claim("c-b", "ghost-2", "\"y\": 2, ") + "\n  ],\n")
            .replace(",\n  \"end\": 0", "");

    InvalidDatasetException e =
        catchThrowableOfType(
            InvalidDatasetException.class,
            () ->
                Json.STRICT
                    .readerFor(Dataset.class)
                    .withAttribute(HearsayModule.MAX_PROBLEMS, 3)
                    .readValue(json));

    assertThat(e.problems())
        .extracting(Problem::where)
        .containsExactly("claims[c-a].x", "claims[c-b].y", "claims[c-a].attribution[0][0].actor");
    assertThat(e.total()).isEqualTo(4);
    assertThat(e.omitted()).isEqualTo(1);
    assertThat(e.getOriginalMessage())
        .startsWith("The dataset has 4 problems, of which the first" + " 3 are listed:");
  }

  @Test
  void theViolationsAmongTheProblemsAreTheModels() {
    InvalidDatasetException e =
        refusal(
            document(
                ACTORS,
                "  \"claims\": [\n",
                claim("c-a", "ghost", "\"x\": 1, ")
                    + ",\n"
                    + claim("c-b", "nyt", "")
                    + "\n  ],\n"));

    assertThat(e.problems()).hasSize(2);
    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path())
                  .isEqualTo(
                      DatasetPath.of("claims")
                          .id("c-a")
                          .field("attribution")
                          .index(0)
                          .index(0)
                          .field("actor"));
              assertThat(v.code()).isEqualTo(ViolationCode.UNKNOWN_REFERENCE);
            });
    assertThat(e.problems().get(0).path()).isEqualTo(DatasetPath.parse("claims[c-a].x"));
  }

  @Test
  void whenEveryProblemIsAViolationTheModelsExceptionIsTheCause() {
    InvalidDatasetException e =
        refusal(document(ACTORS, "  \"claims\": [\n", claim("c-a", "ghost", "") + "\n  ],\n"));

    assertThat(e.getOriginalMessage()).startsWith("The dataset has 1 violation:\n");
    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.code()).contains(ViolationCode.UNKNOWN_REFERENCE));
    assertThat(e.getCause())
        .isInstanceOfSatisfying(
            DatasetValidationException.class,
            rules ->
                assertThat(rules.violations())
                    .singleElement()
                    .satisfies(
                        v ->
                            assertThat(v.path())
                                .hasToString("claims[c-a].attribution[0][0].actor")));
  }

  @Test
  void brokenJsonStopsTheReadingAndCarriesTheProblemsFoundBeforeIt() {
    String json =
        document(
                ACTORS.replace("\"group\"", "\"crowd\""),
                "  \"claims\": [\n",
                "    {\"id\": \"c-a\" \"proposition\": \"P.\"}\n  ],\n")
            .replace(",\n  \"end\": 0", "");

    StreamReadException e =
        catchThrowableOfType(
            StreamReadException.class, () -> Json.STRICT.readValue(json, Dataset.class));

    assertThat(e.getOriginalMessage()).startsWith("claims[c-a]: Unexpected character '\"'");
    assertThat(e.getSuppressed())
        .singleElement()
        .isInstanceOfSatisfying(
            InvalidDatasetException.class,
            earlier ->
                assertThat(earlier.problems())
                    .extracting(Problem::where)
                    .containsExactly("actors[officials].kind"));
  }

  @Test
  void aDocumentWithoutProblemsReads() {
    String json =
        document(ACTORS, "  \"claims\": [\n", claim("c-a", "nyt", "") + "\n  ],\n")
            .replace(",\n  \"end\": 0", "");

    assertThat(Json.STRICT.readValue(json, Dataset.class).claims()).hasSize(1);
  }
}
