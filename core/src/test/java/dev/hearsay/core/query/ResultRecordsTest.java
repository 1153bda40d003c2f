package dev.hearsay.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public result records copy their lists and refuse nulls, naming the component. */
class ResultRecordsTest {
  private final ProvenanceIndex index = ProvenanceIndex.of(ReportShapedFixture.dataset());
  private final Trace trace = index.trace(ReportShapedFixture.SET_TO_JOIN);
  private final Claim claim = trace.claim();
  private final Actor nyt = index.claimsOf(ActorId.of("nyt")).actor();

  @Test
  void listsAreCopiedSoThatLaterChangesDoNotShow() {
    List<Claim> claims = new ArrayList<>(List.of(claim));
    List<TracedChain> chains = new ArrayList<>(trace.chains());
    ActorClaims actorClaims = new ActorClaims(nyt, claims, claims, claims);
    Trace copy = new Trace(claim, chains);
    claims.clear();
    chains.clear();

    assertThat(actorClaims.originated()).containsExactly(claim);
    assertThat(copy.chains()).hasSize(2);
    assertThatThrownBy(() -> actorClaims.about().add(claim))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.chains().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullsAreRefusedWithTheComponentNamed() {
    TracedChain chain = trace.chains().get(0);
    List<Claim> withNull = Arrays.asList(claim, null);

    assertThatThrownBy(() -> new ActorClaims(null, List.of(), List.of(), List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("ActorClaims.actor: must not be null");
    assertThatThrownBy(() -> new ActorClaims(nyt, List.of(), withNull, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ActorClaims.relayed[1]: must not be null");
    assertThatThrownBy(() -> new ActorClaims(nyt, List.of(), List.of(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("ActorClaims.about: must not be null");
    assertThatThrownBy(() -> new Trace(claim, Arrays.asList(chain, null)))
        .isInstanceOf(NullPointerException.class).hasMessage("Trace.chains[1]: must not be null");
    assertThatThrownBy(() -> new TracedChain(claim.id(), 0, chain.chain(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("TracedChain.actors: must not be null");
    assertThatThrownBy(() -> new Independence(claim, null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Independence.backing: must not be null");
    assertThatThrownBy(() -> new Independence.Group(List.of(chain), List.of(),
        Arrays.asList(null, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Independence.Group.sharedSources[0]: must not be null");
    Trace other = index.trace(ReportShapedFixture.THOUSANDS_ARRIVED);
    assertThatThrownBy(() -> new Conflict(trace, other, List.<Relation>of(),
        Arrays.<Event>asList((Event) null)))
        .isInstanceOf(NullPointerException.class).hasMessage("Conflict.events[0]: must not be null");
  }

  @Test
  void anIndependenceHasAtLeastOneGroup() {
    assertThatThrownBy(() -> new Independence(claim, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Independence.groups");
    assertThat(index.independence(ReportShapedFixture.SET_TO_JOIN).count()).isEqualTo(1);
  }
}
