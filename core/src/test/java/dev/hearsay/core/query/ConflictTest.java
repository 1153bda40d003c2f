package dev.hearsay.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.RelationKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictTest {
  @Test
  void theJournalistsAndYermakDisagreeByRelationAndOnTheCombatEvent() {
    ProvenanceIndex index = ProvenanceIndex.of(ReportShapedFixture.dataset());

    Conflict conflict = index.conflicts().get(0);

    assertThat(index.conflicts()).hasSize(1);
    assertThat(conflict.first().claim().id()).isEqualTo(ReportShapedFixture.NOT_IN_COMBAT);
    assertThat(conflict.second().claim().id()).isEqualTo(ReportShapedFixture.YERMAK);
    assertThat(conflict.contradictions()).hasSize(1);
    assertThat(conflict.events()).extracting(Event::id).containsExactly(ReportShapedFixture.COMBAT);
    assertThat(conflict.first().lines()).containsExactly("report <- The New York Times");
    assertThat(conflict.second().lines()).containsExactly("report <- Andriy Yermak");
  }

  @Test
  void perClaimConflictsPutThatClaimFirst() {
    ProvenanceIndex index = ProvenanceIndex.of(ReportShapedFixture.dataset());

    List<Conflict> conflicts = index.conflicts(ReportShapedFixture.YERMAK);

    assertThat(conflicts).singleElement().satisfies(c -> {
      assertThat(c.first().claim().id()).isEqualTo(ReportShapedFixture.YERMAK);
      assertThat(c.second().claim().id()).isEqualTo(ReportShapedFixture.NOT_IN_COMBAT);
    });
    assertThat(index.conflicts(ReportShapedFixture.ARMS_VALUE)).isEmpty();
  }

  @Test
  void opposedOriginsOnOneEventConflictWithoutARelation() {
    ProvenanceIndex index = new Synthetic()
        .claim("yes", "r<-a:PR+")
        .claim("no", "r<-b:CT-")
        .claim("maybe", "r<-c:Uu")
        .claim("also-yes", "r<-d<-e:PS+")
        .event("e1", null, "yes", "no", "maybe", "also-yes")
        .index();

    List<Conflict> conflicts = index.conflicts();

    assertThat(conflicts).extracting(c -> c.first().claim().id().value() + "/"
        + c.second().claim().id().value()).containsExactly("yes/no", "no/also-yes");
    assertThat(conflicts).allSatisfy(c -> assertThat(c.contradictions()).isEmpty());
    assertThat(index.conflicts(ClaimId.of("maybe"))).isEmpty();
    assertThat(index.conflicts(ClaimId.of("yes"))).extracting(c -> c.second().claim().id().value())
        .containsExactly("no");
    assertThat(index.conflicts(ClaimId.of("no"))).extracting(c -> c.second().claim().id().value())
        .containsExactly("yes", "also-yes");
    assertThat(index.conflicts(ClaimId.of("also-yes")))
        .singleElement().satisfies(c -> {
          assertThat(c.first().claim().id().value()).isEqualTo("also-yes");
          assertThat(c.second().claim().id().value()).isEqualTo("no");
          assertThat(c.events()).extracting(e -> e.id().value()).containsExactly("e1");
        });
  }

  @Test
  void onlyOriginsCountNotTheRelayersCommitment() {
    ProvenanceIndex index = new Synthetic()
        .claim("x", "r:CT-<-a:CT+")
        .claim("y", "r<-b:CT+")
        .event("e1", null, "x", "y")
        .index();

    assertThat(index.conflicts()).isEmpty();
  }

  @Test
  void claimsOnDifferentEventsDoNotConflictAndAContradictionAloneDoes() {
    ProvenanceIndex index = new Synthetic()
        .claim("x", "r<-a:CT+")
        .claim("y", "r<-b:CT-")
        .claim("z", "r<-c")
        .event("e1", null, "x")
        .event("e2", null, "y")
        .relation("z", RelationKind.CONTRADICTS, "x")
        .index();

    assertThat(index.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.first().claim().id().value()).isEqualTo("x");
      assertThat(c.second().claim().id().value()).isEqualTo("z");
      assertThat(c.events()).isEmpty();
    });
  }
}
