package dev.hearsay.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Stance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
    ActorClaims actorClaims = new ActorClaims(nyt, claims, claims, claims, claims, claims);
    Trace copy = new Trace(claim, chains);
    claims.clear();
    chains.clear();

    assertThat(actorClaims.asserted()).containsExactly(claim);
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

    List<Claim> none = List.of();
    assertThatThrownBy(() -> new ActorClaims(null, none, none, none, none, none))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ActorClaims.actor: must not be null");
    assertThatThrownBy(() -> new ActorClaims(nyt, none, none, none, withNull, none))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ActorClaims.relayed[1]: must not be null");
    assertThatThrownBy(() -> new ActorClaims(nyt, none, none, none, none, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ActorClaims.about: must not be null");
    assertThatThrownBy(() -> new Trace(claim, Arrays.asList(chain, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Trace.chains[1]: must not be null");
    assertThatThrownBy(() -> new TracedChain(claim.id(), 0, chain.chain(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("TracedChain.actors: must not be null");
    Evidence evidence = index.evidence(ReportShapedFixture.SET_TO_JOIN);
    assertThatThrownBy(
            () -> new Evidence(claim, null, List.of(), evidence.parties(), evidence.channels()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Evidence.counted: must not be null");
    assertThatThrownBy(
            () ->
                new Channel(
                    List.of(chain), evidence.parties(), List.of(), Arrays.asList(null, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Channel.sharedSources[0]: must not be null");
    assertThatThrownBy(() -> new Voice(chain, 0, null, Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Voice.stance: must not be null");
    assertThatThrownBy(() -> new Conflict.Side(claim, Stance.FOR, Arrays.asList((Voice) null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Conflict.Side.voices[0]: must not be null");
  }

  @Test
  void evidenceHasAPartyAndNoMoreChannelsThanParties() {
    Evidence evidence = index.evidence(ReportShapedFixture.SET_TO_JOIN);
    Channel channel = evidence.channels().get(0);
    Channel again = new Channel(channel.chains(), channel.parties(), List.of(), List.of());

    assertThatThrownBy(() -> new Evidence(claim, List.of(), List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one party and one channel");
    assertThatThrownBy(
            () ->
                new Evidence(
                    claim,
                    List.of(),
                    List.of(),
                    evidence.parties(),
                    List.of(channel, again, again)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Evidence: 3 channels for 2 parties; every channel carries a party of its" + " own");
    assertThatThrownBy(() -> new Party(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Party.voices: must not be empty");
    assertThatThrownBy(() -> new Voice(channel.chains().get(0), 3, Stance.FOR, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 is not a hop of claims[c-set-to-join].attribution[0]");
  }
}
