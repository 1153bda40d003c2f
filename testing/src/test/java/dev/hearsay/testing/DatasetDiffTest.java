package dev.hearsay.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Bound;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Unit;
import dev.hearsay.testing.random.RandomDatasets;
import dev.hearsay.testing.random.Tries;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatasetDiffTest {
  private static final Claim TRUCKS_BY_WSJ =
      Reports.TRUCKS.withAttribution(
          Chain.of(
              Reports.REPORT,
              Reports.NYT_RELAYS.withActor(ActorId.of("wsj")),
              Reports.OFFICIALS_SAY));

  @Test
  void equalDatasetsHaveNoDifference() {
    DatasetDiff diff = DatasetDiff.between(Reports.dataset(), Reports.dataset());

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.first()).isEmpty();
    assertThat(diff).hasToString("no difference");
  }

  @Test
  void namesTheHopWhoseActorDiffers() {
    Dataset expected = Reports.withClaims(Reports.SET_TO_JOIN, Reports.TRUCKS);
    Dataset actual = Reports.withClaims(Reports.SET_TO_JOIN, TRUCKS_BY_WSJ);

    DatasetDiff diff = DatasetDiff.between(expected, actual);

    assertThat(diff.differences())
        .containsExactly(
            new Difference(
                DatasetPath.parse("claims[c-trucks].attribution[0][1].actor"),
                "\"nyt\"",
                "\"wsj\""));
    assertThat(diff.first().orElseThrow())
        .hasToString("claims[c-trucks].attribution[0][1].actor: expected \"nyt\" but was \"wsj\"");
  }

  @Test
  void matchesClaimsByIdWhateverTheirOrder() {
    Dataset expected = Reports.withClaims(Reports.SET_TO_JOIN, Reports.TRUCKS);
    Dataset actual = Reports.withClaims(TRUCKS_BY_WSJ, Reports.SET_TO_JOIN);

    List<Difference> differences = DatasetDiff.between(expected, actual).differences();

    assertThat(differences)
        .extracting(d -> d.path().toString())
        .containsExactly("claims[c-trucks].attribution[0][1].actor");
  }

  @Test
  void namesTheOrderWhenOnlyTheOrderDiffers() {
    Dataset expected = Reports.withClaims(Reports.SET_TO_JOIN, Reports.TRUCKS);
    Dataset actual = Reports.withClaims(Reports.TRUCKS, Reports.SET_TO_JOIN);

    assertThat(DatasetDiff.between(expected, actual).differences())
        .containsExactly(
            new Difference(
                DatasetPath.parse("claims"),
                "the order [\"c-set-to-join\", \"c-trucks\"]",
                "[\"c-trucks\", \"c-set-to-join\"]"));
  }

  @Test
  void aMissingClaimIsAbsentAndAnExtraOneIsUnexpected() {
    Dataset both = Reports.withClaims(Reports.SET_TO_JOIN, Reports.TRUCKS);
    Dataset one = Reports.withClaims(Reports.SET_TO_JOIN);

    Difference missing = DatasetDiff.between(both, one).first().orElseThrow();
    Difference extra = DatasetDiff.between(one, both).first().orElseThrow();

    assertThat(missing.path()).hasToString("claims[c-trucks]");
    assertThat(missing.expected()).startsWith("Claim{id=c-trucks");
    assertThat(missing.actual()).isEqualTo("absent");
    assertThat(extra.path()).hasToString("claims[c-trucks]");
    assertThat(extra.expected()).isEqualTo("absent");
    assertThat(extra.actual()).startsWith("Claim{id=c-trucks");
  }

  @Test
  void aMissingHopIsNamedByItsPosition() {
    Claim shorter = Reports.TRUCKS.withAttribution(Chain.of(Reports.REPORT, Reports.NYT_RELAYS));

    Difference difference = DatasetDiff.between(Reports.TRUCKS, shorter).first().orElseThrow();

    assertThat(difference.path()).hasToString("claims[c-trucks].attribution[0][2]");
    assertThat(difference.actual()).isEqualTo("absent");
  }

  @Test
  void anOptionalFieldLeftOutIsAbsent() {
    Claim undated = Reports.TRUCKS.withTime(Optional.empty());

    Difference difference = DatasetDiff.between(Reports.TRUCKS, undated).first().orElseThrow();

    assertThat(difference.path()).hasToString("claims[c-trucks].time");
    assertThat(difference.actual()).isEqualTo("absent");
  }

  @Test
  void walksIntoTheComponentsOfRecords() {
    Claim small = Reports.TRUCKS.withQuantities(quantity("5E+9"));
    Claim large = Reports.TRUCKS.withQuantities(quantity("6E+9"));

    assertThat(DatasetDiff.between(small, large).differences())
        .containsExactly(
            new Difference(
                DatasetPath.parse("claims[c-trucks].quantities[0].upper.value"), "5E+9", "6E+9"));
  }

  @Test
  void listsEveryDifferenceInTheOrderOfTheDocument() {
    Dataset expected = Reports.withClaims(Reports.SET_TO_JOIN, Reports.TRUCKS);
    Claim retold = Reports.TRUCKS.withProposition("Trucks.");
    Dataset actual =
        Reports.withClaims(Reports.SET_TO_JOIN, retold)
            .withMetadata(DatasetMetadata.of("Another title"));

    List<Difference> differences = DatasetDiff.between(expected, actual).differences();

    assertThat(differences)
        .extracting(d -> d.path().toString())
        .containsExactly("metadata.title", "claims[c-trucks].proposition");
    assertThat(differences.get(1).actual()).isEqualTo("\"Trucks.\"");
  }

  @Test
  void quotesTextWithItsEscapes() {
    Claim tricky = Reports.TRUCKS.withProposition("a \"b\"\nc\\");

    assertThat(DatasetDiff.between(Reports.TRUCKS, tricky).first().orElseThrow().actual())
        .isEqualTo("\"a \\\"b\\\"\\nc\\\\\"");
  }

  @Test
  void findsADifferenceExactlyWhenRandomDatasetsDiffer() {
    Tries.forAll(
        200,
        random -> List.of(RandomDatasets.of(random, 6), RandomDatasets.of(random, 6)),
        pair -> {
          assertThat(DatasetDiff.between(pair.get(0), pair.get(0)).isEmpty()).isTrue();
          assertThat(DatasetDiff.between(pair.get(0), pair.get(1)).isEmpty())
              .isEqualTo(pair.get(0).equals(pair.get(1)));
        });
  }

  private static Quantity quantity(String upper) {
    return new Quantity.Builder()
        .name("arms-value")
        .upper(Bound.inclusive(new BigDecimal(upper)))
        .unit(Unit.currency("EUR"))
        .build();
  }
}
