package dev.hearsay.core.query;

import static dev.hearsay.core.query.DerivationLoopTest.derivationLoops;
import static dev.hearsay.core.query.DerivationLoopTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.query.CircularReporting.DerivationLoop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Derivation loops in datasets large enough that a search from every claim would not finish in
 * time. The timeouts guard against such a search coming back; they are not benchmarks. Building
 * the datasets is outside the timed tests.
 */
class DerivationLoopScaleTest {
  private static final int CHAIN = 100_000;
  private static final int FAN = 50_000;
  private static Dataset chain;
  private static Dataset fan;

  /**
   * A chain of 100,000 claims, each derived from the next. The head is relayed by the blog, which
   * originated the tail; the claims between are relayed by the wire and originated by the agency.
   */
  private static Dataset chain() {
    Synthetic data = new Synthetic().claim("c0", "blog<-wire");
    for (int i = 1; i < CHAIN - 1; i++) {
      data.claim("c" + i, "wire<-agency");
    }
    data.claim("c" + (CHAIN - 1), "agency<-blog");
    for (int i = 0; i < CHAIN - 1; i++) {
      data.relation("c" + i, RelationKind.DERIVED_FROM, "c" + (i + 1));
    }
    return data.build();
  }

  /**
   * 50,000 claims relayed by the blog derive from one hub, which derives from 50,000 claims, only
   * the last of which the blog originated.
   */
  private static Dataset fan() {
    Synthetic data = new Synthetic().claim("hub", "wire<-agency");
    for (int i = 0; i < FAN; i++) {
      data.claim("d" + i, "blog<-agency");
      data.relation("d" + i, RelationKind.DERIVED_FROM, "hub");
    }
    for (int i = 0; i < FAN; i++) {
      data.claim("f" + i, i == FAN - 1 ? "agency<-blog" : "wire<-agency");
      data.relation("hub", RelationKind.DERIVED_FROM, "f" + i);
    }
    return data.build();
  }

  @BeforeAll
  static void build() {
    chain = chain();
    fan = fan();
  }

  @Test
  @Timeout(10)
  void aLongChainOfDerivationsIsSearchedOnce() {
    List<DerivationLoop> loops = derivationLoops(ProvenanceIndex.of(chain));

    assertThat(loops.size()).isEqualTo(1);
    DerivationLoop loop = loops.get(0);
    assertThat(loop.actor().name()).isEqualTo("blog");
    List<ClaimId> expected = new ArrayList<>(CHAIN);
    for (int i = 0; i < CHAIN; i++) {
      expected.add(ClaimId.of("c" + i));
    }
    assertSameInOrder(loop.path(), expected);
  }

  @Test
  @Timeout(10)
  void aWideFanIsSearchedOnce() {
    List<DerivationLoop> loops = derivationLoops(ProvenanceIndex.of(fan));

    assertThat(loops.size()).isEqualTo(FAN);
    List<String> found = new ArrayList<>(FAN);
    List<String> expected = new ArrayList<>(FAN);
    for (int i = 0; i < FAN; i++) {
      DerivationLoop loop = loops.get(i);
      found.add(String.join(">", ids(loop)) + " " + loop.actor().name());
      expected.add("d" + i + ">hub>f" + (FAN - 1) + " blog");
    }
    assertSameInOrder(found, expected);
  }

  /** Equal lists, checked without printing 100,000 elements when they are not. */
  private static void assertSameInOrder(List<?> actual, List<?> expected) {
    assertThat(actual.size()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      if (!actual.get(i).equals(expected.get(i))) {
        assertThat(actual.get(i)).as("element %d", i).isEqualTo(expected.get(i));
      }
    }
  }
}
