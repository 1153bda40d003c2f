package dev.hearsay.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The total order for display: the first instant known of a value (its earliest, or its latest when
 * it has no bound below), then its latest instant, then its canonical text.
 */
class DisplayOrderTest {

  private static final List<String> SORTED =
      List.of(
          "Y-1000000000",
          "2024-01",
          "2024",
          "2024-08",
          "2024-08/..",
          "2024-10-25T00:00:00Z",
          "2024-10-25",
          "2024-10-25?",
          "../2024-10-25",
          "/2024-10-25",
          "2024-10-27/2024-10-28",
          "2024-10-28",
          "../2024-10-28",
          "2024-10-29",
          "2024-24",
          "Y170000002",
          "{..1984,1990..}");

  @RepeatedTest(5)
  void sortsAMixedListByTheFirstKnownInstantThenLatestThenText(RepetitionInfo repetition) {
    List<ImpreciseTime> times = new ArrayList<>();
    SORTED.forEach(s -> times.add(ImpreciseTime.parse(s)));
    Collections.shuffle(times, new Random(repetition.getCurrentRepetition()));
    Collections.sort(times);
    assertThat(times.stream().map(ImpreciseTime::toEdtf).collect(Collectors.toList()))
        .isEqualTo(SORTED);
    times.sort(ImpreciseTime.DISPLAY_ORDER.reversed());
    assertThat(times.get(0).toEdtf()).isEqualTo("{..1984,1990..}");
  }

  @Test
  void byADaySortsAtTheEndOfThatDayNotBeforeEverything() {
    ImpreciseTime byOctober28 = ImpreciseTime.parse("../2024-10-28");
    ImpreciseTime sinceAugust = ImpreciseTime.parse("2024-08/..");

    assertThat(byOctober28)
        .isGreaterThan(sinceAugust)
        .isGreaterThan(ImpreciseTime.parse("2024-10-27/2024-10-28"))
        .isGreaterThan(ImpreciseTime.parse("2024-10-28T23:59:59Z"))
        .isLessThan(ImpreciseTime.parse("2024-10-29"))
        .isGreaterThan(ImpreciseTime.parse("2024-10-28/.."))
        .isLessThan(ImpreciseTime.parse("2024-10-29/.."));
    assertThat(ImpreciseTime.parse("../2024"))
        .isGreaterThan(ImpreciseTime.parse("2024-12-31"))
        .isLessThan(ImpreciseTime.parse("2025"));
  }

  @Test
  void neverSortsAValueAfterOneItIsCertainlyBefore() {
    List<ImpreciseTime> times = SORTED.stream().map(ImpreciseTime::parse).toList();
    for (ImpreciseTime a : times) {
      for (ImpreciseTime b : times) {
        if (a.isBefore(b) == TimeAnswer.YES) {
          assertThat(a).as("%s is before %s", a, b).isLessThan(b);
        }
      }
    }
  }

  @Test
  void isConsistentWithEquals() {
    ImpreciseTime year = ImpreciseTime.parse("2024");
    ImpreciseTime sameRange = ImpreciseTime.parse("2024-01-01/2024-12-31");
    assertThat(year.earliest()).isEqualTo(sameRange.earliest());
    assertThat(year.latest()).isEqualTo(sameRange.latest());
    assertThat(year).isNotEqualTo(sameRange);
    assertThat(year.compareTo(sameRange)).isNegative();
    assertThat(sameRange.compareTo(year)).isPositive();

    ImpreciseTime left = ImpreciseTime.parse("?2004-06-11");
    ImpreciseTime right = ImpreciseTime.parse("2004?-06-11");
    assertThat(left).isEqualTo(right).hasSameHashCodeAs(right);
    assertThat(left.compareTo(right)).isZero();
    assertThat(left).isNotEqualTo("2004?-06-11");
  }

  @Test
  void sameOffsetWrittenTwoWaysGivesTwoValuesWithTheSameBounds() {
    ImpreciseTime shortForm = ImpreciseTime.parse("1985-04-12T23:20:30+04");
    ImpreciseTime longForm = ImpreciseTime.parse("1985-04-12T23:20:30+04:00");
    assertThat(shortForm.earliest()).isEqualTo(longForm.earliest());
    assertThat(shortForm).isNotEqualTo(longForm);
    assertThat(shortForm.compareTo(longForm)).isNegative();
  }
}
