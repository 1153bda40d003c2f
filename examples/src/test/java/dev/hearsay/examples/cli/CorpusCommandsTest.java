package dev.hearsay.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.examples.CorpusReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commands that answer from the command line, on the worked corpus, on dataset files with a
 * links document, and on the embedded report alone: the answers in text and in JSON agree, and a
 * claim is found however it is named.
 */
class CorpusCommandsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private Path copy(String resource) {
    try (InputStream in = getClass().getResourceAsStream(CorpusReport.FOLDER + resource)) {
      Path file = dir.resolve(resource);
      Files.copy(in, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(String... args) {
    ProgramRun run = ProgramRun.of(args);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    return JSON.readTree(run.out());
  }

  @Test
  void originsCountsTheSameInTextAndJson() {
    ProgramRun text = ProgramRun.of("origins", "--corpus", "swissinfo:c-some-in-kursk");
    JsonNode json = json("origins", "--corpus", "swissinfo/c-some-in-kursk", "--format", "json");
    JsonNode parties = json.get("parties").get("for");

    assertThat(text.exit()).isZero();
    assertThat(text.out())
        .contains(
            "  parties for: "
                + parties.get("min").asInt()
                + "-"
                + parties.get("max").asInt()
                + System.lineSeparator());
    assertThat(text.out()).contains("  channels: " + json.get("channels").size());
    assertThat(json.get("claim").get("dataset").asString()).isEqualTo("swissinfo");
    assertThat(json.get("possiblySame").get(0).get("identity").asString())
        .isEqualTo("possibly_same");
    HostileInputTest.assertSafe(text);
  }

  @Test
  void aClaimIsOneClusterWhicheverOfItsClaimsIsAsked() {
    JsonNode kbs = json("origins", "--corpus", "kbs:c-some-in-kursk", "--format", "json");
    JsonNode kyiv = json("origins", "--corpus", "c-initial-units-moved", "--format", "json");

    assertThat(kyiv.get("cluster")).isEqualTo(kbs.get("cluster"));
    assertThat(kyiv.get("parties")).isEqualTo(kbs.get("parties"));
  }

  @Test
  void traceListsEveryChainOfTheCluster() {
    JsonNode trace = json("trace", "--corpus", "kbs/c-some-in-kursk", "--format", "json");
    ProgramRun text = ProgramRun.of("trace", "--corpus", "kbs/c-some-in-kursk");

    assertThat(trace.get("chains").size()).isGreaterThan(trace.get("cluster").size() - 1);
    List<String> datasets = new ArrayList<>();
    trace.get("chains").forEach(c -> datasets.add(c.get("dataset").asString()));
    assertThat(datasets).contains("kyiv", "nyt-am1", "swissinfo", "oafnation", "kbs");
    assertThat(text.out()).contains("  origins: " + trace.get("origins").size() + " entities");
  }

  @Test
  void asOfADateLeavesOutWhatWasNotYetSaid() {
    JsonNode early = json("asof", "--corpus", "2024-10-27", "--format", "json");
    JsonNode late = json("asof", "--corpus", "2024-10-30", "--format", "json");

    JsonNode kbsEarly = early.get("reports").get(7);
    assertThat(kbsEarly.get("dataset").asString()).isEqualTo("kbs");
    assertThat(kbsEarly.get("claims").asInt()).isZero();
    assertThat(kbsEarly.get("publication").asString()).isEqualTo("after");
    JsonNode seed = late.get("reports").get(0);
    assertThat(seed.get("dataset").asString()).isEqualTo("kursk");
    assertThat(seed.get("claims").asInt()).isEqualTo(seed.get("of").asInt());
    assertThat(seed.get("publication").asString()).isEqualTo("possibly_after");
    assertThat(early.get("sharedClaims").size()).isLessThan(late.get("sharedClaims").size());
  }

  @Test
  void aClaimNotFoundAsOfADateSaysTheDateWithWhatWasNotFound() {
    ProgramRun run =
        ProgramRun.of("trace", "--corpus", "--as-of", "2024-10-26", "kbs:c-some-in-kursk");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("no claim 'kbs:c-some-in-kursk' in the corpus as of 2024-10-26; name a claim");
  }

  @Test
  void originsAsOfADateBeforeTheClaimRefusesIt() {
    ProgramRun run =
        ProgramRun.of("origins", "--corpus", "--as-of", "2024-10-27", "kbs/c-some-in-kursk");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("has no claim 'c-some-in-kursk' as of 2024-10-27");
  }

  @Test
  void datasetFilesWithALinksFileAreOneCorpus() {
    Path swissinfo = copy("swissinfo.json");
    Path kbs = copy("kbs.json");
    Path links = dir.resolve("links.json");
    try {
      Files.writeString(
          links,
          "{\"schemaVersion\": \"1.1\", \"claims\": [{\"kind\":"
              + " \"duplicates\", \"from\": {\"dataset\": \"kbs\", \"claim\": \"c-some-in-kursk\"},"
              + " \"to\": {\"dataset\": \"swissinfo\", \"claim\": \"c-some-in-kursk\"}}]}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode linked =
        json(
            "origins",
            "kbs/c-some-in-kursk",
            swissinfo.toString(),
            kbs.toString(),
            "--links",
            links.toString(),
            "--format",
            "json");
    JsonNode apart =
        json(
            "origins",
            "kbs/c-some-in-kursk",
            swissinfo.toString(),
            kbs.toString(),
            "--format",
            "json");

    // swissinfo's own two wordings of the claim are one cluster; the link adds kbs's.
    assertThat(linked.get("cluster").size()).isEqualTo(3);
    assertThat(apart.get("cluster").size()).isEqualTo(1);
    // Without links, the two reports' "two U.S. officials" are two entities, and unresolved.
    assertThat(apart.get("unresolved").size()).isPositive();
  }

  @Test
  void jsonLinesWithALinksFileAreOneCorpus() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (String id : List.of("swissinfo", "kbs")) {
      JsonNode dataset = JSON.readTree(Files.readString(copy(id + ".json")));
      lines
          .append(
              JSON.writeValueAsString(
                  JSON.createObjectNode().put("id", id).set("dataset", dataset)))
          .append('\n');
    }
    Path corpus = Files.writeString(dir.resolve("two.jsonl"), lines);
    Path links =
        Files.writeString(
            dir.resolve("links.json"),
            "{\"schemaVersion\": \"1.1\","
                + " \"identities\": [{\"identity\": \"possibly_same\", \"first\": {\"dataset\":"
                + " \"swissinfo\", \"actor\": \"two-us-officials\"}, \"second\": {\"dataset\": \"kbs\","
                + " \"actor\": \"two-us-officials\"}}], \"claims\": [{\"kind\": \"duplicates\", \"from\":"
                + " {\"dataset\": \"kbs\", \"claim\": \"c-aid-unclear\"}, \"to\": {\"dataset\":"
                + " \"swissinfo\", \"claim\": \"c-aid-unclear\"}}]}");
    JsonNode answer =
        json(
            "origins",
            "kbs:c-aid-unclear",
            corpus.toString(),
            "--links",
            links.toString(),
            "--format",
            "json");

    assertThat(answer.get("cluster").size()).isEqualTo(2);
    assertThat(answer.get("parties").get("for").get("min").asInt()).isEqualTo(1);
    assertThat(answer.get("parties").get("for").get("max").asInt()).isEqualTo(2);
    assertThat(answer.get("possiblySame").size()).isEqualTo(1);
    assertThat(answer.get("unresolved").size()).isZero();
  }

  @Test
  void theEmbeddedReportAloneAnswersEveryCommand() {
    for (List<String> args :
        List.of(
            List.of("trace", "c-set-to-join"),
            List.of("origins", "kursk:c-set-to-join"),
            List.of("conflicts"),
            List.of("timeline"),
            List.of("asof", "2024-10-26"))) {
      ProgramRun run = ProgramRun.of(args.toArray(String[]::new));
      List<String> json = new ArrayList<>(args);
      json.add("--format=json");

      assertThat(run.exit()).as("%s: %s", args, run.err()).isZero();
      assertThat(run.out()).isNotEmpty();
      assertThat(JSON.readTree(ProgramRun.of(json.toArray(String[]::new)).out()).isObject())
          .isTrue();
    }
    assertThat(ProgramRun.of("conflicts").out()).contains("Within each report");
  }

  @Test
  void theTimelineShowsLinkedEventsOnce() {
    JsonNode timeline = json("timeline", "--corpus", "--format", "json");
    int events = 0;
    int linked = 0;
    for (JsonNode entry : timeline.get("entries")) {
      events += entry.get("events").size();
      linked += entry.get("events").size() > 1 ? 1 : 0;
    }

    assertThat(linked).isPositive();
    assertThat(timeline.get("entries").size()).isLessThan(events);
  }

  @Test
  void showAndValidateTakeACorpus() {
    ProgramRun show = ProgramRun.of("show", "--corpus");
    ProgramRun validate = ProgramRun.of("validate", "--corpus");
    ProgramRun mermaid = ProgramRun.of("show", "--corpus", "--format", "mermaid");

    assertThat(show.exit()).isZero();
    assertThat(show.out()).startsWith("A corpus of 8 reports");
    assertThat(validate.exit()).isZero();
    assertThat(validate.out()).startsWith("the worked corpus: valid corpus (8 datasets");
    assertThat(mermaid.exit()).isEqualTo(2);
    assertThat(mermaid.err()).contains("--format mermaid draws one dataset");
  }

  @Test
  void theCorpusShownAsJsonReadsBackAsACorpus() throws IOException {
    ProgramRun run = ProgramRun.of("show", "--corpus", "--format", "json");
    Path manifest = Files.writeString(dir.resolve("all.json"), run.out());

    ProgramRun validate = ProgramRun.of("validate", manifest.toString());
    assertThat(validate.exit()).as(validate.printed()).isZero();
    assertThat(validate.out()).contains("valid corpus (8 datasets");
  }

  @Test
  void aClaimGivenAfterTheFilesIsNamedAsTheArgumentToPutFirst() {
    Path swissinfo = copy("swissinfo.json");

    for (String command : List.of("origins", "trace")) {
      ProgramRun run = ProgramRun.of(command, swissinfo.toString(), "swissinfo:c-some-in-kursk");

      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err())
          .contains("swissinfo:c-some-in-kursk: cannot be read")
          .endsWith(
              "'"
                  + swissinfo
                  + "' looks like a file: the claim comes first, before the"
                  + " files"
                  + System.lineSeparator());
    }
  }
}
