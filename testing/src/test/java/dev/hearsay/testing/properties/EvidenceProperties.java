package dev.hearsay.testing.properties;

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
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.query.Channel;
import dev.hearsay.core.query.Evidence;
import dev.hearsay.core.query.Party;
import dev.hearsay.core.query.ProvenanceIndex;
import dev.hearsay.core.query.TracedChain;
import dev.hearsay.core.query.Voice;
import dev.hearsay.testing.random.Tries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of the evidence on claims of generated datasets. */
class EvidenceProperties {
  private static final int ACTORS = 6;
  private static final int SOURCES = 3;

  @Test
  void partiesAndChannelsKeepTheirDefinitions() {
    Tries.forAll(
        400,
        EvidenceProperties::dataset,
        dataset -> {
          ProvenanceIndex index = ProvenanceIndex.of(dataset);
          for (Claim claim : dataset.claims()) {
            Evidence evidence = index.evidence(claim.id());
            assertThat(evidence.channels().size()).isLessThanOrEqualTo(evidence.parties().size());
            Map<Voice, Party> partyOf = new HashMap<>();
            evidence.parties().forEach(p -> p.voices().forEach(v -> partyOf.put(v, p)));
            Map<TracedChain, Channel> channelOf = new HashMap<>();
            evidence
                .channels()
                .forEach(
                    c ->
                        c.chains()
                            .forEach(
                                ch ->
                                    assertThat(channelOf.put(ch, c))
                                        .as("a chain in one channel")
                                        .isNull()));
            for (Voice a : partyOf.keySet()) {
              assertThat(channelOf).containsKey(a.chain());
              if (a.relation().isEmpty()) {
                assertThat(a.stance()).isEqualTo(a.hop().commitment().stance());
              }
              for (Voice b : partyOf.keySet()) {
                if (a.actor().equals(b.actor())) {
                  assertThat(partyOf.get(a)).isSameAs(partyOf.get(b));
                  assertThat(channelOf.get(a.chain())).isSameAs(channelOf.get(b.chain()));
                }
              }
            }
            for (TracedChain chain : index.trace(claim.id()).chains()) {
              Voice origin =
                  partyOf.keySet().stream()
                      .filter(
                          v -> v.chain().equals(chain) && v.isOrigin() && v.relation().isEmpty())
                      .findFirst()
                      .orElseThrow();
              assertThat(origin.stance()).isEqualTo(chain.stance());
            }
          }
        });
  }

  @Test
  void aRepublisherOnTopOfEveryChainLeavesThePartiesAsTheyWere() {
    Tries.forAll(
        400,
        EvidenceProperties::dataset,
        dataset -> {
          Dataset republished = republished(dataset);
          ProvenanceIndex before = ProvenanceIndex.of(dataset);
          ProvenanceIndex after = ProvenanceIndex.of(republished);
          for (Claim claim : dataset.claims()) {
            assertThat(parties(after.evidence(claim.id())))
                .isEqualTo(parties(before.evidence(claim.id())));
            assertThat(after.evidence(claim.id()).channels().size())
                .isLessThanOrEqualTo(before.evidence(claim.id()).channels().size());
          }
        });
  }

  private static Set<String> parties(Evidence evidence) {
    Set<String> parties = new TreeSet<>();
    for (Party party : evidence.parties()) {
      parties.add(
          party.actors().stream().map(a -> a.id().value()).sorted().collect(Collectors.joining("+"))
              + ":"
              + party.stances());
    }
    return parties;
  }

  /** The dataset with one more hop, by an actor of its own, on top of every chain. */
  private static Dataset republished(Dataset dataset) {
    Hop site =
        new Hop.Builder()
            .actor(ActorId.of("site"))
            .mode(ReportingMode.PARAPHRASE)
            .commitment(Commitment.UNCOMMITTED)
            .build();
    Dataset.Builder builder =
        new Dataset.Builder()
            .metadata(dataset.metadata())
            .addAllActors(dataset.actors())
            .addActor(actor("site"))
            .addAllSources(dataset.sources())
            .addAllRelations(dataset.relations());
    for (Claim claim : dataset.claims()) {
      Claim.Builder copy = new Claim.Builder().id(claim.id()).proposition(claim.proposition());
      for (Chain chain : claim.attribution()) {
        copy.addAttribution(new Chain.Builder().addHops(site).addAllHops(chain.hops()).build());
      }
      builder.addClaim(copy.build());
    }
    return builder.build();
  }

  private static Dataset dataset(Random random) {
    Dataset.Builder builder =
        new Dataset.Builder().metadata(new DatasetMetadata.Builder().title("evidence").build());
    for (int a = 0; a < ACTORS; a++) {
      builder.addActor(actor("a" + a));
    }
    for (int s = 0; s < SOURCES; s++) {
      builder.addSource(
          new Source.Builder().id(SourceId.of("s" + s)).kind(SourceKind.ARTICLE).build());
    }
    int claims = 1 + random.nextInt(5);
    Commitment[] commitments = Commitment.values();
    for (int c = 0; c < claims; c++) {
      Claim.Builder claim = new Claim.Builder().id(ClaimId.of("c" + c)).proposition("claim " + c);
      for (int n = 1 + random.nextInt(4); n > 0; n--) {
        List<Hop> hops = new ArrayList<>();
        int previous = -1;
        for (int h = 1 + random.nextInt(4); h > 0; h--) {
          int actor = random.nextInt(ACTORS);
          if (actor == previous) {
            continue;
          }
          previous = actor;
          Hop.Builder hop =
              new Hop.Builder()
                  .actor(ActorId.of("a" + actor))
                  .mode(ReportingMode.PARAPHRASE)
                  .commitment(
                      random.nextInt(3) == 0
                          ? Commitment.UNCOMMITTED
                          : commitments[random.nextInt(commitments.length)]);
          if (random.nextInt(3) == 0) {
            hop.source(SourceId.of("s" + random.nextInt(SOURCES)));
          }
          hops.add(hop.build());
        }
        claim.addAttribution(new Chain.Builder().addAllHops(hops).build());
      }
      builder.addClaim(claim.build());
    }
    RelationKind[] kinds = RelationKind.values();
    for (int n = random.nextInt(2 * claims); n > 0 && claims > 1; n--) {
      int from = random.nextInt(claims);
      int to = (from + 1 + random.nextInt(claims - 1)) % claims;
      RelationKind kind = kinds[random.nextInt(kinds.length)];
      if (kind == RelationKind.DERIVED_FROM || kind == RelationKind.UPDATES) {
        // only forwards, so that neither forms a cycle
        if (from < to) {
          int swap = from;
          from = to;
          to = swap;
        }
      }
      builder.addRelation(
          new Relation.Builder()
              .from(ClaimId.of("c" + from))
              .kind(kind)
              .to(ClaimId.of("c" + to))
              .build());
    }
    return builder.build();
  }

  private static Actor actor(String id) {
    return new Actor.Builder().id(ActorId.of(id)).name(id).kind(ActorKind.UNKNOWN).build();
  }
}
