package dev.hearsay.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.examples.CorpusReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The corpus's README says what its datasets and links document hold. */
class CorpusReadmeTest {
  /** A row of the README's table: dataset id, file, number of claims. */
  private static final Pattern ROW =
      Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\| `([^`]+)` \\| (\\d+) \\|");

  private static String resource(String name) {
    try (InputStream in = CorpusReadmeTest.class.getResourceAsStream(CorpusReport.FOLDER + name)) {
      assertThat(in).as("the resource %s%s", CorpusReport.FOLDER, name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theTableGivesEachDatasetItsFileAndNumberOfClaims() {
    Map<String, Integer> claims = new HashMap<>();
    Map<String, String> files = new HashMap<>();
    Matcher row = ROW.matcher(resource("README.md"));
    while (row.find()) {
      files.put(row.group(1), row.group(2));
      claims.put(row.group(1), Integer.parseInt(row.group(3)));
    }
    assertThat(claims).hasSize(CorpusReport.ALL.size() + 1);
    assertThat(claims.get("kursk")).isEqualTo(new DatasetFiles().embedded().claims().size());
    assertThat(files.get("kursk")).isEqualTo("../kursk-report.json");
    for (CorpusReport report : CorpusReport.ALL) {
      assertThat(files.get(report.id())).as("the file of %s", report).isEqualTo(report.resource());
      assertThat(claims.get(report.id()))
          .as("the claims of %s", report)
          .isEqualTo(report.dataset().claims().size());
    }
  }

  @Test
  void theCountsOfLinksAreThoseOfTheLinksDocument() {
    JsonNode links = JsonMapper.builder().build().readTree(resource("links.json"));
    Map<String, Integer> identities = new HashMap<>();
    for (JsonNode statement : links.get("identities")) {
      identities.merge(statement.get("identity").asString(), 1, Integer::sum);
    }
    Map<String, Integer> kinds = new HashMap<>();
    for (JsonNode link : links.get("claims")) {
      kinds.merge(link.get("kind").asString(), 1, Integer::sum);
    }
    String readme = resource("README.md").replaceAll("\\s+", " ");
    assertThat(readme)
        .contains(identities.get("same") + " *same*")
        .contains(identities.get("possibly_same") + " *possibly same*")
        .contains(identities.get("distinct") + " *distinct*")
        .contains(kinds.get("duplicates") + " `duplicates`")
        .contains(kinds.get("supports") + " `supports`")
        .contains(kinds.get("updates") + " `updates`")
        .contains(kinds.get("elaborates") + " `elaborates`")
        .contains(links.get("events").size() + " event links");
    assertThat(kinds).containsOnlyKeys("duplicates", "supports", "updates", "elaborates");
  }
}
