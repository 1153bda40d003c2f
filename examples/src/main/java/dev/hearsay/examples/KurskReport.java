package dev.hearsay.examples;

import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.TimeMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A short English news report of late October 2024 on North Korean soldiers in Russia's Kursk
 * region, encoded as a Hearsay dataset with the public builders.
 *
 * <p>The same dataset ships as JSON in {@code dev/hearsay/examples/kursk-report.json}; the two are
 * kept equal by a test. The claims are written in the dataset's own words; only the words that the
 * report puts in quotation marks are quoted, anchored by code point offsets in the report's text.
 *
 * <p>Conventions of this encoding:
 *
 * <ul>
 *   <li>Every chain starts with the report itself, published by an outlet the text does not name
 *       (an actor of kind {@link ActorKind#UNKNOWN}). The report's hop is {@link
 *       Commitment#UNCOMMITTED} where it only relays an attributed statement, and carries the
 *       commitment of its own words where it speaks in its own voice (the headline, the sentence
 *       on redeployment).
 *   <li>A relaying hop (the NYT citing officials, BILD citing research) carries the commitment that
 *       the report gives to the words it relays; its cue is the reporting verb as written.
 *   <li>The report gives no year. Every date in it is taken to fall in 2024, the year of the events
 *       it describes, and is marked {@link TimeMention#inferred()}, as is the deadline "before the
 *       harsh winter", whose month is the curator's.
 *   <li>A hop is {@link Hop#inferred()} when the curator supplied its speaker or its source: a
 *       sentence that is a speaker's by implication only ({@link
 *       dev.hearsay.core.model.ReportingMode#IMPLIED} where no cue names the speaker), "the
 *       report" and "journalists" read as the NYT's, "reportedly" given an unnamed origin. Where
 *       the text does not say where something was said, the hop names no source rather than a
 *       guessed one.
 *   <li>Sources the report only mentions have titles the curator wrote, in square brackets.
 * </ul>
 *
 * <pre>{@code
 * Dataset report = KurskReport.dataset();
 * report.claim(KurskReport.NOT_IN_COMBAT).orElseThrow().attribution().get(0).origin();
 * }</pre>
 */
public final class KurskReport {
  /** The report this dataset encodes. */
  public static final SourceId REPORT = SourceId.of("report");

  // Claims, in the order of the report.
  /** North Korean soldiers are set to join Russian troops in a counteroffensive in Kursk. */
  public static final ClaimId SET_TO_JOIN = ClaimId.of("c-set-to-join");

  /** Thousands of North Korean soldiers have arrived in the Kursk region. */
  public static final ClaimId ARRIVED = ClaimId.of("c-arrived");

  /** They are expected to join the counteroffensive to oust Ukrainian forces. */
  public static final ClaimId EXPECTED_IN_COUNTEROFFENSIVE =
      ClaimId.of("c-expected-in-counteroffensive");

  /** Ukrainian forces have held parts of the Kursk region since August. */
  public static final ClaimId OCCUPATION = ClaimId.of("c-occupation-since-august");

  /** North Korean forces have engaged in combat: denied by the NYT's journalists. */
  public static final ClaimId NOT_IN_COMBAT = ClaimId.of("c-not-in-combat");

  /** Their precise role is unclear. */
  public static final ClaimId ROLE_UNCLEAR = ClaimId.of("c-role-unclear");

  /** Their presence lets Russia redeploy its forces towards eastern Ukraine. */
  public static final ClaimId REDEPLOYMENT = ClaimId.of("c-redeployment");

  /** Russia can focus on capturing territory before the winter. */
  public static final ClaimId WINTER_PUSH = ClaimId.of("c-winter-push");

  /** Arms supplies could be worth up to five billion euros. */
  public static final ClaimId ARMS_VALUE = ClaimId.of("c-arms-value");

  /** North Korea stands to increase its revenues significantly. */
  public static final ClaimId REVENUES = ClaimId.of("c-revenues-increase");

  /** The military apparatus's income could rise by hundreds of millions of dollars. */
  public static final ClaimId MILITARY_INCOME = ClaimId.of("c-military-income");

  /** The regime is unlikely to send more than 20,000 troops. */
  public static final ClaimId TROOP_CEILING = ClaimId.of("c-troop-ceiling");

  /** Sending more could endanger the regime's stability. */
  public static final ClaimId REGIME_STABILITY = ClaimId.of("c-regime-stability");

  /** Russia turns to North Korea for ammunition. */
  public static final ClaimId AMMUNITION = ClaimId.of("c-ammunition");

  /** Putin wants to show a close ally. */
  public static final ClaimId CLOSE_ALLY = ClaimId.of("c-close-ally");

  /** Russia is expected to deploy North Korean troops on the battlefield (Zelensky). */
  public static final ClaimId DEPLOYMENT_EXPECTED = ClaimId.of("c-deployment-expected");

  /** North Korean soldiers expected in combat zones by October 27-28. */
  public static final ClaimId IN_COMBAT_ZONES = ClaimId.of("c-in-combat-zones");

  /** North Korea de facto participates in the war (Yermak). */
  public static final ClaimId DE_FACTO = ClaimId.of("c-de-facto-participating");

  /** That may alter the confrontation's dynamics (Yermak). */
  public static final ClaimId ALTERED_DYNAMICS = ClaimId.of("c-altered-dynamics");

  /** The first trucks reportedly reached the front lines by October 28. */
  public static final ClaimId TRUCKS = ClaimId.of("c-trucks-at-front");

  private KurskReport() {}

  /**
   * The report as a dataset.
   *
   * @return the dataset, built anew on each call
   */
  public static Dataset dataset() {
    return new Dataset.Builder()
        .metadata(metadata())
        .addAllActors(ReportActors.actors())
        .addAllPlaces(ReportActors.places())
        .addAllSources(ReportSources.sources())
        .addAllClaims(claims())
        .addAllEvents(ReportEvents.events())
        .addAllRelations(ClaimRelations.relations())
        .build();
  }

  private static DatasetMetadata metadata() {
    return new DatasetMetadata.Builder()
        .title("North Korean soldiers in the Kursk region: a news report of October 2024")
        .description(
            "A short news report by an unnamed outlet, relaying The New York Times, BILD and"
                + " Ukrainian officials on North Korean soldiers sent to Russia's Kursk region."
                + " Every sentence is covered by at least one claim; what the curator inferred"
                + " (the year, implied speakers) is marked as inferred.")
        .addCurators("The Hearsay developers")
        .created(LocalDate.of(2026, 11, 26))
        .license("CC-BY-4.0")
        .encodes(REPORT)
        .build();
  }

  private static List<Claim> claims() {
    List<Claim> claims = new ArrayList<>();
    claims.addAll(NytClaims.claims());
    claims.addAll(BildClaims.claims());
    claims.addAll(LateOctoberClaims.claims());
    return claims;
  }
}
