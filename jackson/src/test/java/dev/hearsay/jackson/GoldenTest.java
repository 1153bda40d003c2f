package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Credibility;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Reliability;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.Unit;
import dev.hearsay.core.time.ImpreciseTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One golden file per type pins the JSON form in both directions: writing the value gives the
 * file's text, reading the file gives the value, and the file keeps the shipped schema.
 *
 * <p>Run with {@code -Dhearsay.golden.update=true} to rewrite the files after a deliberate change
 * of the format, then review the difference.
 */
class GoldenTest {
  static Stream<Arguments> goldens() {
    return Stream.of(
        golden("dataset", Dataset.class, "Dataset", Samples.kursk()),
        golden(
            "metadata",
            dev.hearsay.core.model.DatasetMetadata.class,
            "DatasetMetadata",
            Samples.METADATA),
        golden("actor", dev.hearsay.core.model.Actor.class, "Actor", Samples.YERMAK),
        golden(
            "actor-identifiers",
            dev.hearsay.core.model.Actor.class,
            "Actor",
            Samples.NYT_IDENTIFIED),
        golden(
            "place-identifiers",
            dev.hearsay.core.model.Place.class,
            "Place",
            Samples.KURSK_IDENTIFIED),
        golden(
            "identifier", dev.hearsay.core.model.Identifier.class, "Identifier", Samples.NYT_QID),
        golden(
            "affiliation",
            dev.hearsay.core.model.Affiliation.class,
            "Affiliation",
            Samples.HEAD_OF_OFFICE),
        golden("place", dev.hearsay.core.model.Place.class, "Place", Samples.KURSK),
        golden(
            "coordinates",
            dev.hearsay.core.model.Coordinates.class,
            "Coordinates",
            Samples.KURSK_CENTRE),
        golden("source", dev.hearsay.core.model.Source.class, "Source", Samples.BILD),
        golden("claim", dev.hearsay.core.model.Claim.class, "Claim", Samples.SET_TO_JOIN),
        golden("quote", dev.hearsay.core.model.Quote.class, "Quote", Samples.SIGNIFICANTLY),
        golden("quantity", dev.hearsay.core.model.Quantity.class, "Quantity", Samples.THOUSANDS),
        golden(
            "quantity-currency",
            dev.hearsay.core.model.Quantity.class,
            "Quantity",
            Samples.ARMS_VALUE),
        golden("bound", dev.hearsay.core.model.Bound.class, "Bound", Samples.UP_TO_5E9),
        golden("unit-currency", Unit.class, "Unit", Samples.EUROS),
        golden("unit-count", Unit.class, "Unit", Samples.SOLDIERS),
        golden(
            "chain", dev.hearsay.core.model.Chain.class, "Chain", Samples.NYT_UKRAINIAN_OFFICIALS),
        golden("hop", dev.hearsay.core.model.Hop.class, "Hop", Samples.GUSEINOVA_HOP),
        golden(
            "time-mention",
            dev.hearsay.core.model.TimeMention.class,
            "TimeMention",
            Samples.OCT_25),
        golden(
            "imprecise-time",
            ImpreciseTime.class,
            "ImpreciseTime",
            ImpreciseTime.parse("2024-10-27")),
        golden("event", dev.hearsay.core.model.Event.class, "Event", Samples.TRUCKS_ARRIVE),
        golden(
            "relation", dev.hearsay.core.model.Relation.class, "Relation", Samples.NOT_IN_COMBAT),
        golden(
            "relation-undermines",
            dev.hearsay.core.model.Relation.class,
            "Relation",
            Samples.REGIME_AT_RISK),
        golden(
            "assessment",
            dev.hearsay.core.model.Assessment.class,
            "Assessment",
            Samples.MOSTLY_FALSE),
        golden("dataset-assessed", Dataset.class, "Dataset", Samples.factCheck()),
        golden("actor-id", ActorId.class, "Id", ActorId.of("ukrainian-officials")),
        golden("actor-kind", ActorKind.class, "ActorKind", ActorKind.MEDIA_OUTLET),
        golden("commitment", Commitment.class, "Commitment", Commitment.CERTAIN_NOT),
        golden("reliability", Reliability.class, "Reliability", Reliability.USUALLY_RELIABLE),
        golden("credibility", Credibility.class, "Credibility", Credibility.PROBABLY_TRUE),
        golden("violation", dev.hearsay.core.model.Violation.class, "Violation", Samples.VIOLATION),
        golden("links", dev.hearsay.core.corpus.Links.class, "Links", CorpusSamples.LINKS),
        golden(
            "identity-statement",
            dev.hearsay.core.corpus.IdentityStatement.class,
            "IdentityStatement",
            CorpusSamples.SAME_OUTLET),
        golden(
            "entity-ref",
            dev.hearsay.core.corpus.EntityRef.class,
            "EntityRef",
            CorpusSamples.ARTICLE),
        golden(
            "claim-link",
            dev.hearsay.core.corpus.ClaimLink.class,
            "ClaimLink",
            CorpusSamples.SAME_CLAIM),
        golden(
            "event-link",
            dev.hearsay.core.corpus.EventLink.class,
            "EventLink",
            CorpusSamples.SAME_EVENT));
  }

  private static Arguments golden(String name, Class<?> type, String definition, Object value) {
    return Arguments.of(name, type, definition, value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void writesTheGoldenText(String name, Class<?> type, String definition, Object value)
      throws IOException {
    String written = Json.pretty(value);
    if (Boolean.getBoolean("hearsay.golden.update")) {
      Files.writeString(
          Path.of("src/test/resources/golden", name + ".json"), written, StandardCharsets.UTF_8);
    }
    assertThat(written).isEqualTo(Json.resource("golden/" + name + ".json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void readsTheGoldenValue(String name, Class<?> type, String definition, Object value) {
    Object read = Json.STRICT.readValue(Json.resource("golden/" + name + ".json"), type);
    assertThat(read).isEqualTo(value);
  }

  /**
   * The golden dataset as a 1.0 document: the same, without what 1.1 added (a source's notes).
   */
  @Test
  void aVersion10DocumentReadsUnchangedAndIsWrittenBackAs11() {
    String old = Json.resource("versions/dataset-1.0.json");

    Dataset read = Json.STRICT.readValue(old, Dataset.class);

    assertThat(read.schemaVersion()).isEqualTo("1.0");
    assertThat(Json.PLAIN.readTree(old).get("schemaVersion").asString()).isEqualTo("1.0");
    Dataset kursk = Samples.kursk();
    Dataset withoutNotes =
        new Dataset.Builder()
            .schemaVersion("1.0")
            .metadata(kursk.metadata())
            .addAllActors(kursk.actors())
            .addAllPlaces(kursk.places())
            .addAllSources(kursk.sources().stream().map(GoldenTest::withoutNotes).toList())
            .addAllClaims(kursk.claims())
            .addAllEvents(kursk.events())
            .addAllRelations(kursk.relations())
            .build();
    assertThat(kursk.sources()).anyMatch(s -> !s.notes().isEmpty());
    assertThat(read).isEqualTo(withoutNotes);
    assertThat(Json.pretty(read))
        .isEqualTo(old.replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.1\""));
    assertThat(Json.schemaErrors(old, "Dataset")).isEmpty();
  }

  private static Source withoutNotes(Source source) {
    return new Source.Builder()
        .id(source.id())
        .kind(source.kind())
        .title(source.title())
        .publisher(source.publisher())
        .addAllAuthors(source.authors())
        .published(source.published())
        .locator(source.locator())
        .language(source.language())
        .retrievedAt(source.retrievedAt())
        .reliability(source.reliability())
        .addAllCites(source.cites())
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void goldenKeepsTheSchema(String name, Class<?> type, String definition, Object value) {
    assertThat(Json.schemaErrors(Json.resource("golden/" + name + ".json"), definition)).isEmpty();
  }
}
