package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of docs/json-format.md under "Every type, by example" are the golden files: each
 * JSON block equals its file, up to white space, so that the page cannot drift from the form.
 */
class DocsExamplesTest {
  private static final Path PAGE = Path.of("..", "docs", "json-format.md");

  /** The golden file of each example, by the heading above it. */
  private static final Map<String, String> GOLDEN = goldenByHeading();

  private static final Pattern EXAMPLE =
      Pattern.compile("^### (.+?)\\n(.*?)```json\\n(.*?)```", Pattern.MULTILINE | Pattern.DOTALL);

  private static Map<String, String> goldenByHeading() {
    Map<String, String> golden = new LinkedHashMap<>();
    golden.put("Dataset", "dataset");
    golden.put("DatasetMetadata", "metadata");
    golden.put("Actor", "actor");
    golden.put("Actor with identifiers", "actor-identifiers");
    golden.put("Identifier", "identifier");
    golden.put("Affiliation", "affiliation");
    golden.put("Place", "place");
    golden.put("Place with identifiers", "place-identifiers");
    golden.put("Coordinates", "coordinates");
    golden.put("Source", "source");
    golden.put("Claim", "claim");
    golden.put("Quote", "quote");
    golden.put("Quantity", "quantity");
    golden.put("Quantity in a currency", "quantity-currency");
    golden.put("Bound", "bound");
    golden.put("Unit: a currency", "unit-currency");
    golden.put("Unit: a count", "unit-count");
    golden.put("Chain", "chain");
    golden.put("Hop", "hop");
    golden.put("TimeMention", "time-mention");
    golden.put("ImpreciseTime", "imprecise-time");
    golden.put("Event", "event");
    golden.put("Relation", "relation");
    golden.put("Relation: undermines", "relation-undermines");
    golden.put("Assessment", "assessment");
    golden.put("Dataset with an assessment", "dataset-assessed");
    golden.put("Ids", "actor-id");
    golden.put("Enums", "actor-kind");
    golden.put("Commitment", "commitment");
    golden.put("Reliability", "reliability");
    golden.put("Credibility", "credibility");
    golden.put("Violation", "violation");
    golden.put("Links", "links");
    golden.put("IdentityStatement", "identity-statement");
    golden.put("EntityRef", "entity-ref");
    golden.put("ClaimLink", "claim-link");
    golden.put("EventLink", "event-link");
    golden.put("Corpus", "corpus");
    return golden;
  }

  static Map<String, String> examples() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8).replace("\r\n", "\n");
    int start = page.indexOf("\n## Every type, by example\n");
    assertThat(start).as("the page has its examples section").isNotNegative();
    int end = page.indexOf("\n## ", start + 1);
    String section = page.substring(start, end < 0 ? page.length() : end);
    Map<String, String> examples = new LinkedHashMap<>();
    Matcher m = EXAMPLE.matcher(section);
    while (m.find()) {
      assertThat(m.group(2)).as("one example under %s", m.group(1)).doesNotContain("```");
      assertThat(examples.put(m.group(1), m.group(3)))
          .as("one example under %s", m.group(1))
          .isNull();
    }
    return examples;
  }

  static Stream<String> headings() {
    return GOLDEN.keySet().stream();
  }

  @Test
  void everyExampleHasAGoldenFileAndEveryGoldenFileAnExample() throws IOException {
    assertThat(examples().keySet()).containsExactlyElementsOf(GOLDEN.keySet());
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
      List<String> names = files.map(f -> f.getFileName().toString().replace(".json", "")).toList();
      assertThat(names).containsExactlyInAnyOrderElementsOf(GOLDEN.values());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headings")
  void theExampleIsTheGoldenFile(String heading) throws IOException {
    String example = examples().get(heading);
    String golden = Json.resource("golden/" + GOLDEN.get(heading) + ".json");

    assertThat(example).as("an example under %s", heading).isNotNull();
    assertThat(compact(example)).isEqualTo(compact(golden));
  }

  /** The JSON text without white space outside strings, its order kept. */
  private static String compact(String json) {
    return Json.PLAIN.writeValueAsString(Json.PLAIN.readTree(json));
  }
}
