package dev.hearsay.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.examples.cli.DatasetFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worked corpus's manifest and links document name only datasets, entities, claims and
 * events that exist. The corpus reader checks the same ({@code cli.WorkedCorpusTest}); this test reads
 * them as plain JSON, so that a fault in the reader cannot hide one in the data.
 */
class CorpusLinksTest {
  private final JsonMapper mapper = JsonMapper.builder().build();
  private JsonNode manifest;
  private JsonNode links;
  private Map<String, Dataset> datasets;

  @BeforeEach
  void load() {
    manifest = tree("corpus.json");
    links = tree(manifest.get("links").asString());
    datasets = new HashMap<>();
    for (CorpusReport report : CorpusReport.ALL) {
      datasets.put(report.id(), report.dataset());
    }
    datasets.put("kursk", new DatasetFiles().embedded());
  }

  private JsonNode tree(String name) {
    try (InputStream in = getClass().getResourceAsStream(CorpusReport.FOLDER + name)) {
      assertThat(in).as("the resource %s%s", CorpusReport.FOLDER, name).isNotNull();
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theManifestListsTheSeedAndEveryReportOnceEachUnderItsFile() {
    List<String> ids = new ArrayList<>();
    for (JsonNode entry : manifest.get("datasets")) {
      String id = entry.get("id").asString();
      ids.add(id);
      String file = entry.get("file").asString();
      String expected =
          id.equals("kursk")
              ? "../kursk-report.json"
              : CorpusReport.ALL.stream()
                  .filter(r -> r.id().equals(id))
                  .findFirst()
                  .orElseThrow(() -> new AssertionError("no report has the id " + id))
                  .resource();
      assertThat(file).as("the file of %s", id).isEqualTo(expected);
    }
    assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(datasets.keySet());
  }

  @Test
  void everyEntityOfAnIdentityStatementExists() {
    List<String> missing = new ArrayList<>();
    Set<String> pairs = new LinkedHashSet<>();
    for (JsonNode statement : links.get("identities")) {
      String first = entity(statement.get("first"), missing);
      String second = entity(statement.get("second"), missing);
      assertThat(first.substring(first.indexOf('/') + 1).split("/")[0])
          .as("the kinds of %s and %s", first, second)
          .isEqualTo(second.substring(second.indexOf('/') + 1).split("/")[0]);
      assertThat(first).as("an entity stated to be itself").isNotEqualTo(second);
      String pair = first.compareTo(second) < 0 ? first + " " + second : second + " " + first;
      assertThat(pairs.add(pair)).as("a second statement on %s", pair).isTrue();
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyClaimOfAClaimLinkExists() {
    List<String> missing = new ArrayList<>();
    for (JsonNode link : links.get("claims")) {
      for (String end : List.of("from", "to")) {
        JsonNode ref = link.get(end);
        check(
            ref.get("dataset").asString(),
            "claim",
            ref.get("claim").asString(),
            d -> ids(d.claims(), c -> c.id().value()),
            missing);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyEventOfAnEventLinkExists() {
    List<String> missing = new ArrayList<>();
    for (JsonNode link : links.get("events")) {
      for (String end : List.of("first", "second")) {
        JsonNode ref = link.get(end);
        check(
            ref.get("dataset").asString(),
            "event",
            ref.get("event").asString(),
            d -> ids(d.events(), e -> e.id().value()),
            missing);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void sameAndPossiblySameJoinTwoDatasetsWhereIdsWithinOneAreDistinct() {
    for (JsonNode statement : links.get("identities")) {
      if (!statement.get("identity").asString().equals("distinct")) {
        assertThat(statement.get("first").get("dataset").asString())
            .as("the datasets of %s", statement)
            .isNotEqualTo(statement.get("second").get("dataset").asString());
      }
    }
  }

  @Test
  void noDistinctPairIsMergedBySameStatements() {
    Map<String, String> parent = new HashMap<>();
    List<String[]> distinct = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    for (JsonNode statement : links.get("identities")) {
      String first = entity(statement.get("first"), ignored);
      String second = entity(statement.get("second"), ignored);
      switch (statement.get("identity").asString()) {
        case "same" -> parent.put(root(parent, first), root(parent, second));
        case "distinct" -> distinct.add(new String[] {first, second});
        default -> {}
      }
    }
    assertThat(distinct).as("distinct statements").isNotEmpty();
    for (String[] pair : distinct) {
      assertThat(root(parent, pair[0]))
          .as("%s and %s", pair[0], pair[1])
          .isNotEqualTo(root(parent, pair[1]));
    }
  }

  @Test
  void updatesAndDerivationsAcrossReportsFormNoCycle() {
    Map<String, List<String>> next = new HashMap<>();
    for (JsonNode link : links.get("claims")) {
      String kind = link.get("kind").asString();
      if (kind.equals("updates") || kind.equals("derived_from")) {
        next.computeIfAbsent(claim(link.get("from")), k -> new ArrayList<>())
            .add(claim(link.get("to")));
      }
    }
    for (String start : next.keySet()) {
      assertThat(reaches(next, start, start, new LinkedHashSet<>()))
          .as("a cycle through %s", start)
          .isFalse();
    }
  }

  private static String claim(JsonNode ref) {
    return ref.get("dataset").asString() + "/" + ref.get("claim").asString();
  }

  private static boolean reaches(
      Map<String, List<String>> next, String from, String target, Set<String> seen) {
    for (String to : next.getOrDefault(from, List.of())) {
      if (to.equals(target) || (seen.add(to) && reaches(next, to, target, seen))) {
        return true;
      }
    }
    return false;
  }

  private static String root(Map<String, String> parent, String entity) {
    String at = entity;
    while (parent.containsKey(at) && !parent.get(at).equals(at)) {
      at = parent.get(at);
    }
    return at;
  }

  /** The entity as "dataset/kind/id", with a missing one noted. */
  private String entity(JsonNode ref, List<String> missing) {
    String dataset = ref.get("dataset").asString();
    List<String> kinds = new ArrayList<>();
    for (String kind : List.of("actor", "source", "place")) {
      if (ref.has(kind)) {
        kinds.add(kind);
      }
    }
    assertThat(kinds).as("the kinds named by %s", ref).hasSize(1);
    String kind = kinds.get(0);
    String id = ref.get(kind).asString();
    check(
        dataset,
        kind,
        id,
        d ->
            switch (kind) {
              case "actor" -> ids(d.actors(), a -> a.id().value());
              case "source" -> ids(d.sources(), s -> s.id().value());
              default -> ids(d.places(), p -> p.id().value());
            },
        missing);
    return dataset + "/" + kind + "/" + id;
  }

  private void check(
      String dataset,
      String kind,
      String id,
      Function<Dataset, Set<String>> idsOf,
      List<String> missing) {
    Dataset named = datasets.get(dataset);
    if (named == null) {
      missing.add("no dataset " + dataset);
    } else if (!idsOf.apply(named).contains(id)) {
      missing.add("no " + kind + " " + id + " in " + dataset);
    }
  }

  private static <T> Set<String> ids(List<T> values, Function<T, String> id) {
    return values.stream().map(id).collect(Collectors.toSet());
  }
}
