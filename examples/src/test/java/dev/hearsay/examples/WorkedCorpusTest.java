package dev.hearsay.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.corpus.EntityKind;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.EventLink;
import dev.hearsay.core.corpus.EventRef;
import dev.hearsay.core.corpus.Identities;
import dev.hearsay.core.corpus.Identity;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.corpus.ValidatedCorpus;
import dev.hearsay.core.model.RelationKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worked corpus keeps the corpus's rules: its datasets and links document, the links read
 * from their JSON by hand until the links reader exists, build a corpus with no violation, and
 * identity resolves as the links and identifiers say.
 */
class WorkedCorpusTest {
  private ValidatedCorpus built;

  @BeforeEach
  void build() {
    JsonNode json;
    try (InputStream in = getClass().getResourceAsStream(CorpusReport.FOLDER + "links.json")) {
      json = JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Links.Builder links = new Links.Builder().schemaVersion(json.get("schemaVersion").asString());
    for (JsonNode statement : json.get("identities")) {
      IdentityStatement read = IdentityStatement.of(
          Identity.valueOf(statement.get("identity").asString().toUpperCase(Locale.ROOT)),
          entity(statement.get("first")), entity(statement.get("second")));
      links.addIdentities(read.withNote(statement.get("note").asString()));
    }
    for (JsonNode link : json.get("claims")) {
      ClaimLink read = ClaimLink.of(claim(link.get("from")),
          RelationKind.valueOf(link.get("kind").asString().toUpperCase(Locale.ROOT)),
          claim(link.get("to")));
      links.addClaims(read.withNote(link.get("note").asString()));
    }
    for (JsonNode link : json.get("events")) {
      links.addEvents(EventLink.of(event(link.get("first")), event(link.get("second")))
          .withNote(link.get("note").asString()));
    }
    Corpus.Builder corpus = new Corpus.Builder().add("kursk", new DatasetFiles().embedded());
    for (CorpusReport report : CorpusReport.ALL) {
      corpus.add(report.id(), report.dataset());
    }
    built = corpus.links(links.build()).tryBuild();
  }

  private static EntityRef entity(JsonNode ref) {
    String dataset = ref.get("dataset").asString();
    for (EntityKind kind : EntityKind.values()) {
      JsonNode id = ref.get(kind.name().toLowerCase(Locale.ROOT));
      if (id != null) {
        return EntityRef.of(DatasetId.of(dataset), kind, id.asString());
      }
    }
    throw new AssertionError("no actor, source or place in " + ref);
  }

  private static ClaimRef claim(JsonNode ref) {
    return ClaimRef.of(ref.get("dataset").asString(), ref.get("claim").asString());
  }

  private static EventRef event(JsonNode ref) {
    return EventRef.of(ref.get("dataset").asString(), ref.get("event").asString());
  }

  private Identities identities() {
    return built.orElseThrow().identities();
  }

  @Test
  void theCorpusBuildsWithNoViolation() {
    assertThat(built.violations()).isEmpty();
    assertThat(built.orElseThrow().datasets()).hasSize(CorpusReport.ALL.size() + 1);
  }

  @Test
  void reutersIsOneOutletInTheThreeReportsThatRelayIt() {
    assertThat(identities().group(EntityRef.actor("kbs", "reuters"))).containsExactlyInAnyOrder(
        EntityRef.actor("swissinfo", "reuters"), EntityRef.actor("oafnation", "reuters"),
        EntityRef.actor("kbs", "reuters"));
  }

  @Test
  void theTwoOfficialsOfOneReutersStoryAreOneGroupAndNotTheKyivIndependentsOneOfficial() {
    assertThat(identities().same(EntityRef.actor("swissinfo", "two-us-officials"),
        EntityRef.actor("kbs", "two-us-officials"))).isTrue();
    assertThat(identities().same(EntityRef.actor("kyiv", "us-official"),
        EntityRef.actor("swissinfo", "two-us-officials"))).isFalse();
  }

  @Test
  void americanOfficialsAcrossReportsAreOnlyPossiblyTheSame() {
    EntityRef seed = EntityRef.actor("kursk", "american-officials");
    assertThat(identities().same(seed, EntityRef.actor("nyt-am1", "american-officials")))
        .isFalse();
    assertThat(identities().possiblySame())
        .anySatisfy(s -> assertThat(List.of(s.first(), s.second())).contains(seed));
    assertThat(identities().isUnresolved(seed)).isFalse();
  }

  @Test
  void anonymousSpeakersNamedByNoStatementAreListedAsUnresolved() {
    assertThat(identities().unresolved())
        .contains(EntityRef.actor("nyt-am1", "analysts"),
            EntityRef.actor("nyt-am1", "military-experts"),
            EntityRef.actor("kursk", "unnamed-sources"))
        // A distinct statement is a statement too: the one U.S. official is not the pair.
        .doesNotContain(EntityRef.actor("kyiv", "us-official"),
            EntityRef.actor("swissinfo", "two-us-officials"));
  }
}
