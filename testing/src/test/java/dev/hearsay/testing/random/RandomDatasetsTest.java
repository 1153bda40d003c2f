package dev.hearsay.testing.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Unit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RandomDatasetsTest {
  private static final List<Dataset> DATASETS =
      LongStream.range(0, 200).mapToObj(RandomDatasets::of).toList();

  @Test
  void theSameSeedAndSizeGiveTheSameDataset() {
    assertThat(RandomDatasets.of(7))
        .isEqualTo(RandomDatasets.of(7))
        .isEqualTo(RandomDatasets.of(7, RandomDatasets.DEFAULT_SIZE));
    assertThat(RandomDatasets.of(7, 30)).isEqualTo(RandomDatasets.of(7, 30));
    assertThat(DATASETS.stream().distinct().count()).isGreaterThan(190);
  }

  @Test
  void theSizeBoundsTheActorsAndClaims() {
    for (int size = 1; size <= 40; size += 13) {
      for (long seed = 0; seed < 50; seed++) {
        Dataset dataset = RandomDatasets.of(seed, size);

        assertThat(dataset.actors()).isNotEmpty().hasSizeLessThanOrEqualTo(size);
        assertThat(dataset.claims()).hasSizeLessThanOrEqualTo(size);
      }
    }
    assertThat(
            LongStream.range(0, 50)
                .map(s -> RandomDatasets.of(s, 200).claims().size())
                .max()
                .orElseThrow())
        .isGreaterThan(150);
  }

  @Test
  void aSizeBelowOneIsRefused() {
    assertThatThrownBy(() -> RandomDatasets.of(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RandomDatasets: size must be at least 1, not 0");
  }

  @Test
  void acrossSeedsEveryKindOfValueAppears() {
    Set<RelationKind> relations = EnumSet.noneOf(RelationKind.class);
    Set<Commitment> commitments = EnumSet.noneOf(Commitment.class);
    Set<ReportingMode> modes = EnumSet.noneOf(ReportingMode.class);
    Set<Class<?>> units = new HashSet<>();
    int quotes = 0;
    int longChains = 0;
    for (Dataset dataset : DATASETS) {
      dataset.relations().stream().map(Relation::kind).forEach(relations::add);
      for (Claim claim : dataset.claims()) {
        quotes += claim.quote().isPresent() ? 1 : 0;
        claim.quantities().forEach(q -> units.add(unitKind(q.unit())));
        for (Chain chain : claim.attribution()) {
          longChains += chain.hops().size() >= 3 ? 1 : 0;
          chain.hops().stream().map(Hop::commitment).forEach(commitments::add);
          chain.hops().stream().map(Hop::mode).forEach(modes::add);
        }
      }
    }

    assertThat(relations).containsExactlyInAnyOrder(RelationKind.values());
    assertThat(commitments).containsExactlyInAnyOrder(Commitment.values());
    assertThat(modes).containsExactlyInAnyOrder(ReportingMode.values());
    assertThat(units).hasSize(2);
    assertThat(quotes).isPositive();
    assertThat(longChains).isPositive();
    assertThat(DATASETS)
        .anySatisfy(d -> assertThat(d.events()).isNotEmpty())
        .anySatisfy(d -> assertThat(d.places()).isNotEmpty())
        .anySatisfy(
            d -> assertThat(d.sources()).anySatisfy(s -> assertThat(s.cites()).isNotEmpty()))
        .anySatisfy(
            d -> assertThat(d.actors()).anySatisfy(a -> assertThat(a.affiliations()).isNotEmpty()));
  }

  private static Class<?> unitKind(Unit unit) {
    return unit.getClass();
  }
}
