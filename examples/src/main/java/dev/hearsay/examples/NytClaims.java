package dev.hearsay.examples;

import static dev.hearsay.core.model.Commitment.CERTAIN;
import static dev.hearsay.core.model.Commitment.CERTAIN_NOT;
import static dev.hearsay.core.model.Commitment.PROBABLE;
import static dev.hearsay.core.model.Commitment.UNCOMMITTED;
import static dev.hearsay.core.model.ReportingMode.DIRECT_QUOTE;
import static dev.hearsay.core.model.ReportingMode.PARAPHRASE;
import static dev.hearsay.examples.KurskReport.ARRIVED;
import static dev.hearsay.examples.KurskReport.EXPECTED_IN_COUNTEROFFENSIVE;
import static dev.hearsay.examples.KurskReport.NOT_IN_COMBAT;
import static dev.hearsay.examples.KurskReport.OCCUPATION;
import static dev.hearsay.examples.KurskReport.REDEPLOYMENT;
import static dev.hearsay.examples.KurskReport.ROLE_UNCLEAR;
import static dev.hearsay.examples.KurskReport.SET_TO_JOIN;
import static dev.hearsay.examples.KurskReport.WINTER_PUSH;
import static dev.hearsay.examples.ReportActors.AMERICAN_OFFICIALS;
import static dev.hearsay.examples.ReportActors.EASTERN_UKRAINE;
import static dev.hearsay.examples.ReportActors.KURSK_REGION;
import static dev.hearsay.examples.ReportActors.NORTH_KOREAN_TROOPS;
import static dev.hearsay.examples.ReportActors.NYT;
import static dev.hearsay.examples.ReportActors.NYT_JOURNALISTS;
import static dev.hearsay.examples.ReportActors.RUSSIA;
import static dev.hearsay.examples.ReportActors.RUSSIAN_TROOPS;
import static dev.hearsay.examples.ReportActors.UKRAINE_PLACE;
import static dev.hearsay.examples.ReportActors.UKRAINIAN_FORCES;
import static dev.hearsay.examples.ReportActors.UKRAINIAN_OFFICIALS;
import static dev.hearsay.examples.ReportEncoding.YEAR_INFERRED;
import static dev.hearsay.examples.ReportEncoding.hop;
import static dev.hearsay.examples.ReportEncoding.quote;
import static dev.hearsay.examples.ReportEncoding.reportHop;
import static dev.hearsay.examples.ReportEncoding.time;
import static dev.hearsay.examples.ReportSources.NYT_ARTICLE;

import dev.hearsay.core.model.Bound;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Unit;
import java.math.BigDecimal;
import java.util.List;

/**
 * The claims of the report's first three paragraphs: the headline and the NYT citing officials, the
 * NYT passage in quotation marks, its journalists, and the report speaking in its own voice.
 */
final class NytClaims {
  private static final String STATES_THE_REPORT =
      "\"States the report\" names no outlet: the report meant is taken to be the NYT's, named in"
          + " the sentence before, so the NYT's hop is inferred.";

  private NytClaims() {}

  /** The claims, in the order of the report. */
  static List<Claim> claims() {
    return List.of(
        setToJoin(),
        arrived(),
        expectedInCounteroffensive(),
        occupation(),
        notInCombat(),
        roleUnclear(),
        redeployment(),
        winterPush());
  }

  // The headline and the first sentence: the report relays the NYT, which cites two groups.

  private static Claim setToJoin() {
    Hop report = reportHop(PROBABLE);
    Hop nyt =
        hop(NYT).source(NYT_ARTICLE).cue("reports").mode(PARAPHRASE).commitment(PROBABLE).build();
    return new Claim.Builder()
        .id(SET_TO_JOIN)
        .proposition(
            "North Korean soldiers will join Russian troops in a counteroffensive in the Kursk"
                + " region.")
        .addActors(NORTH_KOREAN_TROOPS, RUSSIAN_TROOPS)
        .addPlaces(KURSK_REGION)
        .addAttribution(
            Chain.of(
                report,
                nyt,
                hop(UKRAINIAN_OFFICIALS)
                    .cue("citing")
                    .mode(PARAPHRASE)
                    .commitment(PROBABLE)
                    .build()))
        .addAttribution(
            Chain.of(
                report,
                nyt,
                hop(AMERICAN_OFFICIALS)
                    .cue("citing")
                    .mode(PARAPHRASE)
                    .commitment(PROBABLE)
                    .build()))
        .addNotes(
            "\"Set to join\" is an expectation about the future, not a fact: every hop is"
                + " probable (PR+).",
            "The headline states it without attribution, so the report's own hop is probable"
                + " rather than uncommitted; the first sentence attributes it to the NYT.",
            "\"Ukrainian and American officials\" are two anonymous groups: two chains that share"
                + " their first two hops.")
        .build();
  }

  // The NYT passage in quotation marks: "states the report" refers to the NYT's report.

  private static Claim arrived() {
    return new Claim.Builder()
        .id(ARRIVED)
        .proposition("Thousands of North Korean soldiers are now in the Kursk region.")
        .quote(
            quote(
                "Thousands of North Korean soldiers have arrived in the Kursk region",
                "the Kursk region.\n\"",
                ", where they",
                236))
        .addActors(NORTH_KOREAN_TROOPS)
        .addPlaces(KURSK_REGION)
        .addQuantities(
            new Quantity.Builder()
                .name("soldiers")
                .lower(Bound.inclusive(new BigDecimal("2000")))
                .upper(Bound.exclusive(new BigDecimal("10000")))
                .approximate(true)
                .unit(Unit.count("soldiers"))
                .asWritten("Thousands")
                .build())
        .addAttribution(nytQuote(CERTAIN))
        .addNotes(
            "\"Thousands\" gives no figure. The plural of a thousand means at least two"
                + " thousand, and \"thousands\" rather than \"tens of thousands\" means fewer than"
                + " ten thousand: from 2,000 to below 10,000, approximate.",
            STATES_THE_REPORT)
        .build();
  }

  private static Claim expectedInCounteroffensive() {
    return new Claim.Builder()
        .id(EXPECTED_IN_COUNTEROFFENSIVE)
        .proposition(
            "The North Korean soldiers in the Kursk region are to take part in the"
                + " counteroffensive meant to drive Ukrainian forces out of it.")
        .quote(
            quote(
                "they are expected to join the counteroffensive aimed at ousting Ukrainian forces",
                "Kursk region, where ",
                " that have",
                311))
        .addActors(NORTH_KOREAN_TROOPS, UKRAINIAN_FORCES)
        .addPlaces(KURSK_REGION)
        .addAttribution(nytQuote(PROBABLE))
        .addNotes("\"Expected to join\" is an expectation: probable (PR+).", STATES_THE_REPORT)
        .build();
  }

  private static Claim occupation() {
    return new Claim.Builder()
        .id(OCCUPATION)
        .proposition("Ukrainian forces have held parts of the Kursk region since August.")
        .quote(
            quote(
                "Ukrainian forces that have occupied parts of the area since August",
                "aimed at ousting ",
                ",\" states",
                375))
        .addActors(UKRAINIAN_FORCES)
        .addPlaces(KURSK_REGION)
        .time(time("2024-08/..", "since August", true))
        .addAttribution(nytQuote(CERTAIN))
        .addNotes(
            "\"Since August\" is an interval open at its end: the occupation goes on at the time"
                + " of the report.",
            STATES_THE_REPORT,
            YEAR_INFERRED)
        .build();
  }

  /**
   * The quoted passage: "states the report" names no outlet; that the report meant is the NYT's,
   * named in the sentence before, is the curator's reading, so the hop is inferred.
   */
  private static Chain nytQuote(Commitment commitment) {
    return Chain.of(
        reportHop(UNCOMMITTED),
        hop(NYT)
            .source(NYT_ARTICLE)
            .cue("states")
            .mode(DIRECT_QUOTE)
            .commitment(commitment)
            .inferred(true)
            .build());
  }

  // "Journalists emphasize": the NYT's journalists, by context.

  private static Claim notInCombat() {
    return new Claim.Builder()
        .id(NOT_IN_COMBAT)
        .proposition("North Korean forces have already taken part in combat.")
        .addActors(NORTH_KOREAN_TROOPS)
        .addAttribution(journalists(CERTAIN_NOT))
        .addNotes(
            "A negative claim: the journalists say the forces \"have not yet engaged in combat\";"
                + " the proposition is stated positively and the commitment is certain-not"
                + " (CT-).",
            "The report writes only \"Journalists\"; that they are the NYT's, writing in its"
                + " article, is inferred from the preceding sentences: the hop is inferred.")
        .build();
  }

  private static Claim roleUnclear() {
    return new Claim.Builder()
        .id(ROLE_UNCLEAR)
        .proposition("What exactly the North Korean forces will do is not yet known.")
        .addActors(NORTH_KOREAN_TROOPS)
        .addAttribution(journalists(CERTAIN))
        .addNotes(
            "Introduced by \"so\": a conclusion drawn from their not having fought yet. It may be"
                + " the journalists' or the report's; the dataset reads it as the journalists'"
                + " (an inferred hop, as for the sentence it concludes).")
        .build();
  }

  /**
   * "Journalists emphasize": the report names neither the journalists' outlet nor where they wrote
   * it; the NYT and its article are the curator's reading, so the hop is inferred.
   */
  private static Chain journalists(Commitment commitment) {
    return Chain.of(
        reportHop(UNCOMMITTED),
        hop(NYT_JOURNALISTS)
            .source(NYT_ARTICLE)
            .cue("emphasize")
            .mode(PARAPHRASE)
            .commitment(commitment)
            .inferred(true)
            .build());
  }

  // "Nonetheless, ...": no attribution; the report speaks in its own voice.

  private static Claim redeployment() {
    return new Claim.Builder()
        .id(REDEPLOYMENT)
        .proposition(
            "With many North Korean troops at hand, Russia can move more of its own forces"
                + " towards eastern Ukraine.")
        .addActors(NORTH_KOREAN_TROOPS, RUSSIA)
        .addPlaces(EASTERN_UKRAINE)
        .addAttribution(Chain.of(reportHop(CERTAIN)))
        .addNotes(
            "The sentence names no source: the report's own statement. \"Nonetheless\" ties it"
                + " to the journalists' account, which it may continue.",
            "\"A significant number\" gives no figure, so no quantity is recorded; the report's"
                + " only figure is the earlier \"thousands\".")
        .build();
  }

  private static Claim winterPush() {
    return new Claim.Builder()
        .id(WINTER_PUSH)
        .proposition(
            "Russia can concentrate on taking as much Ukrainian land as it can before the harsh"
                + " winter.")
        .addActors(RUSSIA)
        .addPlaces(UKRAINE_PLACE)
        .time(time("../2024-24", "before the harsh winter", true))
        .addAttribution(Chain.of(reportHop(CERTAIN)))
        .addNotes(
            "\"Before the harsh winter\" is a vague deadline. EDTF has no \"before the start of\""
                + " a season, so the time is the tightest bound the text gives, on or before the"
                + " winter of 2024 (../2024-24), which takes in the winter itself; the text names"
                + " no month. The winter is the event e-winter-deadline.",
            YEAR_INFERRED)
        .build();
  }
}
