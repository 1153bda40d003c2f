package dev.hearsay.examples;

import static dev.hearsay.examples.KurskReport.ALTERED_DYNAMICS;
import static dev.hearsay.examples.KurskReport.ARRIVED;
import static dev.hearsay.examples.KurskReport.DEPLOYMENT_EXPECTED;
import static dev.hearsay.examples.KurskReport.DE_FACTO;
import static dev.hearsay.examples.KurskReport.EXPECTED_IN_COUNTEROFFENSIVE;
import static dev.hearsay.examples.KurskReport.IN_COMBAT_ZONES;
import static dev.hearsay.examples.KurskReport.OCCUPATION;
import static dev.hearsay.examples.KurskReport.SET_TO_JOIN;
import static dev.hearsay.examples.KurskReport.TRUCKS;
import static dev.hearsay.examples.KurskReport.WINTER_PUSH;
import static dev.hearsay.examples.ReportActors.KURSK_REGION;
import static dev.hearsay.examples.ReportActors.NORTH_KOREAN_TROOPS;
import static dev.hearsay.examples.ReportActors.RUSSIA;
import static dev.hearsay.examples.ReportActors.RUSSIAN_TROOPS;
import static dev.hearsay.examples.ReportActors.UKRAINE_PLACE;
import static dev.hearsay.examples.ReportActors.UKRAINIAN_FORCES;
import static dev.hearsay.examples.ReportActors.YERMAK;
import static dev.hearsay.examples.ReportActors.ZELENSKY;
import static dev.hearsay.examples.ReportEncoding.time;

import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.model.EventStatus;
import java.util.List;

/** The events of the worked report: what happened or is expected, and when. */
final class ReportEvents {
  private ReportEvents() {}

  /** The events the claims speak of, each with the claims that assert it. */
  static List<Event> events() {
    return List.of(
        event(
                "e-occupation",
                "Ukrainian forces occupy parts of the Kursk region",
                EventStatus.HAPPENED)
            .time(time("2024-08/..", "since August", true))
            .addPlaces(KURSK_REGION)
            .addParticipants(UKRAINIAN_FORCES)
            .addClaims(OCCUPATION)
            .build(),
        event(
                "e-arrival",
                "Thousands of North Korean soldiers arrive in the Kursk region",
                EventStatus.HAPPENED)
            .addPlaces(KURSK_REGION)
            .addParticipants(NORTH_KOREAN_TROOPS)
            .addClaims(ARRIVED)
            .build(),
        event(
                "e-counteroffensive",
                "North Korean soldiers join Russian troops in the counteroffensive in Kursk",
                EventStatus.EXPECTED)
            .addPlaces(KURSK_REGION)
            .addParticipants(NORTH_KOREAN_TROOPS, RUSSIAN_TROOPS, UKRAINIAN_FORCES)
            .addClaims(SET_TO_JOIN, EXPECTED_IN_COUNTEROFFENSIVE)
            .build(),
        event(
                "e-zelensky-discussion",
                "Zelensky discusses the expected use of North Korean troops on the battlefield",
                EventStatus.HAPPENED)
            .time(time("2024-10-25", "on October 25", true))
            .addParticipants(ZELENSKY)
            .addClaims(DEPLOYMENT_EXPECTED)
            .build(),
        event("e-combat-involvement", "North Korean soldiers go into combat", EventStatus.EXPECTED)
            .time(time("../2024-10-28", "by October 27-28", true))
            .addParticipants(NORTH_KOREAN_TROOPS)
            .addClaims(IN_COMBAT_ZONES, DEPLOYMENT_EXPECTED)
            .build(),
        event(
                "e-yermak-statement",
                "Yermak says North Korea is de facto taking part in the war",
                EventStatus.HAPPENED)
            .time(time("2024-10-27", "On October 27", true))
            .addParticipants(YERMAK)
            .addClaims(DE_FACTO, ALTERED_DYNAMICS)
            .build(),
        event(
                "e-trucks-at-front",
                "The first trucks with North Korean troops reach the front lines in Kursk",
                EventStatus.UNCERTAIN)
            .time(time("../2024-10-28", "By October 28", true))
            .addPlaces(KURSK_REGION)
            .addParticipants(NORTH_KOREAN_TROOPS)
            .addClaims(TRUCKS)
            .build(),
        event(
                "e-winter-deadline",
                "The harsh winter: the deadline for Russia's push to take Ukrainian territory",
                EventStatus.EXPECTED)
            .time(time("2024-24", "the harsh winter", true))
            .addPlaces(UKRAINE_PLACE)
            .addParticipants(RUSSIA)
            .addClaims(WINTER_PUSH)
            .build());
  }

  private static Event.Builder event(String id, String description, EventStatus status) {
    return new Event.Builder().id(EventId.of(id)).description(description).status(status);
  }
}
