package dev.hearsay.prov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openprovenance.prov.model.Document;

/**
 * PROV that others wrote, from ProvToolbox's own examples: agents become actors, entities
 * sources, attribution their authors, derivation, quotation, primary source and revision what
 * they cite, a generation's time their publication; the rest is listed with why.
 */
class ForeignImportTest {
  private static final ProvMapping MAPPING = new ProvMapping();

  @Test
  void thePrimersAgentsAreActorsOfTheirKind() {
    Dataset dataset = read("primer.provn").dataset();

    assertThat(dataset.actors())
        .extracting(Actor::id, Actor::kind)
        .containsExactly(
            tuple(ActorId.of("ex:derek"), ActorKind.PERSON),
            tuple(ActorId.of("ex:chartgen"), ActorKind.ORGANIZATION));
    assertThat(dataset.metadata().title()).isEqualTo(ProvMapping.IMPORTED_TITLE);
    assertThat(dataset.claims()).isEmpty();
  }

  @Test
  void thePrimersEntitiesAreSourcesWithAuthorsPublicationAndCitations() {
    Dataset dataset = read("primer.provn").dataset();

    Source chart = source(dataset, "ex:chart1");
    assertThat(chart.authors()).containsExactly(ActorId.of("ex:derek"));
    assertThat(chart.published().orElseThrow().value().toEdtf()).isEqualTo("2012-03-02T10:30:00Z");
    assertThat(source(dataset, "ex:blogEntry").cites()).containsExactly(SourceId.of("ex:article"));
    assertThat(source(dataset, "ex:dataSet2").cites()).containsExactly(SourceId.of("ex:dataSet1"));
    assertThat(dataset.sources()).hasSize(10);
  }

  @Test
  void whatThePrimerSaysThatHearsayCannotIsListedWithWhy() {
    List<Omission> omissions = read("primer.provn").omissions();

    assertThat(omissions)
        .anySatisfy(
            o -> {
              assertThat(o.statement()).isEqualTo("actedOnBehalfOf(ex:derek, ex:chartgen)");
              assertThat(o.reason()).contains("affiliations are not delegation");
            });
    assertThat(omissions).filteredOn(o -> o.statement().startsWith("activity(")).hasSize(5);
    assertThat(omissions).filteredOn(o -> o.statement().startsWith("used(")).hasSize(6);
    assertThat(omissions)
        .anySatisfy(
            o -> {
              assertThat(o.statement())
                  .isEqualTo(
                      "wasDerivedFrom(ex:blogEntry, ex:article) prov:type" + " prov:Quotation");
              assertThat(o.reason()).contains("kept as a citation");
            });
    assertThat(omissions)
        .anySatisfy(
            o -> {
              assertThat(o.statement()).isEqualTo("entity(ex:article) dcterms:title");
              assertThat(o.reason()).isEqualTo("Hearsay has no such field for a source");
            });
    assertThat(omissions)
        .anySatisfy(
            o -> assertThat(o.statement()).isEqualTo("alternateOf(ex:articleV2, ex:articleV1)"));
  }

  @Test
  void thePrimerReadsTheSameFromPnAndFromJsonLd() {
    Document notation = document("primer.provn");
    Document jsonLd = ProvFormat.JSON_LD.read(ProvFormat.JSON_LD.toBytes(notation));

    ProvImport fromNotation = MAPPING.fromProv(notation);
    ProvImport fromJsonLd = MAPPING.fromProv(jsonLd);

    assertThat(fromJsonLd.dataset()).isEqualTo(fromNotation.dataset());
    assertThat(fromJsonLd.omissions()).hasSameSizeAs(fromNotation.omissions());
  }

  @Test
  void theShortPrimerInJsonLd() {
    ProvImport imported = read("short-primer.jsonld");

    assertThat(source(imported.dataset(), "ex:article1").cites())
        .containsExactly(SourceId.of("ex:dataSet1"));
    assertThat(imported.dataset().actors())
        .extracting(Actor::kind)
        .containsExactly(ActorKind.PERSON);
    assertThat(imported.omissions())
        .extracting(Omission::statement)
        .contains("agent(ex:derek) foaf:givenName", "wasAssociatedWith(ex:compose, ex:derek)");
  }

  @Test
  void everyKindOfStatementOfAW3cPublication() {
    ProvImport imported = read("w3c-publication1-no-mention.provn");
    Dataset dataset = imported.dataset();

    Source draft = source(dataset, "tr:WD-prov-dm-20111018");
    assertThat(draft.authors()).containsExactly(ActorId.of("w3:Consortium"));
    assertThat(source(dataset, "tr:WD-prov-dm-20111215").cites())
        .containsExactly(SourceId.of("tr:WD-prov-dm-20111018"));
    assertThat(dataset.sources())
        .extracting(s -> s.id().value())
        .contains("chairs:2011OctDec_0004");
    assertThat(imported.omissions())
        .extracting(Omission::reason)
        .contains(
            "a source cannot cite itself",
            "it relates an activity, and Hearsay has no activities",
            "Hearsay has no alternates or specializations of a source");
    assertThat(imported.omissions())
        .extracting(Omission::statement)
        .contains(
            "wasInvalidatedBy(tr:WD-prov-dm-20111018, ex:act1)",
            "wasInformedBy(ex:act1, ex:act1)",
            "wasInfluencedBy(tr:WD-prov-dm-20111018, tr:WD-prov-dm-20111215)");
  }

  @Test
  void bundlesAreLeftOutWithTheirSize() {
    ProvImport imported = read("bundles1.provn");

    assertThat(imported.omissions())
        .anySatisfy(
            o -> {
              assertThat(o.statement()).isEqualTo("bundle(alice:bundle2)");
              assertThat(o.reason()).contains("the bundle's 4 statements are left out");
            });
    assertThat(source(imported.dataset(), "bob:bundle1").authors())
        .containsExactly(ActorId.of("ex:Bob"));
  }

  @Test
  void entitiesThatDeriveFromEachOtherCiteEachOther() {
    Dataset dataset = read("example-blog2.provn").dataset();

    assertThat(source(dataset, "e1").cites()).containsExactly(SourceId.of("e2"));
    assertThat(source(dataset, "e2").cites()).containsExactly(SourceId.of("e1"));
  }

  @Test
  void agentsWithoutDeclarationsOrLabelsAreNamedByTheirIds() {
    Dataset dataset = read("prov-dm-example1.provn").dataset();

    assertThat(dataset.actors())
        .extracting(Actor::name)
        .containsExactly("ex:ag1", "ex:ag2", "ex:ag3", "ex:ag4", "ex:ag5", "ex:ag6");
    assertThat(source(dataset, "ex:s1").title()).contains("Communication Strategy 1");
  }

  @Test
  void documentsThatProvToolboxCannotReadAreRefusedWithItsReason() {
    assertThatThrownBy(() -> document("mini-primer.jsonld"))
        .isInstanceOf(ProvImportException.class)
        .hasMessageStartingWith("ProvToolbox could not read the PROV-JSON-LD: ")
        .hasMessageContaining("prov:Entity");
    assertThatThrownBy(() -> document("w3c-publication1.provn"))
        .isInstanceOf(ProvImportException.class)
        .hasMessage("ProvToolbox could not read the PROV-N: newMentionOf not supported");
  }

  private static ProvImport read(String name) {
    return MAPPING.fromProv(document(name));
  }

  private static Document document(String name) {
    ProvFormat format = name.endsWith(".jsonld") ? ProvFormat.JSON_LD : ProvFormat.PROV_N;
    try (InputStream in = ForeignImportTest.class.getResourceAsStream("foreign/" + name)) {
      return format.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Source source(Dataset dataset, String id) {
    return dataset.source(SourceId.of(id)).orElseThrow();
  }
}
