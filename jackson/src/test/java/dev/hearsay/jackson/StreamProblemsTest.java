package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.model.ViolationCode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stream reader reports the problems of the header together, and stops at the first claim,
 * event or relation with a problem, with every problem of that value, each with its path, line
 * and column.
 */
class StreamProblemsTest {
  private static final String HEADER =
      "{\"schemaVersion\": \"1.1\",\n"
          + " \"metadata\": {\"title\": \"T\"},\n"
          + " \"actors\": [\n"
          + "  {\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\", \"nmae\": \"x\"},\n"
          + "  {\"id\": \"a\", \"name\": \"A again\", \"kind\": \"person\"},\n"
          + "  {\"id\": \"b\", \"name\": \"B\", \"kind\": \"person\", \"alias\": [\"x\"]}\n"
          + " ]";

  private static final String CLAIMS =
      "{\"schemaVersion\": \"1.1\",\n"
          + " \"metadata\": {\"title\": \"T\"},\n"
          + " \"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\"}],\n"
          + " \"claims\": [\n"
          + "  {\"id\": \"c\", \"proposition\": \"P.\", \"attribution\": [[{\"actor\": \"a\","
          + " \"mode\": \"paraphrase\", \"commitment\": \"certain\"}]]},\n"
          + "  {\"id\": \"d\", \"proposition\": \"Q.\", \"credibilty\": 2, \"attribution\":"
          + " [[{\"actor\": \"ghost\", \"mode\": \"paraphrase\", \"commitment\": \"certain\"}]]},\n"
          + "  {\"id\": \"e\", \"proposition\": 5, \"attribution\": []}\n"
          + " ]}";

  @Test
  void theProblemsOfTheHeaderAreReportedTogether() {
    InvalidDatasetException e =
        catchThrowableOfType(
            InvalidDatasetException.class,
            () -> DatasetStreamReader.open(Json.STRICT, new StringReader(HEADER + "}")));

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "actors[a].nmae: 'nmae' is not a field of Actor; did you mean 'name'? (line 4, column 54)",
            "actors[b].alias: 'alias' is not a field of Actor; did you mean 'aliases'? (line 6, column"
                + " 55)",
            "actors[1].id: the id 'a' is already used by actors[0]; give each a distinct id"
                + " [DUPLICATE_ID] (line 5, column 3)");
  }

  @Test
  void aHeaderValueThatCannotBeReadIsReportedWithTheOtherProblemsOfTheHeader() {
    String json =
        HEADER.replace("\"kind\": \"person\"}", "\"kind\": \"persn\"}") + ", \"actors\": []}";

    InvalidDatasetException e =
        catchThrowableOfType(
            InvalidDatasetException.class,
            () -> DatasetStreamReader.open(Json.STRICT, new StringReader(json)));

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "actors[a].nmae: 'nmae' is not a field of Actor; did you mean 'name'? (line 4, column 54)",
            "actors[a].kind: 'persn' is not an ActorKind; use one of person, organization,"
                + " government_body, media_outlet, state, group, unknown (line 5, column 42)",
            "actors[b].alias: 'alias' is not a field of Actor; did you mean 'aliases'? (line 6, column"
                + " 55)",
            "actors: is given twice; give each field once (line 7, column 5)");
  }

  @Test
  void aClaimsProblemsAreReportedTogetherWhenItIsRead() {
    List<String> read = new ArrayList<>();
    InvalidDatasetException e;
    try (DatasetStreamReader reader =
        DatasetStreamReader.open(Json.STRICT, new StringReader(CLAIMS))) {
      e =
          catchThrowableOfType(
              InvalidDatasetException.class,
              () -> {
                while (reader.hasNextClaim()) {
                  read.add(reader.nextClaim().id().value());
                }
              });
    }

    assertThat(read).containsExactly("c");
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "claims[d].credibilty: 'credibilty' is not a field of Claim; did you mean 'credibility'?"
                + " (line 6, column 50)",
            "claims[d].attribution[0][0].actor: no actor has the id 'ghost'; add the actor or correct"
                + " the id [UNKNOWN_REFERENCE] (line 6, column 3)");
    assertThat(e.problems().get(1).code()).contains(ViolationCode.UNKNOWN_REFERENCE);
  }

  @Test
  void aClaimThatCannotBeReadFailsWithEachOfItsProblems() {
    String json =
        CLAIMS
            .replace("\"credibilty\": 2, ", "")
            .replace("\"ghost\"", "\"a\"")
            .replace("\"attribution\": []", "\"credibility\": 9, \"attribution\": []");
    InvalidDatasetException e;
    try (DatasetStreamReader reader =
        DatasetStreamReader.open(Json.STRICT, new StringReader(json))) {
      e = catchThrowableOfType(InvalidDatasetException.class, reader::finish);
    }

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "claims[e].proposition: expected a string, found a number (line 7, column 30)",
            "claims[e].credibility: 9 is not an Admiralty credibility grade (1 to 6) (line 7,"
                + " column 48)");
  }
}
