package dev.hearsay.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Overlap marking with open-ended ranges, which full dates cannot yet express. */
class OverlapsTest {
  /** For each span, the positions of the others it overlaps. */
  private static List<List<Integer>> find(List<Span> spans) {
    Overlaps overlaps = Overlaps.of(spans);
    List<List<Integer>> result = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      result.add(Arrays.stream(overlaps.of(i)).boxed().toList());
      assertThat(overlaps.any(i)).as("any(%d)", i).isEqualTo(overlaps.of(i).length > 0);
    }
    return result;
  }

  private static Span span(Integer earliest, Integer latest) {
    return new Span(
        Optional.ofNullable(earliest).map(Instant::ofEpochSecond),
        Optional.ofNullable(latest).map(Instant::ofEpochSecond));
  }

  @Test
  void openEndsReachInfinitelyFar() {
    List<Span> spans =
        List.of(
            span(null, 10), // on or before 10
            span(20, null), // since 20
            span(11, 19), // between, touching neither
            span(10, 10)); // exactly 10: touches the first, inclusive

    assertThat(find(spans)).containsExactly(List.of(3), List.of(), List.of(), List.of(0));
  }

  @Test
  void aFullyOpenRangeOverlapsEverything() {
    List<Span> spans = List.of(span(1, 2), span(null, null), span(5, 6), span(null, 0));

    assertThat(find(spans).get(1)).containsExactly(0, 2, 3);
    assertThat(find(spans).get(0)).containsExactly(1);
  }

  @Test
  void agreesWithComparingEveryPair() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      List<Span> spans = new ArrayList<>();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        int a = random.nextInt(100);
        int b = a + random.nextInt(6);
        spans.add(span(random.nextInt(6) == 0 ? null : a, random.nextInt(6) == 0 ? null : b));
      }
      List<List<Integer>> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        List<Integer> row = new ArrayList<>();
        for (int j = 0; j < n; j++) {
          if (i != j && spans.get(i).overlaps(spans.get(j))) {
            row.add(j);
          }
        }
        expected.add(row);
      }
      assertThat(find(spans)).as("round %d: %s", round, spans).isEqualTo(expected);
    }
  }

  @Test
  void overlapIsInclusiveAndSymmetric() {
    assertThat(span(1, 5).overlaps(span(5, 9))).isTrue();
    assertThat(span(5, 9).overlaps(span(1, 5))).isTrue();
    assertThat(span(1, 4).overlaps(span(5, 9))).isFalse();
    assertThat(span(null, 4).overlaps(span(5, null))).isFalse();
  }
}
