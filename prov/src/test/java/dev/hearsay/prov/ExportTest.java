package dev.hearsay.prov;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.ReportingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openprovenance.prov.model.ActedOnBehalfOf;
import org.openprovenance.prov.model.Agent;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.model.Entity;
import org.openprovenance.prov.model.LangString;
import org.openprovenance.prov.model.Other;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.model.Type;
import org.openprovenance.prov.model.WasAttributedTo;
import org.openprovenance.prov.model.WasDerivedFrom;
import org.openprovenance.prov.model.WasInfluencedBy;

/** The mapping's choices, on the worked dataset's export. */
class ExportTest {
  private static final String PROV = "http://www.w3.org/ns/prov#";
  private static final String HEARSAY = ProvMapping.HEARSAY;

  private final Dataset dataset = WorkedDataset.get();
  private final Document document = new ProvMapping().toProv(dataset);

  @Test
  void anAffiliationIsAnAttributeAndNeverDelegation() {
    Agent guseinova = agent("elena-guseinova");

    assertThat(others(guseinova.getOther(), "affiliatedWith_1"))
        .containsExactly(uri("actor", "hankuk-university"));
    assertThat(others(guseinova.getOther(), "role_1")).containsExactly("analyst");
    assertThat(statements(ActedOnBehalfOf.class)).isEmpty();
  }

  @Test
  void everyHopIsAnUtteranceAttributedToItsActor() {
    int hops =
        dataset.claims().stream()
            .flatMap(c -> c.attribution().stream())
            .mapToInt(c -> c.hops().size())
            .sum();
    List<Entity> utterances =
        statements(Entity.class).stream()
            .filter(e -> types(e.getType()).contains(HEARSAY + "Utterance"))
            .toList();

    assertThat(utterances).hasSize(hops);
    Claim claim = dataset.claim(ClaimId.of("c-arms-value")).orElseThrow();
    List<Hop> chain = claim.attribution().get(0).hops();
    for (int h = 0; h < chain.size(); h++) {
      String utterance = uri("utterance", "c-arms-value.1." + (h + 1));
      assertThat(
              statements(WasAttributedTo.class).stream()
                  .filter(a -> a.getEntity().getUri().equals(utterance))
                  .map(a -> a.getAgent().getUri()))
          .containsExactly(uri("actor", chain.get(h).actor().value()));
    }
  }

  @Test
  void theClaimDerivesFromItsReporterAndEachUtteranceFromTheOneItRelays() {
    assertThat(derivations(uri("claim", "c-arms-value")))
        .contains(uri("utterance", "c-arms-value.1.1"));
    assertThat(derivations(uri("utterance", "c-arms-value.1.1")))
        .containsExactly(uri("utterance", "c-arms-value.1.2"));
    assertThat(derivations(uri("utterance", "c-arms-value.1.3"))).isEmpty();
  }

  @Test
  void quotedWordsAreQuotationsAndOthersPlainDerivations() {
    for (Claim claim : dataset.claims()) {
      for (int c = 0; c < claim.attribution().size(); c++) {
        Chain chain = claim.attribution().get(c);
        for (int h = 0; h < chain.hops().size(); h++) {
          ReportingMode mode = chain.hops().get(h).mode();
          boolean quoted =
              mode == ReportingMode.DIRECT_QUOTE || mode == ReportingMode.PARTIAL_QUOTE;
          String utterance = uri("utterance", claim.id() + "." + (c + 1) + "." + (h + 1));
          WasDerivedFrom link =
              statements(WasDerivedFrom.class).stream()
                  .filter(d -> d.getUsedEntity().getUri().equals(utterance))
                  .findFirst()
                  .orElseThrow();

          assertThat(types(link.getType()).contains(PROV + "Quotation"))
              .as("the link to %s (%s)", utterance, mode)
              .isEqualTo(quoted);
        }
      }
    }
  }

  @Test
  void aClaimsQuoteIsAQuotationFromItsSourceWithTheExactWords() {
    Claim quoted =
        dataset.claims().stream().filter(c -> c.quote().isPresent()).findFirst().orElseThrow();
    String claim = uri("claim", quoted.id().value());
    String source = uri("source", quoted.quote().get().source().value());

    WasDerivedFrom quotation =
        statements(WasDerivedFrom.class).stream()
            .filter(
                d ->
                    d.getGeneratedEntity().getUri().equals(claim)
                        && d.getUsedEntity().getUri().equals(source)
                        && types(d.getType()).contains(PROV + "Quotation"))
            .findFirst()
            .orElseThrow();
    assertThat(others(quotation.getOther(), "exact")).containsExactly(quoted.quote().get().exact());
  }

  @Test
  void aClaimHadThePrimarySourceOfEachChainsOrigin() {
    String claim = uri("claim", "c-arms-value");

    assertThat(
            statements(WasDerivedFrom.class).stream()
                .filter(
                    d ->
                        d.getGeneratedEntity().getUri().equals(claim)
                            && types(d.getType()).contains(PROV + "PrimarySource"))
                .map(d -> d.getUsedEntity().getUri()))
        .containsExactly(uri("source", "guseinova-research"));
  }

  @Test
  void relationsBetweenClaimsAreDerivationRevisionOrATypedInfluence() {
    assertThat(
            statements(WasInfluencedBy.class).stream()
                .filter(i -> i.getInfluencee().getUri().equals(uri("claim", "c-revenues-increase")))
                .flatMap(i -> types(i.getType()).stream()))
        .containsExactly(HEARSAY + "Elaborates");
    long updates =
        dataset.relations().stream().filter(r -> r.kind() == RelationKind.UPDATES).count();
    assertThat(
            statements(WasDerivedFrom.class).stream()
                .filter(d -> types(d.getType()).contains(PROV + "Revision")))
        .hasSize((int) updates);
  }

  @Test
  void aSourceIsAttributedToItsPublisherAndItsAuthorsByRole() {
    assertThat(
            statements(WasAttributedTo.class).stream()
                .filter(a -> a.getEntity().getUri().equals(uri("source", "guseinova-research")))
                .flatMap(a -> types(a.getType()).stream()))
        .containsExactly(HEARSAY + "Author");
  }

  private Agent agent(String id) {
    return statements(Agent.class).stream()
        .filter(a -> a.getId().getUri().equals(uri("actor", id)))
        .findFirst()
        .orElseThrow();
  }

  private List<String> derivations(String from) {
    return statements(WasDerivedFrom.class).stream()
        .filter(d -> d.getGeneratedEntity().getUri().equals(from))
        .filter(d -> d.getUsedEntity().getUri().startsWith("https://hearsay.dev/id/utterance/"))
        .map(d -> d.getUsedEntity().getUri())
        .toList();
  }

  private <T> List<T> statements(Class<T> kind) {
    return document.getStatementOrBundle().stream()
        .filter(kind::isInstance)
        .map(kind::cast)
        .toList();
  }

  private static List<String> types(List<Type> types) {
    return types.stream()
        .map(t -> t.getValue() instanceof QualifiedName name ? name.getUri() : "")
        .toList();
  }

  private static List<Object> others(List<Other> others, String term) {
    return others.stream()
        .filter(o -> o.getElementName().getUri().equals(HEARSAY + term))
        .map(
            o ->
                o.getValue() instanceof QualifiedName name
                    ? name.getUri()
                    : o.getValue() instanceof LangString text ? text.getValue() : o.getValue())
        .toList();
  }

  private static String uri(String kind, String id) {
    return "https://hearsay.dev/id/" + kind + "/" + id;
  }
}
