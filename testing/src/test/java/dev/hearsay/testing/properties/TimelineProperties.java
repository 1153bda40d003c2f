package dev.hearsay.testing.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.model.EventStatus;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import dev.hearsay.core.time.TimeAnswer;
import dev.hearsay.core.timeline.Timeline;
import dev.hearsay.core.timeline.TimelineEntry;
import dev.hearsay.testing.random.RandomTimes;
import dev.hearsay.testing.random.Tries;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A timeline's order never contradicts what the times settle, and its overlaps are exact. */
class TimelineProperties {

  @Test
  void noEntryIsCertainlyBeforeAnEntryShownBeforeIt() {
    Tries.forAll(1000, TimelineProperties::eventTimes, TimelineProperties::neverContradicts);
  }

  private static void neverContradicts(List<String> times) {
    List<TimelineEntry> entries = Timeline.of(eventsAt(times)).entries();

    for (int i = 0; i < entries.size(); i++) {
      for (int j = i + 1; j < entries.size(); j++) {
        if (entries.get(i).time().isPresent() && entries.get(j).time().isPresent()) {
          ImpreciseTime earlier = entries.get(i).time().get();
          ImpreciseTime later = entries.get(j).time().get();
          assertThat(later.isBefore(earlier))
              .as("%s shown after %s", later, earlier)
              .isNotEqualTo(TimeAnswer.YES);
          assertThat(later.compareTo(earlier)).isNotNegative();
        } else {
          assertThat(entries.get(j).time()).as("an undated entry is last").isEmpty();
        }
      }
    }
  }

  @Test
  void entriesOverlapExactlyTheEntriesWhoseRangesIntersectTheirs() {
    Tries.forAll(1000, TimelineProperties::eventTimes, TimelineProperties::overlapsAreExact);
  }

  private static void overlapsAreExact(List<String> times) {
    List<TimelineEntry> entries = Timeline.of(eventsAt(times)).entries();

    assertThat(entries).hasSize(times.size());
    for (TimelineEntry entry : entries) {
      List<EventId> expected = new ArrayList<>();
      for (TimelineEntry other : entries) {
        if (other != entry
            && entry.time().isPresent()
            && other.time().isPresent()
            && intersect(entry.time().get(), other.time().get())) {
          expected.add(other.event().id());
        }
      }
      assertThat(entry.overlaps()).as(entry.event().id().value()).isEqualTo(expected);
      assertThat(entry.orderUndetermined()).isEqualTo(!expected.isEmpty());
    }
  }

  @Test
  void equalTimesKeepTheDatasetsOrder() {
    Tries.forAll(100, TimelineProperties::eventTimes, TimelineProperties::tiesKeepOrder);
  }

  private static void tiesKeepOrder(List<String> times) {
    List<String> doubled = new ArrayList<>(times);
    doubled.addAll(times);
    List<TimelineEntry> entries = Timeline.of(eventsAt(doubled)).entries();

    for (int i = 1; i < entries.size(); i++) {
      TimelineEntry previous = entries.get(i - 1);
      TimelineEntry entry = entries.get(i);
      if (previous.time().equals(entry.time())) {
        assertThat(index(previous.event().id())).isLessThan(index(entry.event().id()));
      }
    }
  }

  @Test
  void betweenKeepsTheEntriesThatMeetTheRangeInTheSameOrder() {
    Tries.forAll(
        200,
        r -> List.of(eventTimes(r), List.of(month(r), month(r))),
        input -> betweenKeeps(input.get(0), input.get(1).get(0), input.get(1).get(1)));
  }

  private static void betweenKeeps(List<String> times, String from, String to) {
    Dataset dataset = eventsAt(times);
    Timeline timeline = Timeline.of(dataset);
    ImpreciseTime start = ImpreciseTime.parse(from);
    ImpreciseTime end = ImpreciseTime.parse(to);
    if (start.earliest().isPresent()
        && end.latest().isPresent()
        && end.latest().get().isBefore(start.earliest().get())) {
      return;
    }
    ImpreciseTime range =
        ImpreciseTime.parse(
            start.earliest().isPresent()
                ? from + "/" + (end.latest().isPresent() ? to : "..")
                : "../" + to);
    List<EventId> expected =
        timeline.entries().stream()
            .filter(e -> e.time().isPresent() && intersect(e.time().get(), range))
            .map(e -> e.event().id())
            .toList();

    assertThat(timeline.between(start, end).entries())
        .extracting(e -> e.event().id())
        .isEqualTo(expected);
  }

  private static boolean intersect(ImpreciseTime a, ImpreciseTime b) {
    boolean aEndsFirst =
        a.latest().isPresent()
            && b.earliest().isPresent()
            && a.latest().get().isBefore(b.earliest().get());
    boolean bEndsFirst =
        b.latest().isPresent()
            && a.earliest().isPresent()
            && b.latest().get().isBefore(a.earliest().get());
    return !aEndsFirst && !bEndsFirst;
  }

  private static int index(EventId id) {
    return Integer.parseInt(id.value().substring(1));
  }

  /** Up to 25 event times, one in six undated (null). */
  private static List<String> eventTimes(Random random) {
    List<String> times = new ArrayList<>();
    for (int n = random.nextInt(26); n > 0; n--) {
      times.add(random.nextInt(6) == 0 ? null : RandomTimes.text(random));
    }
    return times;
  }

  /** A dataset of events with the given times (null for an undated event), in that order. */
  private static Dataset eventsAt(List<String> times) {
    Dataset.Builder builder =
        new Dataset.Builder().metadata(new DatasetMetadata.Builder().title("events").build());
    for (int i = 0; i < times.size(); i++) {
      Event.Builder event =
          new Event.Builder()
              .id(EventId.of("e" + i))
              .description("event " + i)
              .status(EventStatus.HAPPENED);
      if (times.get(i) != null) {
        event.time(TimeMention.of(times.get(i)));
      }
      builder.addEvent(event.build());
    }
    return builder.build();
  }

  /** A month, which can stand at either end of an interval. */
  private static String month(Random random) {
    int m = 1 + random.nextInt(12);
    return (1990 + random.nextInt(41)) + "-" + (m < 10 ? "0" + m : "" + m);
  }
}
