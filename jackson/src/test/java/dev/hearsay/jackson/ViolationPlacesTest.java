package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.ViolationCode;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every violation of the dataset's rules comes with the line and column of the element it
 * concerns, whatever its path, from the whole-document reader and from the stream reader alike,
 * as docs/json-format.md promises: one document per path at which a rule can be broken.
 */
class ViolationPlacesTest {
  /** A valid dataset, one element to a line; each case breaks it in one place. */
  private static final String BASE =
      String.join(
          "\n",
          "{",
          " \"schemaVersion\": \"1.1\",",
          " \"metadata\": {\"title\": \"T\"<metadata>},",
          " \"actors\": [",
          "  {\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\"<actor>},",
          "  {\"id\": \"b\", \"name\": \"B\", \"kind\": \"person\"}<actors>",
          " ],",
          " \"places\": [",
          "  {\"id\": \"p\", \"name\": \"P\"}<places>",
          " ],",
          " \"sources\": [",
          "  {\"id\": \"s\", \"kind\": \"article\"<source>},",
          "  {\"id\": \"t\", \"kind\": \"article\"}<sources>",
          " ],",
          " \"claims\": [",
          "  {\"id\": \"c\", \"proposition\": \"P.\"<claim>, \"attribution\": [[<hops>]]},",
          "  {\"id\": \"d\", \"proposition\": \"Q.\", \"attribution\": [[{\"actor\": \"a\", \"mode\":"
              + " \"paraphrase\", \"commitment\": \"certain\"}]]}<claims>",
          " ],",
          " \"events\": [",
          "  {\"id\": \"e\", \"description\": \"E\", \"status\": \"happened\"<event>}<events>",
          " ],",
          " \"relations\": [",
          "  {\"from\": \"c\", \"kind\": \"supports\", \"to\": \"d\"}<relations>",
          " ]",
          "}");

  private static final String HOP =
      "{\"actor\": \"a\", \"mode\": \"paraphrase\", \"commitment\":" + " \"certain\"}";

  /** The base with each {@code <slot>} filled as given, and the others empty. */
  private static String document(String schemaVersion, String... slotsAndTexts) {
    String json =
        BASE.replace("\"1.1\"", "\"" + schemaVersion + "\"").replace("<hops>", HOP + "<hops>");
    for (int i = 0; i < slotsAndTexts.length; i += 2) {
      json = json.replace("<" + slotsAndTexts[i] + ">", slotsAndTexts[i + 1]);
    }
    return json.replaceAll("<[a-z]+>", "");
  }

  private static Arguments violation(
      String path, ViolationCode code, int line, String... slotsAndTexts) {
    return Arguments.of(path, code, line, document("1.1", slotsAndTexts));
  }

  static Stream<Arguments> everyPlace() {
    String actorB = ", {\"id\": \"b\", \"name\": \"B again\", \"kind\": \"person\"}";
    return Stream.of(
        violation("actors[2].id", ViolationCode.DUPLICATE_ID, 6, "actors", actorB),
        violation(
            "places[1].id",
            ViolationCode.DUPLICATE_ID,
            9,
            "places",
            ", {\"id\": \"p\", \"name\": \"P again\"}"),
        violation(
            "sources[2].id",
            ViolationCode.DUPLICATE_ID,
            13,
            "sources",
            ", {\"id\": \"t\", \"kind\": \"article\"}"),
        violation(
            "claims[2].id",
            ViolationCode.DUPLICATE_ID,
            17,
            "claims",
            ", {\"id\": \"d\", \"proposition\": \"R.\", \"attribution\": [[" + HOP + "]]}"),
        violation(
            "events[1].id",
            ViolationCode.DUPLICATE_ID,
            20,
            "events",
            ", {\"id\": \"e\", \"description\": \"E\", \"status\": \"expected\"}"),
        violation(
            "metadata.encodes",
            ViolationCode.UNKNOWN_REFERENCE,
            3,
            "metadata",
            ", \"encodes\": \"ghost\""),
        violation(
            "actors[a].affiliations[0].organization",
            ViolationCode.UNKNOWN_REFERENCE,
            5,
            "actor",
            ", \"affiliations\": [{\"organization\": \"ghost\"}]"),
        violation(
            "actors[a].affiliations[0].organization",
            ViolationCode.SELF_AFFILIATION,
            5,
            "actor",
            ", \"affiliations\": [{\"organization\": \"a\"}]"),
        violation(
            "sources[s].publisher",
            ViolationCode.UNKNOWN_REFERENCE,
            12,
            "source",
            ", \"publisher\": \"ghost\""),
        violation(
            "sources[s].authors[0]",
            ViolationCode.UNKNOWN_REFERENCE,
            12,
            "source",
            ", \"authors\": [\"ghost\"]"),
        violation(
            "sources[s].cites[0]",
            ViolationCode.UNKNOWN_REFERENCE,
            12,
            "source",
            ", \"cites\": [\"ghost\"]"),
        violation(
            "sources[s].cites[0]",
            ViolationCode.SELF_CITATION,
            12,
            "source",
            ", \"cites\": [\"s\"]"),
        violation(
            "claims[c].quote.source",
            ViolationCode.UNKNOWN_REFERENCE,
            16,
            "claim",
            ", \"quote\": {\"source\": \"ghost\", \"exact\": \"x\"}"),
        violation(
            "claims[c].actors[0]",
            ViolationCode.UNKNOWN_REFERENCE,
            16,
            "claim",
            ", \"actors\": [\"ghost\"]"),
        violation(
            "claims[c].places[0]",
            ViolationCode.UNKNOWN_REFERENCE,
            16,
            "claim",
            ", \"places\": [\"ghost\"]"),
        violation(
            "claims[c].attribution[0][1].actor",
            ViolationCode.UNKNOWN_REFERENCE,
            16,
            "hops",
            ", " + HOP.replace("\"a\"", "\"ghost\"")),
        violation(
            "claims[c].attribution[0][1].source",
            ViolationCode.UNKNOWN_REFERENCE,
            16,
            "hops",
            ", " + HOP.replace("\"a\"", "\"b\", \"source\": \"ghost\"")),
        violation(
            "claims[c].attribution[0][1].actor",
            ViolationCode.SELF_REPORTING,
            16,
            "hops",
            ", " + HOP),
        violation(
            "claims[c].attribution[0][2].time",
            ViolationCode.TIME_ORDER,
            16,
            "hops",
            ", "
                + HOP.replace("\"a\"", "\"b\", \"time\": {\"edtf\": \"2024\"}")
                + ", "
                + HOP.replace("\"a\"", "\"a\", \"time\": {\"edtf\": \"2025\"}")),
        violation(
            "claims[c].attribution[0][1].time",
            ViolationCode.TIME_ORDER,
            16,
            "source",
            ", \"published\": {\"edtf\": \"2024-01\"}",
            "hops",
            ", "
                + HOP.replace("\"a\"", "\"b\", \"source\": \"s\", \"time\": {\"edtf\": \"2025\"}")),
        violation(
            "events[e].places[0]",
            ViolationCode.UNKNOWN_REFERENCE,
            20,
            "event",
            ", \"places\": [\"ghost\"]"),
        violation(
            "events[e].participants[0]",
            ViolationCode.UNKNOWN_REFERENCE,
            20,
            "event",
            ", \"participants\": [\"ghost\"]"),
        violation(
            "events[e].claims[0]",
            ViolationCode.UNKNOWN_REFERENCE,
            20,
            "event",
            ", \"claims\": [\"ghost\"]"),
        violation(
            "relations[1].from",
            ViolationCode.UNKNOWN_REFERENCE,
            23,
            "relations",
            ", {\"from\": \"ghost\", \"kind\": \"supports\", \"to\": \"d\"}"),
        violation(
            "relations[1].to",
            ViolationCode.UNKNOWN_REFERENCE,
            23,
            "relations",
            ", {\"from\": \"c\", \"kind\": \"supports\", \"to\": \"ghost\"}"),
        violation(
            "relations[1]",
            ViolationCode.SELF_RELATION,
            23,
            "relations",
            ", {\"from\": \"c\", \"kind\": \"supports\", \"to\": \"c\"}"),
        violation(
            "relations[1]",
            ViolationCode.RELATION_CYCLE,
            23,
            "relations",
            ", {\"from\": \"c\", \"kind\": \"updates\", \"to\": \"d\"},"
                + " {\"from\": \"d\", \"kind\": \"updates\", \"to\": \"c\"}"),
        Arguments.of(
            "relations[0].kind",
            ViolationCode.NOT_IN_VERSION,
            23,
            document("1.0").replace("\"supports\"", "\"undermines\"")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyPlace")
  void theWholeDocumentReaderGivesTheLineAndColumn(
      String path, ViolationCode code, int line, String json) {
    assertPlaced(
        catchThrowable(() -> Json.STRICT.readValue(json, Dataset.class)), path, code, line);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyPlace")
  void theStreamReaderGivesTheLineAndColumn(
      String path, ViolationCode code, int line, String json) {
    Throwable thrown =
        catchThrowable(
            () -> {
              try (DatasetStreamReader reader =
                  DatasetStreamReader.open(Json.STRICT, new StringReader(json))) {
                reader.finish();
              }
            });

    assertPlaced(thrown, path, code, line);
  }

  private static void assertPlaced(Throwable thrown, String path, ViolationCode code, int line) {
    assertThat(thrown).isInstanceOf(InvalidDatasetException.class);
    InvalidDatasetException e = (InvalidDatasetException) thrown;
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.where()).isEqualTo(path);
              assertThat(problem.code()).contains(code);
              assertThat(problem.line()).isEqualTo(line);
              assertThat(problem.column()).isPositive();
              assertThat(problem.toString())
                  .endsWith("[" + code + "] (line " + line + ", column " + problem.column() + ")");
            });
    assertThat(e.getOriginalMessage()).contains("(line " + line + ", column ");
  }
}
