package dev.hearsay.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.query.Conflict;
import dev.hearsay.core.query.Evidence;
import dev.hearsay.core.query.ProvenanceIndex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's table of how to encode for and against, with the answers it states. */
class StanceRecipeTest {
  private static final ClaimId X = ClaimId.of("x");

  @Test
  void theFiveVoicesGiveTheAnswersTheReadmeStates() {
    ProvenanceIndex index = ProvenanceIndex.of(dataset(false, List.of()));

    Evidence evidence = index.evidence(X);

    assertThat(evidence.summary())
        .isEqualTo(
            "parties: 1 for (Ukrainian intelligence), 1 against"
                + " (The Kremlin), 3 neither (Pentagon, U.S. government, South Korea); channels: 5");
    assertThat(index.claimsOf(ActorId.of("kremlin")).denied())
        .extracting(Claim::id)
        .containsExactly(X);
    assertThat(index.claimsOf(ActorId.of("kremlin")).asserted()).isEmpty();
    assertThat(index.claimsOf(ActorId.of("pentagon")).withheld())
        .extracting(Claim::id)
        .containsExactly(X);
    assertThat(index.conflicts())
        .extracting(Conflict::kind)
        .containsExactly(Conflict.Kind.PARTIES_DISAGREE);
  }

  @Test
  void aWebsiteRelayingReutersLeavesThePartiesAndMakesOneChannel() {
    Evidence evidence = ProvenanceIndex.of(dataset(true, List.of())).evidence(X);

    assertThat(evidence.summary())
        .isEqualTo(
            "parties: 1 for (Ukrainian intelligence), 1 against"
                + " (The Kremlin), 3 neither (Pentagon, U.S. government, South Korea); channels: 1"
                + " (through Reuters)");
  }

  @Test
  void anOutletRelayingAsFalseAContradictionAndAnUnderminingClaimCountAsTheTableSays() {
    Claim staged =
        claim(
            "y",
            Chain.of(hop("reuters", Commitment.UNCOMMITTED), hop("kremlin", Commitment.CERTAIN)));
    Claim unlikely =
        claim(
            "z",
            Chain.of(hop("reuters", Commitment.UNCOMMITTED), hop("pentagon", Commitment.POSSIBLE)));
    Claim relayedAsFalse =
        claim(
            "w",
            Chain.of(
                hop("outlet", Commitment.CERTAIN_NOT), hop("ua-intelligence", Commitment.CERTAIN)));
    ProvenanceIndex index =
        ProvenanceIndex.of(
            dataset(
                false,
                List.of(staged, unlikely),
                relation("y", RelationKind.CONTRADICTS, "x"),
                relation("z", RelationKind.UNDERMINES, "x")));
    ProvenanceIndex outlet =
        ProvenanceIndex.of(
            new Dataset.Builder()
                .metadata(new DatasetMetadata.Builder().title("relayed as false").build())
                .addAllActors(actors())
                .addClaims(relayedAsFalse)
                .build());

    Evidence onX = index.evidence(X);

    assertThat(onX.partiesAgainst()).extracting(p -> p.name()).containsExactly("The Kremlin");
    assertThat(onX.partiesAgainst().get(0).voices()).hasSize(2);
    assertThat(onX.undermining()).extracting(r -> r.from().value()).containsExactly("z");
    assertThat(onX.partiesNeither())
        .extracting(p -> p.name())
        .containsExactly("Pentagon", "U.S. government", "South Korea");
    assertThat(outlet.evidence(ClaimId.of("w")).partiesAgainst())
        .extracting(p -> p.name())
        .containsExactly("A Russian outlet");
  }

  private static Dataset dataset(boolean viaWebsite, List<Claim> others, Relation... relations) {
    List<Chain> chains = new ArrayList<>();
    String[][] voices = {
      {"ua-intelligence", "CT+"},
      {"kremlin", "CT-"},
      {"pentagon", "Uu"},
      {"us", "Uu"},
      {"seoul", "Uu"}
    };
    for (String[] voice : voices) {
      List<Hop> hops = new ArrayList<>();
      if (viaWebsite) {
        hops.add(hop("website", Commitment.UNCOMMITTED));
      }
      hops.add(hop("reuters", Commitment.UNCOMMITTED));
      hops.add(hop(voice[0], commitment(voice[1])));
      chains.add(new Chain.Builder().addAllHops(hops).build());
    }
    return new Dataset.Builder()
        .metadata(new DatasetMetadata.Builder().title("recipe").build())
        .addAllActors(actors())
        .addClaims(claim("x", chains.toArray(Chain[]::new)))
        .addAllClaims(others)
        .addRelations(relations)
        .build();
  }

  private static List<Actor> actors() {
    String[][] actors = {
      {"website", "A website"},
      {"reuters", "Reuters"},
      {"ua-intelligence", "Ukrainian intelligence"},
      {"kremlin", "The Kremlin"},
      {"pentagon", "Pentagon"},
      {"us", "U.S. government"},
      {"seoul", "South Korea"},
      {"outlet", "A Russian outlet"}
    };
    List<Actor> list = new ArrayList<>();
    for (String[] actor : actors) {
      list.add(
          new Actor.Builder()
              .id(ActorId.of(actor[0]))
              .name(actor[1])
              .kind(ActorKind.ORGANIZATION)
              .build());
    }
    return list;
  }

  private static Claim claim(String id, Chain... chains) {
    return new Claim.Builder()
        .id(ClaimId.of(id))
        .proposition("claim " + id)
        .addAttribution(chains)
        .build();
  }

  private static Hop hop(String actor, Commitment commitment) {
    return new Hop.Builder()
        .actor(ActorId.of(actor))
        .mode(ReportingMode.PARAPHRASE)
        .commitment(commitment)
        .build();
  }

  private static Relation relation(String from, RelationKind kind, String to) {
    return new Relation.Builder().from(ClaimId.of(from)).kind(kind).to(ClaimId.of(to)).build();
  }

  private static Commitment commitment(String code) {
    for (Commitment commitment : Commitment.values()) {
      if (commitment.factBankCode().equals(code)) {
        return commitment;
      }
    }
    throw new IllegalArgumentException(code);
  }
}
