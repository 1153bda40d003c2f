package dev.hearsay.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.query.CircularReporting.ChainLoop;
import dev.hearsay.core.query.CircularReporting.CitationLoop;
import dev.hearsay.core.query.CircularReporting.DerivationLoop;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CircularReportingTest {
  @Test
  void theWorkedReportHasNoLoop() {
    assertThat(ProvenanceIndex.of(ReportShapedFixture.dataset()).circularReporting()).isEmpty();
  }

  @Test
  void anActorComingBackToItsChainIsALoop() {
    ProvenanceIndex index = new Synthetic().claim("x", "report<-a<-b<-a").index();

    assertThat(index.circularReporting())
        .singleElement()
        .isInstanceOfSatisfying(
            ChainLoop.class,
            loop -> {
              assertThat(loop.first()).isEqualTo(1);
              assertThat(loop.again()).isEqualTo(3);
              assertThat(loop.actor()).contains(ActorId.of("a"));
              assertThat(loop.source()).isEmpty();
              assertThat(loop.description())
                  .isEqualTo(
                      "claims[x].attribution[0] comes back to 'a' at hops 1 and 3:"
                          + " report <- a <- b <- a");
            });
  }

  @Test
  void aSourceComingBackAfterAnotherIsALoopButARunOfOneSourceIsNot() {
    ProvenanceIndex index =
        new Synthetic().claim("x", "r@s1<-a@s1<-b@s1").claim("y", "r@s1<-a@s2<-b@s1").index();

    assertThat(index.circularReporting())
        .singleElement()
        .isInstanceOfSatisfying(
            ChainLoop.class,
            loop -> {
              assertThat(loop.chain().claim()).isEqualTo(ClaimId.of("y"));
              assertThat(loop.source()).contains(SourceId.of("s1"));
              assertThat(loop.actor()).isEmpty();
              assertThat(loop.first()).isEqualTo(0);
              assertThat(loop.again()).isEqualTo(2);
            });
  }

  @Test
  void aClaimDerivedFromWhatItsRelayerOriginatedIsALoop() {
    ProvenanceIndex index =
        new Synthetic()
            .claim("x", "wiki<-paper")
            .claim("y", "paper<-blog")
            .claim("z", "blog<-wiki")
            .relation("x", RelationKind.DERIVED_FROM, "y")
            .relation("y", RelationKind.DERIVED_FROM, "z")
            .index();

    assertThat(index.circularReporting())
        .singleElement()
        .isInstanceOfSatisfying(
            DerivationLoop.class,
            loop -> {
              assertThat(loop.path()).extracting(Object::toString).containsExactly("x", "y", "z");
              assertThat(loop.actor().name()).isEqualTo("wiki");
            });
  }

  @Test
  void aDerivationFromTheSameOriginIsNotALoop() {
    ProvenanceIndex index =
        new Synthetic()
            .claim("x", "report<-officials")
            .claim("y", "report<-officials")
            .relation("x", RelationKind.DERIVED_FROM, "y")
            .index();

    assertThat(index.circularReporting()).isEmpty();
  }

  @Test
  void sourcesCitingThemselvesThroughOthersAreALoop() {
    ProvenanceIndex index =
        new Synthetic()
            .source("a", "b")
            .source("b", "c", "d")
            .source("c", "a")
            .source("d")
            .source("e", "a")
            .index();

    assertThat(index.circularReporting())
        .singleElement()
        .isInstanceOfSatisfying(
            CitationLoop.class,
            loop -> {
              assertThat(loop.sources()).extracting(SourceId::value).containsExactly("a", "b", "c");
              assertThat(loop.route())
                  .extracting(SourceId::value)
                  .containsExactly("a", "b", "c", "a");
              assertThat(loop.description())
                  .isEqualTo("sources cite themselves: a cites b cites c" + " cites a");
            });
  }

  @Test
  void twoSeparateCirclesAreTwoLoopsInTheOrderOfTheirFirstSource() {
    ProvenanceIndex index =
        new Synthetic().source("p", "q").source("a", "b").source("b", "a").source("q", "p").index();

    assertThat(index.circularReporting())
        .extracting(l -> ((CitationLoop) l).route().get(0).value())
        .containsExactly("p", "a");
  }

  @Test
  void aChainLoopNamesExactlyOneActorOrSourceThatIsOnBothHops() {
    TracedChain chain =
        new Synthetic()
            .claim("x", "report<-a@s<-b<-a@s")
            .index()
            .trace(ClaimId.of("x"))
            .chains()
            .get(0);

    assertThat(ChainLoop.ofSource(chain, 1, 3).source()).contains(SourceId.of("s"));
    assertThatThrownBy(
            () ->
                new ChainLoop(
                    chain, 1, 3, Optional.of(ActorId.of("a")), Optional.of(SourceId.of("s"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly one");
    assertThatThrownBy(() -> new ChainLoop(chain, 1, 3, Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly one");
    assertThatThrownBy(
            () -> new ChainLoop(chain, 1, 3, Optional.of(ActorId.of("b")), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'b' is not on both hops 1 and 3");
    assertThatThrownBy(() -> ChainLoop.ofActor(chain, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("non-adjacent");
    assertThatThrownBy(() -> ChainLoop.ofSource(chain, 0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hop 0")
        .hasMessageContaining("has no source");
    assertThatThrownBy(() -> new ChainLoop(chain, 1, 3, null, Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ChainLoop.actor: must not be null");
  }

  @Test
  void loopPathsAndRoutesAreCopiedAndChecked() {
    List<ClaimId> path = new ArrayList<>(List.of(ClaimId.of("x"), ClaimId.of("y")));
    DerivationLoop loop =
        new DerivationLoop(path, new Synthetic().claim("x", "a<-b").build().actors().get(0));
    path.add(ClaimId.of("z"));

    assertThat(loop.path()).hasSize(2);
    assertThatThrownBy(() -> loop.path().add(ClaimId.of("z")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () ->
                new DerivationLoop(
                    List.of(ClaimId.of("x"), ClaimId.of("y"), ClaimId.of("x")), loop.actor()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> new DerivationLoop(Arrays.asList(ClaimId.of("x"), null), loop.actor()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("DerivationLoop.path[1]: must not be null");
    assertThatThrownBy(
            () ->
                new CitationLoop(
                    List.of(SourceId.of("a"), SourceId.of("b")),
                    List.of(SourceId.of("a"), SourceId.of("c"), SourceId.of("a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not one of [a, b]");
  }
}
