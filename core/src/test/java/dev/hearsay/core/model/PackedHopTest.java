package dev.hearsay.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A hop holds its mode, commitment, likelihood and flag in one int: each reads back as built. */
class PackedHopTest {
  private static final ActorId ACTOR = ActorId.of("officials");

  @Test
  void everyMannerReadsBackAsBuilt() {
    List<Hop> hops = new ArrayList<>();
    for (ReportingMode mode : ReportingMode.values()) {
      for (Commitment commitment : Commitment.values()) {
        for (Optional<Likelihood> likelihood : likelihoods()) {
          for (boolean inferred : new boolean[] {false, true}) {
            if (!agrees(commitment, likelihood)) {
              continue;
            }
            Hop hop =
                new Hop.Builder()
                    .actor(ACTOR)
                    .mode(mode)
                    .commitment(commitment)
                    .likelihood(likelihood)
                    .inferred(inferred)
                    .build();

            assertThat(hop.mode()).isEqualTo(mode);
            assertThat(hop.commitment()).isEqualTo(commitment);
            assertThat(hop.likelihood()).isEqualTo(likelihood);
            assertThat(hop.inferred()).isEqualTo(inferred);
            hops.add(hop);
          }
        }
      }
    }
    Set<Hop> distinct = new HashSet<>(hops);
    assertThat(distinct).hasSameSizeAs(hops);
  }

  @Test
  void aCopyChangesOneFieldAndKeepsTheOthers() {
    Hop hop =
        new Hop.Builder()
            .actor(ACTOR)
            .source("report")
            .cue("citing")
            .mode(ReportingMode.DIRECT_QUOTE)
            .commitment(Commitment.PROBABLE)
            .likelihood(Likelihood.LIKELY)
            .time(TimeMention.of("2024-10-25"))
            .inferred(true)
            .build();

    Hop copy = hop.withCommitment(Commitment.POSSIBLE).withLikelihood(Optional.empty());

    assertThat(copy.commitment()).isEqualTo(Commitment.POSSIBLE);
    assertThat(copy.likelihood()).isEmpty();
    assertThat(copy.withCommitment(Commitment.PROBABLE).withLikelihood(Likelihood.LIKELY))
        .isEqualTo(hop)
        .hasSameHashCodeAs(hop)
        .hasToString(hop.toString());
    assertThat(copy.mode()).isEqualTo(ReportingMode.DIRECT_QUOTE);
    assertThat(copy.inferred()).isTrue();
    assertThat(copy.cue()).hasValue("citing");
    assertThat(hop.withInferred(true)).isSameAs(hop);
    assertThat(hop.withInferred(false).inferred()).isFalse();
  }

  private static List<Optional<Likelihood>> likelihoods() {
    List<Optional<Likelihood>> all = new ArrayList<>();
    all.add(Optional.empty());
    for (Likelihood likelihood : Likelihood.values()) {
      all.add(Optional.of(likelihood));
    }
    return all;
  }

  private static boolean agrees(Commitment commitment, Optional<Likelihood> likelihood) {
    boolean mere = commitment == Commitment.POSSIBLE || commitment == Commitment.POSSIBLE_NOT;
    return likelihood.isEmpty() || mere || likelihood.get().polarity() * commitment.polarity() >= 0;
  }
}
