package dev.hearsay.examples;

import static dev.hearsay.core.model.Commitment.CERTAIN;
import static dev.hearsay.core.model.Commitment.POSSIBLE;
import static dev.hearsay.core.model.Commitment.PROBABLE;
import static dev.hearsay.core.model.Commitment.UNCOMMITTED;
import static dev.hearsay.core.model.ReportingMode.IMPLIED;
import static dev.hearsay.core.model.ReportingMode.PARAPHRASE;
import static dev.hearsay.examples.KurskReport.ALTERED_DYNAMICS;
import static dev.hearsay.examples.KurskReport.DEPLOYMENT_EXPECTED;
import static dev.hearsay.examples.KurskReport.DE_FACTO;
import static dev.hearsay.examples.KurskReport.IN_COMBAT_ZONES;
import static dev.hearsay.examples.KurskReport.TRUCKS;
import static dev.hearsay.examples.ReportActors.KURSK_REGION;
import static dev.hearsay.examples.ReportActors.NORTH_KOREA;
import static dev.hearsay.examples.ReportActors.NORTH_KOREAN_TROOPS;
import static dev.hearsay.examples.ReportActors.RUSSIA;
import static dev.hearsay.examples.ReportActors.UKRAINE;
import static dev.hearsay.examples.ReportActors.UNNAMED_SOURCES;
import static dev.hearsay.examples.ReportActors.YERMAK;
import static dev.hearsay.examples.ReportActors.ZELENSKY;
import static dev.hearsay.examples.ReportEncoding.YEAR_INFERRED;
import static dev.hearsay.examples.ReportEncoding.hop;
import static dev.hearsay.examples.ReportEncoding.reportHop;
import static dev.hearsay.examples.ReportEncoding.time;

import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Commitment;
import java.util.List;

/** The claims of the report's dated last paragraphs: Zelensky, Yermak and the trucks. */
final class LateOctoberClaims {
  private LateOctoberClaims() {}

  /** The claims, in the order of the report. */
  static List<Claim> claims() {
    return List.of(deploymentExpected(), inCombatZones(), deFacto(), alteredDynamics(), trucks());
  }

  // Zelensky, Yermak and the trucks.

  private static Claim deploymentExpected() {
    return new Claim.Builder()
        .id(DEPLOYMENT_EXPECTED)
        .proposition("Russia will send North Korean troops into battle.")
        .addActors(RUSSIA, NORTH_KOREAN_TROOPS, ZELENSKY)
        .addAttribution(
            Chain.of(
                reportHop(UNCOMMITTED),
                hop(ZELENSKY)
                    .cue("discussed expectations")
                    .mode(PARAPHRASE)
                    .commitment(PROBABLE)
                    .time(time("2024-10-25", "on October 25", true))
                    .build()))
        .addNotes("An expectation: probable (PR+).", YEAR_INFERRED)
        .build();
  }

  private static Claim inCombatZones() {
    return new Claim.Builder()
        .id(IN_COMBAT_ZONES)
        .proposition("North Korean soldiers will be involved in combat zones by October 27-28.")
        .addActors(NORTH_KOREAN_TROOPS)
        .time(time("../2024-10-28", "by October 27-28", true))
        .addAttribution(
            Chain.of(
                reportHop(UNCOMMITTED),
                hop(ZELENSKY)
                    .cue("were anticipated")
                    .mode(IMPLIED)
                    .commitment(PROBABLE)
                    .time(time("2024-10-25", "on October 25", true))
                    .inferred(true)
                    .build()))
        .addNotes(
            "\"Were anticipated\" names no one; the sentence follows Zelensky's discussion of"
                + " expectations, so he is the speaker by implication.",
            "\"By October 27-28\" is on or before those days: at the latest the end of October 28"
                + " (../2024-10-28).",
            YEAR_INFERRED)
        .build();
  }

  private static Claim deFacto() {
    return new Claim.Builder()
        .id(DE_FACTO)
        .proposition("North Korea is in effect a party to the full-scale war against Ukraine.")
        .addActors(NORTH_KOREA, UKRAINE)
        .addAttribution(yermak(CERTAIN))
        .addNotes(
            "\"De facto participating\": a participation in fact, not declared.", YEAR_INFERRED)
        .build();
  }

  private static Claim alteredDynamics() {
    return new Claim.Builder()
        .id(ALTERED_DYNAMICS)
        .proposition(
            "North Korea's part in the war changes how the confrontation unfolds and what it"
                + " means.")
        .addActors(NORTH_KOREA)
        .addAttribution(yermak(POSSIBLE))
        .addNotes("Hedge: \"potentially\" is possible (PS+), kept in the commitment.")
        .build();
  }

  private static Chain yermak(Commitment commitment) {
    return Chain.of(
        reportHop(UNCOMMITTED),
        hop(YERMAK)
            .cue("noted")
            .mode(PARAPHRASE)
            .commitment(commitment)
            .time(time("2024-10-27", "On October 27", true))
            .build());
  }

  private static Claim trucks() {
    return new Claim.Builder()
        .id(TRUCKS)
        .proposition(
            "The first trucks carrying North Korean troops got to the front lines in the"
                + " Kursk region.")
        .addActors(NORTH_KOREAN_TROOPS)
        .addPlaces(KURSK_REGION)
        .time(time("../2024-10-28", "By October 28", true))
        .addAttribution(
            Chain.of(
                reportHop(UNCOMMITTED),
                hop(UNNAMED_SOURCES)
                    .cue("reportedly")
                    .mode(PARAPHRASE)
                    .commitment(CERTAIN)
                    .inferred(true)
                    .build()))
        .addNotes(
            "\"Reportedly\" names no source: the origin is an unnamed party, an inferred hop.",
            "\"By October 28\" is an upper bound: on or before that day.",
            YEAR_INFERRED)
        .build();
  }
}
