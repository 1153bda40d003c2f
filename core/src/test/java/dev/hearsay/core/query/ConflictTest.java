package dev.hearsay.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.Stance;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConflictTest {
  @Test
  void theJournalistsAndYermakConflictByRelationAndOnTheCombatEvent() {
    ProvenanceIndex index = ProvenanceIndex.of(ReportShapedFixture.dataset());

    List<Conflict> conflicts = index.conflicts();

    assertThat(conflicts)
        .extracting(Conflict::kind)
        .containsExactly(Conflict.Kind.CONTRADICTION, Conflict.Kind.OPPOSED_ON_EVENT);
    assertThat(conflicts)
        .allSatisfy(
            c -> {
              assertThat(c.first().claim().id()).isEqualTo(ReportShapedFixture.NOT_IN_COMBAT);
              assertThat(c.second().claim().id()).isEqualTo(ReportShapedFixture.YERMAK);
            });
    Conflict onEvent = conflicts.get(1);
    assertThat(onEvent.event()).map(e -> e.id()).contains(ReportShapedFixture.COMBAT);
    assertThat(onEvent.first().stance()).isEqualTo(Stance.AGAINST);
    assertThat(onEvent.second().stance()).isEqualTo(Stance.FOR);
    assertThat(onEvent.first().chains())
        .extracting(TracedChain::line)
        .containsExactly("report <- The New York Times");
    assertThat(onEvent.second().chains())
        .extracting(TracedChain::line)
        .containsExactly("report <- Andriy Yermak");
    Conflict byRelation = conflicts.get(0);
    assertThat(byRelation.relation()).isPresent();
    assertThat(byRelation.first().stance()).isEqualTo(Stance.FOR);
    assertThat(byRelation.first().voices()).isEmpty();
    assertThat(byRelation.second().voices()).hasSize(1);
  }

  @Test
  void perClaimConflictsPutThatClaimFirst() {
    ProvenanceIndex index = ProvenanceIndex.of(ReportShapedFixture.dataset());

    List<Conflict> conflicts = index.conflicts(ReportShapedFixture.YERMAK);

    assertThat(conflicts)
        .hasSize(2)
        .allSatisfy(
            c -> {
              assertThat(c.first().claim().id()).isEqualTo(ReportShapedFixture.YERMAK);
              assertThat(c.second().claim().id()).isEqualTo(ReportShapedFixture.NOT_IN_COMBAT);
            });
    assertThat(index.conflicts(ReportShapedFixture.ARMS_VALUE)).isEmpty();
  }

  @Test
  void aClaimWhoseOwnPartiesDisagreeIsAConflictWithinIt() {
    ProvenanceIndex index =
        new Synthetic()
            .claim("x", "reuters<-ua-intelligence:CT+", "reuters<-kremlin:CT-", "reuters<-us:Uu")
            .claim("y", "outlet:CT-<-ua-intelligence:CT+")
            .claim("z", "r<-a", "r<-b:PS+")
            .index();

    List<Conflict> conflicts = index.conflicts();

    assertThat(conflicts).extracting(c -> c.first().claim().id().value()).containsExactly("x", "y");
    assertThat(conflicts)
        .allSatisfy(
            c -> {
              assertThat(c.kind()).isEqualTo(Conflict.Kind.PARTIES_DISAGREE);
              assertThat(c.second().claim()).isEqualTo(c.first().claim());
              assertThat(c.first().stance()).isEqualTo(Stance.FOR);
              assertThat(c.second().stance()).isEqualTo(Stance.AGAINST);
            });
    assertThat(conflicts.get(0).second().voices())
        .extracting(v -> v.actor().name())
        .containsExactly("kremlin");
    assertThat(conflicts.get(1).first().chains()).isEqualTo(conflicts.get(1).second().chains());
    assertThat(index.conflicts(ClaimId.of("y"))).singleElement().isEqualTo(conflicts.get(1));
    assertThat(index.conflicts(ClaimId.of("z"))).isEmpty();
  }

  @Test
  void opposedVoicesOnOneEventConflict() {
    ProvenanceIndex index =
        new Synthetic()
            .claim("yes", "r<-a:PR+")
            .claim("no", "r<-b:CT-")
            .claim("maybe", "r<-c:Uu")
            .claim("also-yes", "r<-d<-e:PS+")
            .event("e1", null, "yes", "no", "maybe", "also-yes")
            .index();

    List<Conflict> conflicts = index.conflicts();

    assertThat(conflicts)
        .extracting(c -> c.first().claim().id().value() + "/" + c.second().claim().id().value())
        .containsExactly("yes/no", "no/also-yes");
    assertThat(conflicts)
        .allSatisfy(
            c -> {
              assertThat(c.kind()).isEqualTo(Conflict.Kind.OPPOSED_ON_EVENT);
              assertThat(c.relation()).isEmpty();
            });
    assertThat(conflicts.get(1).first().stance()).isEqualTo(Stance.AGAINST);
    assertThat(index.conflicts(ClaimId.of("maybe"))).isEmpty();
    assertThat(index.conflicts(ClaimId.of("no")))
        .extracting(c -> c.second().claim().id().value())
        .containsExactly("yes", "also-yes");
    assertThat(index.conflicts(ClaimId.of("also-yes")))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.first().claim().id().value()).isEqualTo("also-yes");
              assertThat(c.first().stance()).isEqualTo(Stance.FOR);
              assertThat(c.second().claim().id().value()).isEqualTo("no");
            });
  }

  @Test
  void aRelayThatDissentsTakesItsClaimToBothSidesOfAnEvent() {
    ProvenanceIndex index =
        new Synthetic()
            .claim("x", "r:CT-<-a:CT+")
            .claim("y", "r<-b:CT+")
            .event("e1", null, "x", "y")
            .index();

    assertThat(index.conflicts())
        .extracting(Conflict::kind)
        .containsExactly(Conflict.Kind.PARTIES_DISAGREE, Conflict.Kind.OPPOSED_ON_EVENT);
    assertThat(index.conflicts().get(1).first().voices())
        .singleElement()
        .satisfies(v -> assertThat(v.isOrigin()).isFalse());
  }

  @Test
  void anAgreeingOrUncommittedRelayIsNoSide() {
    ProvenanceIndex index =
        new Synthetic()
            .claim("x", "r:PR+<-a:CT+")
            .claim("y", "r:Uu<-b:CT+")
            .event("e1", null, "x", "y")
            .index();

    assertThat(index.conflicts()).isEmpty();
  }

  @Test
  void opposedClaimsAboutTimesThatCannotOverlapDoNotConflict() {
    ProvenanceIndex index =
        new Synthetic()
            .claim("not-yet", "r<-journalists:CT-")
            .claim("expected", "r<-zelensky:PR+")
            .claim("by-then", "r<-yermak:CT+")
            .aboutTime("not-yet", "2024-10-25")
            .aboutTime("expected", "2024-10-27/2024-10-28")
            .aboutTime("by-then", "../2024-10-28")
            .event("combat", null, "not-yet", "expected", "by-then")
            .index();

    assertThat(index.conflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.first().claim().id().value()).isEqualTo("not-yet");
              assertThat(c.second().claim().id().value()).isEqualTo("by-then");
            });
  }

  @Test
  void aClaimWithoutATimeIsAboutItsEventsTime() {
    ProvenanceIndex index =
        new Synthetic()
            .claim("before", "r<-a:CT-")
            .claim("on-the-day", "r<-b:CT+")
            .claim("undated", "r<-c:CT+")
            .aboutTime("before", "2024-10-20")
            .event("e1", "2024-10-27", "before", "on-the-day")
            .event("e2", null, "before", "undated")
            .event("e3", "2024-10-20?", "before", "on-the-day")
            .index();

    assertThat(index.conflicts())
        .extracting(
            c -> c.event().orElseThrow().id().value() + ":" + c.second().claim().id().value())
        .containsExactly("e3:on-the-day", "e2:undated");
  }

  @Test
  void claimsOnDifferentEventsDoNotConflictAndAContradictionAloneDoes() {
    ProvenanceIndex index =
        new Synthetic()
            .claim("x", "r<-a:CT+")
            .claim("y", "r<-b:CT-")
            .claim("z", "r<-c")
            .event("e1", null, "x")
            .event("e2", null, "y")
            .relation("z", RelationKind.CONTRADICTS, "x")
            .index();

    assertThat(index.conflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Conflict.Kind.CONTRADICTION);
              assertThat(c.first().claim().id().value()).isEqualTo("x");
              assertThat(c.second().claim().id().value()).isEqualTo("z");
              assertThat(c.event()).isEmpty();
            });
  }

  @Test
  void aConflictsGroundMustFitItsKind() {
    ProvenanceIndex index =
        new Synthetic().claim("x", "r<-a:CT+", "r<-b:CT-").claim("y", "r<-c:CT+").index();
    Conflict within = index.conflicts().get(0);
    Conflict.Side forX = within.first();
    Conflict.Side againstX = within.second();

    assertThatThrownBy(
            () ->
                new Conflict(
                    Conflict.Kind.CONTRADICTION,
                    forX,
                    againstX,
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs its relation");
    assertThatThrownBy(
            () ->
                new Conflict(
                    Conflict.Kind.PARTIES_DISAGREE, forX, forX, Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("for and against");
    assertThatThrownBy(
            () -> new Conflict.Side(within.first().claim(), Stance.FOR, againstX.voices()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a voice FOR");
    assertThatThrownBy(() -> new Conflict.Side(within.first().claim(), Stance.NEITHER, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("for or against");
  }
}
