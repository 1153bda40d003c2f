package dev.hearsay.examples;

import static dev.hearsay.core.model.Commitment.CERTAIN;
import static dev.hearsay.core.model.Commitment.POSSIBLE;
import static dev.hearsay.core.model.Commitment.PROBABLE;
import static dev.hearsay.core.model.Commitment.PROBABLE_NOT;
import static dev.hearsay.core.model.Commitment.UNCOMMITTED;
import static dev.hearsay.core.model.ReportingMode.DIRECT_QUOTE;
import static dev.hearsay.core.model.ReportingMode.IMPLIED;
import static dev.hearsay.core.model.ReportingMode.PARAPHRASE;
import static dev.hearsay.core.model.ReportingMode.PARTIAL_QUOTE;
import static dev.hearsay.examples.KurskReport.AMMUNITION;
import static dev.hearsay.examples.KurskReport.ARMS_VALUE;
import static dev.hearsay.examples.KurskReport.CLOSE_ALLY;
import static dev.hearsay.examples.KurskReport.MILITARY_INCOME;
import static dev.hearsay.examples.KurskReport.REGIME_STABILITY;
import static dev.hearsay.examples.KurskReport.REVENUES;
import static dev.hearsay.examples.KurskReport.TROOP_CEILING;
import static dev.hearsay.examples.ReportActors.BILD;
import static dev.hearsay.examples.ReportActors.GUSEINOVA;
import static dev.hearsay.examples.ReportActors.KIM_JONG_UN;
import static dev.hearsay.examples.ReportActors.NORTH_KOREA;
import static dev.hearsay.examples.ReportActors.NORTH_KOREAN_MILITARY;
import static dev.hearsay.examples.ReportActors.NORTH_KOREAN_TROOPS;
import static dev.hearsay.examples.ReportActors.PUTIN;
import static dev.hearsay.examples.ReportActors.RUSSIA;
import static dev.hearsay.examples.ReportActors.RUSSIA_PLACE;
import static dev.hearsay.examples.ReportEncoding.hop;
import static dev.hearsay.examples.ReportEncoding.quote;
import static dev.hearsay.examples.ReportEncoding.reportHop;
import static dev.hearsay.examples.ReportSources.BILD_ARTICLE;
import static dev.hearsay.examples.ReportSources.GUSEINOVA_RESEARCH;

import dev.hearsay.core.model.Bound;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Likelihood;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Unit;
import java.math.BigDecimal;
import java.util.List;

/**
 * The claims of the paragraphs on BILD citing Elena Guseinova's research: three hops, of which
 * some are the curator's inference.
 */
final class BildClaims {
  private static final String NAMED_WITHOUT_BILD =
      "The sentence names Guseinova but not BILD: the BILD hop is inferred from context. Her own"
          + " hop names no source, as the text does not say where she said it.";

  private BildClaims() {}

  /** The claims, in the order of the report. */
  static List<Claim> claims() {
    return List.of(
        armsValue(),
        revenues(),
        militaryIncome(),
        troopCeiling(),
        regimeStability(),
        ammunition(),
        closeAlly());
  }

  // BILD citing Guseinova's research: three hops. The next two sentences are hers by
  // implication only; the two after those name her but not BILD.

  private static Claim armsValue() {
    return new Claim.Builder()
        .id(ARMS_VALUE)
        .proposition(
            "North Korea's arms deliveries to Russia are worth as much as 5 billion" + " euros.")
        .addActors(NORTH_KOREA, RUSSIA)
        .addQuantities(
            new Quantity.Builder()
                .name("arms-supplies-value")
                .upper(Bound.inclusive(new BigDecimal("5E+9")))
                .unit(Unit.currency("EUR"))
                .asWritten("up to five billion euros")
                .build())
        .addAttribution(
            Chain.of(
                reportHop(UNCOMMITTED),
                hop(BILD)
                    .source(BILD_ARTICLE)
                    .cue("cites")
                    .mode(PARAPHRASE)
                    .commitment(POSSIBLE)
                    .build(),
                hop(GUSEINOVA)
                    .source(GUSEINOVA_RESEARCH)
                    .cue("indicating")
                    .mode(PARAPHRASE)
                    .commitment(POSSIBLE)
                    .build()))
        .addNotes(
            "Hedge: \"could be valued at\" makes it possible (PS+); the modal lives in the"
                + " commitment, not in the proposition.")
        .build();
  }

  private static Claim revenues() {
    return new Claim.Builder()
        .id(REVENUES)
        .proposition("Cooperating with Russia will raise North Korea's revenues considerably.")
        .quote(quote("significantly increase", "North Korea stands to \"", "\" its revenues", 1016))
        .addActors(NORTH_KOREA, RUSSIA)
        .addAttribution(
            Chain.of(
                reportHop(UNCOMMITTED),
                hop(BILD)
                    .source(BILD_ARTICLE)
                    .mode(IMPLIED)
                    .commitment(PROBABLE)
                    .inferred(true)
                    .build(),
                hop(GUSEINOVA)
                    .source(GUSEINOVA_RESEARCH)
                    .mode(PARTIAL_QUOTE)
                    .commitment(PROBABLE)
                    .inferred(true)
                    .build()))
        .addNotes(
            "No cue names a speaker: the sentence follows BILD's account of Guseinova's research"
                + " and is hers by implication only, so both hops are inferred.",
            "The quoted words are a partial quote, presumably Guseinova's; they could be BILD's.",
            "\"Stands to\" is probable (PR+).")
        .build();
  }

  private static Claim militaryIncome() {
    return new Claim.Builder()
        .id(MILITARY_INCOME)
        .proposition(
            "The more soldiers Russia takes, the more North Korea's military apparatus earns: its"
                + " income rises by hundreds of millions of US dollars.")
        .addActors(NORTH_KOREAN_MILITARY, RUSSIA)
        .addQuantities(
            new Quantity.Builder()
                .name("income-increase")
                .lower(Bound.inclusive(new BigDecimal("2E+8")))
                .upper(Bound.exclusive(new BigDecimal("1E+9")))
                .approximate(true)
                .unit(Unit.currency("USD"))
                .asWritten("hundreds of millions of dollars")
                .build())
        .addAttribution(
            Chain.of(
                reportHop(UNCOMMITTED),
                hop(BILD)
                    .source(BILD_ARTICLE)
                    .mode(IMPLIED)
                    .commitment(POSSIBLE)
                    .inferred(true)
                    .build(),
                hop(GUSEINOVA)
                    .source(GUSEINOVA_RESEARCH)
                    .mode(IMPLIED)
                    .commitment(POSSIBLE)
                    .inferred(true)
                    .build()))
        .addNotes(
            "No cue names a speaker: the sentence is Guseinova's, via BILD, by implication only.",
            "Hedge: \"could rise\", and only \"depending on how many soldiers the Kremlin"
                + " receives\": possible (PS+).",
            "\"Dollars\" is taken to mean US dollars.",
            "\"Hundreds of millions\": the plural of a hundred million means at least two hundred"
                + " million, and not \"billions\" means below a billion.")
        .build();
  }

  private static Claim troopCeiling() {
    return new Claim.Builder()
        .id(TROOP_CEILING)
        .proposition("North Korea will send Russia more than 20,000 troops.")
        .addActors(NORTH_KOREA, NORTH_KOREAN_TROOPS)
        .addPlaces(RUSSIA_PLACE)
        .addQuantities(
            new Quantity.Builder()
                .name("troops")
                .lower(Bound.exclusive(new BigDecimal("20000")))
                .unit(Unit.count("troops"))
                .asWritten("more than 20,000 troops")
                .build())
        .addAttribution(guseinovaNamed(PROBABLE_NOT, Likelihood.UNLIKELY, "suggests"))
        .addNotes(
            NAMED_WITHOUT_BILD,
            "\"Unlikely to dispatch more than 20,000\": a calibrated estimate (ICD 203 unlikely,"
                + " 20-45%) that more than 20,000 will be sent, so probably not (PR-).")
        .build();
  }

  private static Claim regimeStability() {
    return new Claim.Builder()
        .id(REGIME_STABILITY)
        .proposition("Sending more than 20,000 troops puts Kim Jong Un's hold on power at risk.")
        .addActors(KIM_JONG_UN, NORTH_KOREA)
        .addAttribution(guseinovaNamed(POSSIBLE, null, "suggests"))
        .addNotes(
            "Hedge: \"could jeopardize\" is possible (PS+), kept in the commitment. Given as"
                + " her reason (\"as\") for the ceiling: it makes a larger dispatch less likely.",
            NAMED_WITHOUT_BILD)
        .build();
  }

  private static Claim ammunition() {
    return new Claim.Builder()
        .id(AMMUNITION)
        .proposition("Russia seeks North Korea's help chiefly because it badly lacks ammunition.")
        .quote(
            quote(
                "Russia is turning to North Korea primarily because of its desperate need for"
                    + " ammunition.",
                "regime stability.\n\"",
                " Putin also",
                1407))
        .addActors(RUSSIA, NORTH_KOREA)
        .addAttribution(guseinovaNamed(CERTAIN, null, "added"))
        .addNotes(NAMED_WITHOUT_BILD)
        .build();
  }

  private static Claim closeAlly() {
    return new Claim.Builder()
        .id(CLOSE_ALLY)
        .proposition(
            "Putin wants to show that he has a close ally, to keep up a long aggressive" + " war.")
        .quote(
            quote(
                "Putin also wants to display a close ally to sustain long-term aggressive warfare",
                "for ammunition. ",
                ",\" Guseinova added.",
                1496))
        .addActors(PUTIN, NORTH_KOREA)
        .addAttribution(guseinovaNamed(CERTAIN, null, "added"))
        .addNotes(NAMED_WITHOUT_BILD)
        .build();
  }

  /**
   * Sentences that name Guseinova but not BILD: the BILD hop is inferred from context. Her own hop
   * names no source: the text does not say whether she suggested or said it in her research, to
   * BILD or elsewhere.
   */
  private static Chain guseinovaNamed(Commitment commitment, Likelihood likelihood, String cue) {
    Hop.Builder guseinova =
        hop(GUSEINOVA)
            .cue(cue)
            .mode(cue.equals("added") ? DIRECT_QUOTE : PARAPHRASE)
            .commitment(commitment);
    if (likelihood != null) {
      guseinova.likelihood(likelihood);
    }
    return Chain.of(
        reportHop(UNCOMMITTED),
        hop(BILD).source(BILD_ARTICLE).mode(IMPLIED).commitment(commitment).inferred(true).build(),
        guseinova.build());
  }
}
