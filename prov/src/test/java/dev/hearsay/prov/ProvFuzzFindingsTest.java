package dev.hearsay.prov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What fuzzing the PROV importers found, as regression tests with the smallest inputs. The inputs
 * are also in {@link ProvFuzzTest}'s corpus ({@code found-*}), which the normal build replays.
 */
class ProvFuzzFindingsTest {
  private static final ProvMapping MAPPING = new ProvMapping();

  @Test
  void anEntityWithoutAnIdIsLeftOut() {
    ProvImport imported = jsonLd("{\"@graph\":[{\"@type\":\"Entity\"},{\"@type\":\"Agent\"}]}");

    assertThat(imported.dataset().sources()).isEmpty();
    assertThat(imported.dataset().actors()).isEmpty();
    assertThat(imported.omissions())
        .extracting(Omission::toString)
        .containsExactly(
            "entity(-): it has no identifier, and Hearsay's values need one",
            "agent(-): it has no identifier, and Hearsay's values need one");
  }

  @Test
  void anEntityWithoutAnIdAtACorpusTopLevelIsLeftOut() {
    ProvCorpusImport imported =
        MAPPING.corpusFromProv(
            ProvFormat.JSON_LD.read(
                "{\"@graph\":[{\"@type\":\"Entity\"}]}".getBytes(StandardCharsets.UTF_8)));

    assertThat(imported.corpus().datasets()).isEmpty();
    assertThat(imported.omissions())
        .extracting(Omission::toString)
        .containsExactly("entity(-): it has no identifier");
  }

  @Test
  void aMembershipWithoutMembersIsLeftOutAndNamed() {
    org.openprovenance.prov.model.ProvFactory factory =
        org.openprovenance.prov.vanilla.ProvFactory.getFactory();
    org.openprovenance.prov.model.Document document = factory.newDocument();
    document.setNamespace(MAPPING.namespace());
    document
        .getStatementOrBundle()
        .add(
            factory.newHadMember(
                factory.newQualifiedName("https://example.org/", "c", "ex"), java.util.List.of()));

    assertThat(MAPPING.corpusFromProv(document).omissions())
        .extracting(Omission::statement)
        .containsExactly("hadMember()");
    assertThat(MAPPING.fromProv(document).omissions())
        .extracting(Omission::statement)
        .containsExactly("hadMember()");
  }

  @Test
  void aNameWithABrokenEscapeAtACorpusTopLevelIsRefused() {
    org.openprovenance.prov.model.ProvFactory factory =
        org.openprovenance.prov.vanilla.ProvFactory.getFactory();
    org.openprovenance.prov.model.Document document = factory.newDocument();
    document.setNamespace(MAPPING.namespace());
    document
        .getStatementOrBundle()
        .add(
            factory.newEntity(factory.newQualifiedName("https://example.org/", "le\\utter", "ex")));

    assertThatThrownBy(() -> MAPPING.corpusFromProv(document))
        .isInstanceOf(ProvImportException.class)
        .hasMessageContaining("ex:le\\utter")
        .hasMessageContaining("four hexadecimal digits");
  }

  @Test
  void aTextWithAnUnpairedSurrogateIsRefusedOnImport() {
    String document =
        "{\"@context\":[{\"hearsay\":\"https://hearsay.dev/ns/prov#\","
            + "\"ex\":\"http://example.org/\"}],\"@graph\":[{\"@type\":\"Entity\","
            + "\"@id\":\"ex:s\",\"hearsay:note_1\":[{\"@value\":\"emoji \\uD66D\\uDC4D\"}]}]}";

    assertThatThrownBy(() -> jsonLd(document))
        .isInstanceOf(ProvImportException.class)
        .hasMessage(
            "entity(ex:s): hearsay:note_1 has an unpaired surrogate (\\uDC4D at index 7),"
                + " which is not Unicode text and which PROV-N and PROV-JSON-LD cannot carry");
  }

  @Test
  void aTextWithAnUnpairedSurrogateIsRefusedOnExport() {
    Dataset dataset =
        new Dataset.Builder()
            .metadata(new DatasetMetadata.Builder().title("half \uD83D of an emoji").build())
            .build();

    assertThatThrownBy(() -> MAPPING.toProv(dataset))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the text of prov:label has an unpaired surrogate (\\uD83D at index 5),"
                + " which is not Unicode text and which PROV-N and PROV-JSON-LD cannot carry");
  }

  private static ProvImport jsonLd(String document) {
    return MAPPING.fromProv(ProvFormat.JSON_LD.read(document.getBytes(StandardCharsets.UTF_8)));
  }
}
