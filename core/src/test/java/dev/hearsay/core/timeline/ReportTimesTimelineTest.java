package dev.hearsay.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.model.EventStatus;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import dev.hearsay.core.time.TimeAnswer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline of the report's own vague times, as EDTF writes them. */
class ReportTimesTimelineTest {
  private static final EventId TRUCKS = EventId.of("trucks");
  private static final EventId OCCUPATION = EventId.of("occupation");
  private static final EventId ZELENSKY = EventId.of("zelensky");
  private static final EventId YERMAK = EventId.of("yermak");
  private static final EventId COMBAT = EventId.of("combat");
  private static final EventId WINTER = EventId.of("winter");

  private final Timeline timeline =
      Timeline.of(
          new Dataset.Builder()
              .metadata(new DatasetMetadata.Builder().title("report times").build())
              .addEvents(
                  event(OCCUPATION, "2024-08/.."),
                  event(ZELENSKY, "2024-10-25"),
                  event(COMBAT, "2024-10-27/2024-10-28"),
                  event(YERMAK, "2024-10-27"),
                  event(TRUCKS, "../2024-10-28"),
                  event(WINTER, "2024-24"))
              .build());

  private static Event event(EventId id, String edtf) {
    return new Event.Builder()
        .id(id)
        .description("event " + id)
        .time(TimeMention.of(edtf))
        .status(EventStatus.HAPPENED)
        .build();
  }

  private static List<EventId> ids(Timeline timeline) {
    return timeline.entries().stream().map(e -> e.event().id()).toList();
  }

  @Test
  void displayOrderPutsByADayAtTheEndOfThatDayAndTheEarlierLatestBoundFirstOnTies() {
    assertThat(ids(timeline)).containsExactly(OCCUPATION, ZELENSKY, YERMAK, COMBAT, TRUCKS, WINTER);
  }

  @Test
  void displayOrderNeverContradictsADefiniteBefore() {
    List<TimelineEntry> entries = timeline.entries();
    for (int i = 0; i < entries.size(); i++) {
      for (int j = i + 1; j < entries.size(); j++) {
        ImpreciseTime earlier = entries.get(i).time().orElseThrow();
        ImpreciseTime later = entries.get(j).time().orElseThrow();
        assertThat(later.isBefore(earlier))
            .as("%s before %s", later, earlier)
            .isNotEqualTo(TimeAnswer.YES);
      }
    }
  }

  @Test
  void openEndsOverlapEverythingOnTheirOpenSide() {
    assertThat(timeline.entry(OCCUPATION).orElseThrow().overlaps())
        .containsExactlyInAnyOrder(TRUCKS, ZELENSKY, YERMAK, COMBAT, WINTER);
    assertThat(timeline.entry(TRUCKS).orElseThrow().overlaps())
        .containsExactlyInAnyOrder(OCCUPATION, ZELENSKY, YERMAK, COMBAT);
    assertThat(timeline.entry(WINTER).orElseThrow().overlaps()).containsExactly(OCCUPATION);
  }

  @Test
  void aDayInsideAnIntervalIsOfUndeterminedOrderButSeparateDaysAreNot() {
    assertThat(timeline.entry(YERMAK).orElseThrow().overlaps()).contains(COMBAT);
    assertThat(timeline.entry(ZELENSKY).orElseThrow().overlaps()).doesNotContain(YERMAK, COMBAT);
  }

  @Test
  void betweenKeepsWhatIntersectsTheRangeIncludingOpenEnds() {
    Timeline october26 =
        timeline.between(ImpreciseTime.parse("2024-10-26"), ImpreciseTime.parse("2024-10-26"));

    assertThat(ids(october26)).containsExactly(OCCUPATION, TRUCKS);
  }

  private List<EventId> between(String from, String to) {
    return ids(timeline.between(ImpreciseTime.parse(from), ImpreciseTime.parse(to)));
  }

  @Test
  void betweenTakesTheEarliestOfTheStartAndTheLatestOfTheEndBothIncluded() {
    assertThat(between("2024-08/..", "2024-08/.."))
        .as("from August on, no end")
        .containsExactly(OCCUPATION, ZELENSKY, YERMAK, COMBAT, TRUCKS, WINTER);
    assertThat(between("../2024-10-28", "../2024-10-28"))
        .as("up to the end of October 28")
        .containsExactly(OCCUPATION, ZELENSKY, YERMAK, COMBAT, TRUCKS);
    assertThat(between("2024-10-27/2024-10-28", "2024-10-27/2024-10-28"))
        .containsExactly(OCCUPATION, YERMAK, COMBAT, TRUCKS);
    assertThat(between("2024-24", "2024-24"))
        .as("December 2024 to February 2025")
        .containsExactly(OCCUPATION, WINTER);
    assertThat(between("2024-10-25?", "2024-10-25?")).containsExactly(OCCUPATION, ZELENSKY, TRUCKS);
    assertThat(between("2024-10-28", "2024-10-28"))
        .as("the last day of an interval counts")
        .containsExactly(OCCUPATION, COMBAT, TRUCKS);
    assertThat(between("2024-10-29", "2024-11-30")).containsExactly(OCCUPATION);
    assertThat(between("2024-11-30", "2024-12-01"))
        .as("the first day of a season counts")
        .containsExactly(OCCUPATION, WINTER);
  }

  @Test
  void aQualifiedDayOrdersAndOverlapsAsTheDayItQualifies() {
    Timeline withGuess =
        Timeline.of(
            new Dataset.Builder()
                .metadata(new DatasetMetadata.Builder().title("a guess").build())
                .addEvents(
                    event(ZELENSKY, "2024-10-25?"),
                    event(YERMAK, "2024-10-25"),
                    event(COMBAT, "2024-10-26~"))
                .build());

    assertThat(withGuess.entry(ZELENSKY).orElseThrow().overlaps()).containsExactly(YERMAK);
    assertThat(withGuess.entry(COMBAT).orElseThrow().overlaps()).isEmpty();
  }
}
