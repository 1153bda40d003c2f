package dev.hearsay.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.model.EventStatus;
import dev.hearsay.core.model.TimeMention;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Looking up every entry of a large timeline. The timeout guards against a lookup that scans the
 * entries, which would take time quadratic in their number; it is not a benchmark. Building the
 * timeline is outside the timed test.
 */
class TimelineScaleTest {
  private static final int EVENTS = 100_000;
  private static Timeline timeline;

  @BeforeAll
  static void build() {
    Dataset.Builder builder =
        new Dataset.Builder()
            .metadata(new DatasetMetadata.Builder().title("one event a day").build());
    LocalDate day = LocalDate.of(2000, 1, 1);
    // Given latest first, so that the display order is the reverse of the dataset's.
    for (int i = EVENTS - 1; i >= 0; i--) {
      builder.addEvent(
          new Event.Builder()
              .id(EventId.of("e" + i))
              .description("event " + i)
              .time(TimeMention.of(day.plusDays(i).toString()))
              .status(EventStatus.HAPPENED)
              .build());
    }
    timeline = Timeline.of(builder.build());
  }

  @Test
  @Timeout(10)
  void everyEntryIsFoundByItsEvent() {
    int found = 0;
    for (int i = 0; i < EVENTS; i++) {
      EventId id = EventId.of("e" + i);
      TimelineEntry entry = timeline.entry(id).orElseThrow();
      if (entry.event().id().equals(id) && entry == timeline.entries().get(i)) {
        found++;
      }
    }

    assertThat(found).isEqualTo(EVENTS);
    assertThat(timeline.entry(EventId.of("e" + EVENTS))).isEmpty();
  }
}
