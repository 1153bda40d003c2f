package dev.hearsay.core.corpus;

import static dev.hearsay.core.corpus.Reports.FOR;
import static dev.hearsay.core.corpus.Reports.RELAY;
import static dev.hearsay.core.corpus.Reports.article;
import static dev.hearsay.core.corpus.Reports.chain;
import static dev.hearsay.core.corpus.Reports.claim;
import static dev.hearsay.core.corpus.Reports.corpus;
import static dev.hearsay.core.corpus.Reports.dataset;
import static dev.hearsay.core.corpus.Reports.hop;
import static dev.hearsay.core.corpus.Reports.outlet;
import static dev.hearsay.core.corpus.Reports.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.internal.GatheredVoices;
import dev.hearsay.core.internal.IndexVoices;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.query.Evidence;
import dev.hearsay.core.query.Party;
import dev.hearsay.core.query.ProvenanceIndex;
import dev.hearsay.core.query.Voice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The voices a corpus takes from each dataset, without the dataset's parties and channels, are
 * the voices of the dataset's evidence, party by party, in the same order; a claim's own voices
 * through the links are the same with the related claims' left out.
 */
class DatasetVoicesTest {
  private static final Commitment[] COMMITMENTS = {
    Commitment.PROBABLE,
    Commitment.CERTAIN,
    Commitment.CERTAIN_NOT,
    Commitment.UNCOMMITTED,
    Commitment.UNCOMMITTED,
    Commitment.CERTAIN_UNKNOWN_POLARITY
  };
  private static final RelationKind[] KINDS = {
    RelationKind.SUPPORTS,
    RelationKind.CONTRADICTS,
    RelationKind.DUPLICATES,
    RelationKind.UNDERMINES,
    RelationKind.ELABORATES
  };

  /**
   * Reports whose few actors and sources recur on many chains, so that a claim's parties gather
   * voices from several chains, own and related, out of the order in which they are found.
   */
  private static CorpusIndex generated(long seed, int reports) {
    Random random = new Random(seed);
    Corpus.Builder builder = corpus();
    for (int r = 0; r < reports; r++) {
      Dataset.Builder report =
          dataset("Report " + r)
              .addActors(outlet("a0"), outlet("a1"), person("a2", "P2"), person("a3", "P3"))
              .addActors(person("a4", "P4"), person("a5", "P5"))
              .addSources(article("s0"), article("s1"), article("s2"));
      int claims = 4 + random.nextInt(5);
      for (int c = 0; c < claims; c++) {
        Claim.Builder claim =
            new Claim.Builder().id("c" + c).proposition("Proposition " + c + " of " + r + ".");
        int chains = 1 + random.nextInt(4);
        for (int k = 0; k < chains; k++) {
          int length = 1 + random.nextInt(3);
          Hop[] hops = new Hop[length];
          int actor = -1;
          for (int h = 0; h < length; h++) {
            // No actor relays itself: the next hop's actor is another.
            actor = (actor + 1 + random.nextInt(5)) % 6;
            Hop.Builder hop =
                new Hop.Builder()
                    .actor("a" + actor)
                    .mode(ReportingMode.PARAPHRASE)
                    .commitment(COMMITMENTS[random.nextInt(COMMITMENTS.length)]);
            if (random.nextInt(3) == 0) {
              hop.source("s" + random.nextInt(3));
            }
            hops[h] = hop.build();
          }
          claim.addAttribution(Chain.of(hops));
        }
        report.addClaims(claim.build());
        for (int other = 0; other < c; other++) {
          if (random.nextInt(3) == 0) {
            report.addRelations(
                Relation.of(
                    ClaimId.of("c" + c),
                    KINDS[random.nextInt(KINDS.length)],
                    ClaimId.of("c" + other)));
          }
        }
      }
      builder.add("r" + r, report.build());
    }
    return CorpusIndex.of(builder.build());
  }

  private static List<Voice> flattened(Evidence evidence) {
    List<Voice> voices = new ArrayList<>();
    for (Party party : evidence.parties()) {
      voices.addAll(party.voices());
    }
    return voices;
  }

  /**
   * The order in which the evidence finds its voices: the claim's own chains, then the related
   * claims' in the order of the counted relations; on each chain, the innermost hop first.
   */
  private static List<Voice> foundOrder(Evidence evidence) {
    Comparator<Voice> found =
        Comparator.<Voice>comparingInt(
                v -> v.relation().map(evidence.counted()::indexOf).orElse(-1))
            .thenComparingInt(v -> v.chain().index())
            .thenComparingInt(v -> -v.hopIndex());
    return flattened(evidence).stream().sorted(found).toList();
  }

  /** Checks every claim of every dataset; returns how many were gathered out of found order. */
  private static int checkEveryClaim(CorpusIndex index) {
    int reordered = 0;
    for (DatasetId id : index.corpus().datasets().keySet()) {
      ProvenanceIndex dataset = index.index(id);
      for (Claim claim : dataset.dataset().claims()) {
        Evidence evidence = dataset.evidence(claim.id());
        GatheredVoices gathered = IndexVoices.of(dataset, claim.id());

        assertThat(gathered.voices()).as("%s %s", id, claim.id()).isEqualTo(flattened(evidence));
        assertThat(gathered.claim()).isSameAs(evidence.claim());
        assertThat(gathered.counted()).isEqualTo(evidence.counted());
        assertThat(gathered.undermining()).isEqualTo(evidence.undermining());
        assertThat(index.ownVoices(new ClaimRef(id, claim.id())))
            .isEqualTo(flattened(evidence).stream().filter(v -> v.relation().isEmpty()).toList());
        if (!foundOrder(evidence).equals(flattened(evidence))) {
          reordered++;
        }
      }
    }
    return reordered;
  }

  @Test
  void aRelatedClaimsVoiceThatJoinsTwoPartiesBringsTheLaterOneForward() {
    // Three officials relayed by one outlet; the third cites an article. A claim that duplicates
    // it has the first officials cite that article: their party takes the third officials'.
    Dataset report =
        dataset("Report")
            .addActors(outlet("outlet"), person("x", "X"), person("y", "Y"), person("z", "Z"))
            .addSources(article("s"))
            .addClaims(
                claim(
                    "c0",
                    chain(hop("outlet", RELAY), hop("x", FOR)),
                    chain(hop("outlet", RELAY), hop("y", FOR)),
                    chain(hop("outlet", RELAY), hop("z", "s", FOR))),
                claim("c1", hop("outlet", RELAY), hop("x", "s", FOR)))
            .addRelations(Relation.of(ClaimId.of("c1"), RelationKind.DUPLICATES, ClaimId.of("c0")))
            .build();
    CorpusIndex index = CorpusIndex.of(corpus().add("r", report).build());
    ProvenanceIndex dataset = index.index(DatasetId.of("r"));

    List<Voice> voices = IndexVoices.of(dataset, ClaimId.of("c0")).voices();

    assertThat(voices).isEqualTo(flattened(dataset.evidence(ClaimId.of("c0"))));
    assertThat(voices.stream().map(v -> v.hop().actor().value()))
        .containsExactly("x", "z", "x", "y");
    assertThat(index.ownVoices(ClaimRef.of("r", "c0")).stream().map(v -> v.hop().actor().value()))
        .containsExactly("x", "z", "y");
  }

  @Test
  void theVoicesOfAGeneratedCorpusComeInTheOrderOfTheirDatasetsParties() {
    int reordered = 0;
    for (long seed = 1; seed <= 5; seed++) {
      reordered += checkEveryClaim(generated(seed, 20));
    }
    // Claims whose parties take voices out of the order found, which the comparison must meet.
    assertThat(reordered).isGreaterThan(20);
  }
}
