package dev.hearsay.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.model.EventStatus;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a timeline knows as of a time, when claims were said at vague times. */
class TimelineAsOfVagueTimesTest {
  private static final ActorId SPEAKER = ActorId.of("speaker");

  private final Timeline timeline =
      Timeline.of(
          new Dataset.Builder()
              .metadata(new DatasetMetadata.Builder().title("vague utterances").build())
              .addActors(
                  new Actor.Builder().id(SPEAKER).name("speaker").kind(ActorKind.PERSON).build())
              .addClaims(
                  claim("since-august", "2024-08/.."),
                  claim("by-october-28", "../2024-10-28"),
                  claim("october-27-28", "2024-10-27/2024-10-28"),
                  claim("winter", "2024-24"),
                  claim("october-25-perhaps", "2024-10-25?"))
              .addEvents(
                  event("occupation", "2024-08/..", "since-august"),
                  event("trucks", "../2024-10-28", "by-october-28"),
                  event("combat", "2024-10-27/2024-10-28", "october-27-28", "october-25-perhaps"),
                  event("winter-push", "2024-24", "winter"))
              .build());

  private static Claim claim(String id, String said) {
    return new Claim.Builder()
        .id(ClaimId.of(id))
        .proposition("claim " + id)
        .addAttribution(
            Chain.of(
                new Hop.Builder()
                    .actor(SPEAKER)
                    .mode(ReportingMode.PARAPHRASE)
                    .commitment(Commitment.CERTAIN)
                    .time(TimeMention.of(said))
                    .build()))
        .build();
  }

  private static Event event(String id, String time, String... claims) {
    Event.Builder builder =
        new Event.Builder()
            .id(EventId.of(id))
            .description("event " + id)
            .time(TimeMention.of(time))
            .status(EventStatus.UNCERTAIN);
    for (String claim : claims) {
      builder.addClaim(ClaimId.of(claim));
    }
    return builder.build();
  }

  private static List<String> events(Timeline timeline) {
    return timeline.entries().stream().map(e -> e.event().id().value()).toList();
  }

  private static List<String> claims(Timeline timeline, String event) {
    return timeline.entry(EventId.of(event)).orElseThrow().claims().stream()
        .map(c -> c.id().value())
        .toList();
  }

  @Test
  void asOfAQualifiedDayKnowsWhatWasSaidByItsEnd() {
    Timeline known = timeline.asOf(ImpreciseTime.parse("2024-10-25?"));

    assertThat(events(known)).containsExactly("occupation", "combat", "trucks");
    assertThat(claims(known, "combat")).containsExactly("october-25-perhaps");
  }

  @Test
  void asOfAnIntervalOrAnOpenStartCutsAtItsLatestInstant() {
    Timeline interval = timeline.asOf(ImpreciseTime.parse("2024-10-27/2024-10-28"));
    Timeline openStart = timeline.asOf(ImpreciseTime.parse("../2024-10-28"));
    Timeline lastInstant = timeline.asOf(Instant.parse("2024-10-28T23:59:59.999999999Z"));

    assertThat(events(interval)).containsExactly("occupation", "combat", "trucks");
    assertThat(claims(interval, "combat")).containsExactly("october-27-28", "october-25-perhaps");
    assertThat(events(openStart)).isEqualTo(events(interval));
    assertThat(events(lastInstant)).isEqualTo(events(interval));
    assertThat(events(timeline.asOf(Instant.parse("2024-10-26T23:59:59.999999999Z"))))
        .containsExactly("occupation", "combat", "trucks");
    assertThat(claims(timeline.asOf(Instant.parse("2024-10-26T23:59:59.999999999Z")), "combat"))
        .containsExactly("october-25-perhaps");
  }

  @Test
  void asOfASeasonIncludesItsLastDayAndAnOpenEndIncludesEverything() {
    assertThat(events(timeline.asOf(Instant.parse("2024-11-30T23:59:59.999999999Z"))))
        .doesNotContain("winter-push");
    assertThat(events(timeline.asOf(Instant.parse("2024-12-01T00:00:00Z"))))
        .contains("winter-push");
    assertThat(events(timeline.asOf(ImpreciseTime.parse("2024-24")))).isEqualTo(events(timeline));
    assertThat(events(timeline.asOf(ImpreciseTime.parse("2024-08/.."))))
        .isEqualTo(events(timeline));
    assertThat(events(timeline.asOf(Instant.parse("2024-07-31T23:59:59.999999999Z"))))
        .containsExactly("trucks");
  }
}
