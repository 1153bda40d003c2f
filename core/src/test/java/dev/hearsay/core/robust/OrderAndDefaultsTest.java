package dev.hearsay.core.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Bound;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.CountUnit;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.query.CircularReporting;
import dev.hearsay.core.query.Conflict;
import dev.hearsay.core.query.ProvenanceIndex;
import dev.hearsay.core.time.EdtfSyntaxException;
import dev.hearsay.core.time.ImpreciseTime;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Orders that the queries promise, defaults that the model promises, and limits at their edge. */
class OrderAndDefaultsTest {

  private static Claim claim(String id) {
    return new Claim.Builder()
        .id(ClaimId.of(id))
        .proposition("claim " + id)
        .addAttribution(
            Chain.of(
                new Hop.Builder()
                    .actor(ActorId.of("a"))
                    .mode(ReportingMode.PARAPHRASE)
                    .commitment(Commitment.CERTAIN)
                    .build()))
        .build();
  }

  private static Relation contradiction(String from, String to) {
    return new Relation.Builder()
        .from(ClaimId.of(from))
        .kind(RelationKind.CONTRADICTS)
        .to(ClaimId.of(to))
        .build();
  }

  private static Dataset.Builder dataset() {
    return new Dataset.Builder()
        .metadata(new DatasetMetadata.Builder().title("order").build())
        .addActor(new Actor.Builder().id(ActorId.of("a")).name("A").kind(ActorKind.PERSON).build());
  }

  @Test
  void conflictsComeInTheDatasetsOrderWithTheEarlierClaimFirst() {
    Dataset dataset =
        dataset()
            .addClaims(claim("c0"), claim("c1"), claim("c2"))
            .addRelations(
                contradiction("c2", "c1"), contradiction("c2", "c0"), contradiction("c1", "c0"))
            .build();

    List<Conflict> conflicts = ProvenanceIndex.of(dataset).conflicts();

    assertThat(conflicts)
        .extracting(c -> c.first().claim().id().value() + "-" + c.second().claim().id().value())
        .containsExactly("c0-c1", "c0-c2", "c1-c2");
  }

  @Test
  void conflictsOfOneClaimPutItFirstAndFollowTheDatasetsOrder() {
    Dataset dataset =
        dataset()
            .addClaims(claim("c0"), claim("c1"), claim("c2"))
            .addRelations(contradiction("c2", "c1"), contradiction("c0", "c1"))
            .build();

    assertThat(ProvenanceIndex.of(dataset).conflicts(ClaimId.of("c1")))
        .extracting(c -> c.first().claim().id().value() + "-" + c.second().claim().id().value())
        .containsExactly("c1-c0", "c1-c2");
  }

  @Test
  void citationLoopsComeInTheOrderOfTheirFirstSource() {
    Dataset dataset =
        dataset()
            .addSources(
                source("s0", "s1"), source("s1", "s0"), source("s2", "s3"), source("s3", "s2"))
            .addClaims(claim("c0"))
            .build();

    List<CircularReporting> loops = ProvenanceIndex.of(dataset).circularReporting();

    assertThat(loops).hasSize(2);
    assertThat(loops.get(0).toString()).contains("s0").doesNotContain("s2");
    assertThat(loops.get(1).toString()).contains("s2").doesNotContain("s0");
  }

  private static Source source(String id, String cites) {
    return new Source.Builder()
        .id(SourceId.of(id))
        .kind(SourceKind.ARTICLE)
        .addCites(SourceId.of(cites))
        .build();
  }

  @Test
  void flagsAreFalseUnlessSet() {
    Quantity quantity =
        new Quantity.Builder()
            .name("troops")
            .estimate(BigDecimal.TEN)
            .unit(new CountUnit("soldier"))
            .build();

    assertThat(quantity.approximate()).isFalse();
    assertThat(TimeMention.of("2024").inferred()).isFalse();
  }

  @Test
  void anEstimateOnAnInclusiveBoundFitsAndOnAnExclusiveOneDoesNot() {
    Quantity.Builder onInclusive =
        new Quantity.Builder()
            .name("troops")
            .estimate(BigDecimal.TEN)
            .lower(Bound.inclusive(BigDecimal.TEN))
            .upper(Bound.inclusive(BigDecimal.TEN))
            .unit(new CountUnit("soldier"));

    assertThat(onInclusive.build().estimate().orElseThrow()).isEqualByComparingTo("10");
    assertThatThrownBy(
            () ->
                new Quantity.Builder()
                    .name("troops")
                    .estimate(BigDecimal.TEN)
                    .lower(Bound.exclusive(BigDecimal.TEN))
                    .unit(new CountUnit("soldier"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("equals the exclusive");
  }

  @Test
  void idsSortByTheirText() {
    assertThat(ActorId.of("a").compareTo(ActorId.of("b"))).isNegative();
    assertThat(SourceId.of("s2").compareTo(SourceId.of("s10"))).isPositive();
  }

  @Test
  void aRefusedTextIsQuotedWholeUpToEightyCharacters() {
    String eighty = "x".repeat(80);

    assertThatThrownBy(() -> ImpreciseTime.parse(eighty))
        .isInstanceOf(EdtfSyntaxException.class)
        .hasMessageStartingWith("Invalid EDTF '" + eighty + "' at");
    assertThatThrownBy(() -> ImpreciseTime.parse(eighty + "x"))
        .isInstanceOf(EdtfSyntaxException.class)
        .hasMessageStartingWith("Invalid EDTF '" + eighty + "...' at");
  }
}
