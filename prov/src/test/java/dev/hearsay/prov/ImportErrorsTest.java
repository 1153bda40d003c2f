package dev.hearsay.prov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.ViolationCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Documents that cannot be read or cannot be a dataset end in a {@link ProvImportException} that
 * says why and names the statement.
 */
class ImportErrorsTest {
  private static final ProvMapping MAPPING = new ProvMapping();

  private static final String HEADER =
      """
      document
      prefix hearsay <https://hearsay.dev/ns/prov#>
      prefix claim <https://hearsay.dev/id/claim/>
      prefix utterance <https://hearsay.dev/id/utterance/>
      prefix actor <https://hearsay.dev/id/actor/>
      agent(actor:a, [prov:label = "A"])
      agent(actor:b, [prov:label = "B"])
      """;

  private static final String CLAIM =
      """
      entity(claim:c, [prov:type = 'hearsay:Claim', prov:label = "It rained."])
      wasDerivedFrom(claim:c, utterance:u1)
      """;

  private static String utterance(String name, String commitment) {
    return "entity(utterance:"
        + name
        + ", [prov:type = 'hearsay:Utterance', hearsay:mode ="
        + " \"paraphrase\", hearsay:commitment = \""
        + commitment
        + "\"])\n";
  }

  @Test
  void aValidDocumentImports() {
    ProvImport imported =
        importing(CLAIM + utterance("u1", "CT+") + "wasAttributedTo(utterance:u1, actor:a)\n");

    assertThat(imported.dataset().claims()).hasSize(1);
    assertThat(imported.complete()).isTrue();
  }

  @Test
  void aValueTheModelRefusesNamesItsStatementAndTerm() {
    assertThatThrownBy(
            () ->
                importing(
                    CLAIM + utterance("u1", "XX") + "wasAttributedTo(utterance:u1, actor:a)\n"))
        .isInstanceOf(ProvImportException.class)
        .hasMessage(
            "entity(utterance:u1): hearsay:commitment is 'XX', not a FactBank code"
                + " (CT+, PR+, PS+, CT-, PR-, PS-, CTu, Uu)");
  }

  @Test
  void anIdentifierIsASchemeAndAValueOfItsForm() {
    String agents = "agent(actor:c, [prov:label = \"C\", hearsay:identifier_1 = \"Q9684\"])\n";
    String checked =
        "agent(actor:c, [prov:label = \"C\"," + " hearsay:identifier_1 = \"wikidata:Q09684\"])\n";
    String valid =
        "agent(actor:c, [prov:label = \"C\","
            + " hearsay:identifier_1 = \"wikidata:Q9684\", hearsay:identifier_2 = \"isni:0000 1\"])\n";
    String chain = CLAIM + utterance("u1", "CT+") + "wasAttributedTo(utterance:u1, actor:a)\n";

    assertThatThrownBy(() -> importing(agents + chain))
        .isInstanceOf(ProvImportException.class)
        .hasMessage(
            "agent(actor:c): hearsay:identifier 'Q9684' is not a scheme and a value such"
                + " as 'wikidata:Q9684'");
    assertThatThrownBy(() -> importing(checked + chain))
        .isInstanceOf(ProvImportException.class)
        .hasMessageStartingWith(
            "agent(actor:c): Identifier.value: 'Q09684' is not a Wikidata" + " item id");
    assertThat(importing(valid + chain).dataset().actors())
        .filteredOn(a -> a.id().value().equals("c"))
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.identifiers())
                    .containsExactly(
                        dev.hearsay.core.model.Identifier.wikidata("Q9684"),
                        dev.hearsay.core.model.Identifier.of("isni", "0000 1")));
  }

  @Test
  void aHopNeedsItsActor() {
    assertThatThrownBy(() -> importing(CLAIM + utterance("u1", "CT+")))
        .isInstanceOf(ProvImportException.class)
        .hasMessage(
            "entity(utterance:u1): is attributed to no agent; a hop needs the actor who"
                + " said it");
  }

  @Test
  void aChainThatComesBackToAnUtteranceIsRefused() {
    assertThatThrownBy(
            () ->
                importing(
                    CLAIM
                        + utterance("u1", "Uu")
                        + utterance("u2", "CT+")
                        + "wasAttributedTo(utterance:u1, actor:a)\nwasAttributedTo(utterance:u2, actor:b)\n"
                        + "wasDerivedFrom(utterance:u1, utterance:u2)\n"
                        + "wasDerivedFrom(utterance:u2, utterance:u1)\n"))
        .isInstanceOf(ProvImportException.class)
        .hasMessage(
            "wasDerivedFrom(utterance:u2, utterance:u1): the chain comes back to an"
                + " utterance it has passed, utterance:u1");
  }

  @Test
  void anUtteranceRelaysOneUtterance() {
    assertThatThrownBy(
            () ->
                importing(
                    CLAIM
                        + utterance("u1", "Uu")
                        + utterance("u2", "CT+")
                        + utterance("u3", "CT+")
                        + "wasAttributedTo(utterance:u1, actor:a)\nwasAttributedTo(utterance:u2, actor:b)\n"
                        + "wasAttributedTo(utterance:u3, actor:b)\n"
                        + "wasDerivedFrom(utterance:u1, utterance:u2)\n"
                        + "wasDerivedFrom(utterance:u1, utterance:u3)\n"))
        .isInstanceOf(ProvImportException.class)
        .hasMessageContaining("derives from two utterances; a hop relays one");
  }

  @Test
  void aClaimNeedsAChain() {
    assertThatThrownBy(
            () ->
                importing(
                    "entity(claim:c, [prov:type = 'hearsay:Claim', prov:label = \"It rained.\"])\n"))
        .isInstanceOf(ProvImportException.class)
        .hasMessage(
            "entity(claim:c): derives from no utterance; a claim needs at least one"
                + " attribution chain");
  }

  @Test
  void aNumberedListHasNoGaps() {
    assertThatThrownBy(
            () ->
                importing(
                    "entity(claim:c, [prov:type = 'hearsay:Claim', prov:label = \"It rained.\","
                        + " hearsay:note_2 = \"second\"])\n"))
        .isInstanceOf(ProvImportException.class)
        .hasMessage("entity(claim:c): has hearsay:note_2 but no hearsay:note_1");
  }

  @Test
  void anEntityIsOneKindOfValue() {
    assertThatThrownBy(
            () ->
                importing(
                    "entity(claim:c, [prov:type = 'hearsay:Claim', prov:type = 'hearsay:Event'])\n"))
        .isInstanceOf(ProvImportException.class)
        .hasMessage("entity(claim:c): typed both hearsay:Claim and hearsay:Event");
  }

  @Test
  void aDatasetThatBreaksARuleIsRefusedWithItsViolations() {
    String claims =
        "entity(claim:d, [prov:type = 'hearsay:Claim', prov:label = \"D.\"])\n"
            + "wasDerivedFrom(claim:d, utterance:u2)\n"
            + utterance("u1", "CT+")
            + utterance("u2", "CT+")
            + "wasAttributedTo(utterance:u1, actor:a)\nwasAttributedTo(utterance:u2, actor:a)\n"
            + "wasDerivedFrom(claim:c, claim:d)\nwasDerivedFrom(claim:d, claim:c)\n";

    assertThatThrownBy(() -> importing(CLAIM + claims))
        .isInstanceOfSatisfying(
            ProvImportException.class,
            e -> {
              assertThat(e.getMessage())
                  .startsWith(
                      "the document describes a dataset that breaks a rule of the model: relations[0]:");
              assertThat(e.violations())
                  .extracting(v -> v.code())
                  .containsExactly(ViolationCode.RELATION_CYCLE);
            });
  }

  @Test
  void brokenPnIsRefusedWithTheLineOfItsFirstError() {
    assertThatThrownBy(() -> ProvFormat.PROV_N.read(bytes("document\nentity(e1,\nendDocument\n")))
        .isInstanceOf(ProvImportException.class)
        .hasMessageStartingWith("the PROV-N has ")
        .hasMessageContaining("line 3:");
  }

  @Test
  void pnMustBeUtf8() {
    assertThatThrownBy(() -> ProvFormat.PROV_N.read(new byte[] {'d', (byte) 0xff, 'x'}))
        .isInstanceOf(ProvImportException.class)
        .hasMessage("the PROV-N is not UTF-8 text");
  }

  @Test
  void brokenJsonLdIsRefusedWithProvToolboxsReason() {
    assertThatThrownBy(() -> ProvFormat.JSON_LD.read(bytes("{\"@graph\": [")))
        .isInstanceOf(ProvImportException.class)
        .hasMessageStartingWith("ProvToolbox could not read the PROV-JSON-LD: ");
    assertThatThrownBy(() -> ProvFormat.JSON_LD.read(bytes("null")))
        .isInstanceOf(ProvImportException.class)
        .hasMessage("the PROV-JSON-LD is 'null', not a document");
  }

  @Test
  void aDocumentOverTheLimitIsNotReadPastIt() {
    byte[] document = ProvFormat.PROV_N.toBytes(MAPPING.toProv(WorkedDataset.get()));

    assertThatThrownBy(() -> ProvFormat.PROV_N.read(new ByteArrayInputStream(document), 1000))
        .isInstanceOf(ProvImportException.class)
        .hasMessage("the document is larger than the limit of 1000 bytes");
  }

  private static ProvImport importing(String statements) {
    return MAPPING.fromProv(ProvFormat.PROV_N.read(bytes(HEADER + statements + "endDocument\n")));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
