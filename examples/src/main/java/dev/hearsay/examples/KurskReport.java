package dev.hearsay.examples;

import static dev.hearsay.core.model.Commitment.CERTAIN;
import static dev.hearsay.core.model.Commitment.CERTAIN_NOT;
import static dev.hearsay.core.model.Commitment.POSSIBLE;
import static dev.hearsay.core.model.Commitment.PROBABLE;
import static dev.hearsay.core.model.Commitment.PROBABLE_NOT;
import static dev.hearsay.core.model.Commitment.UNCOMMITTED;
import static dev.hearsay.core.model.ReportingMode.DIRECT_QUOTE;
import static dev.hearsay.core.model.ReportingMode.IMPLIED;
import static dev.hearsay.core.model.ReportingMode.PARAPHRASE;
import static dev.hearsay.core.model.ReportingMode.PARTIAL_QUOTE;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Affiliation;
import dev.hearsay.core.model.Bound;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Coordinates;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.model.EventStatus;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Likelihood;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.PlaceId;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Quote;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.model.Unit;
import dev.hearsay.core.time.ImpreciseTime;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 *       it describes, and is marked {@link TimeMention#inferred()}. So is every hop whose speaker
 *       the text leaves implicit ({@link Hop#inferred()}, with {@link
 *       dev.hearsay.core.model.ReportingMode#IMPLIED} where no cue names the speaker).
 * </ul>
 *
 * <pre>{@code
 * Dataset report = KurskReport.dataset();
 * report.claim(KurskReport.NOT_IN_COMBAT).orElseThrow().attribution().get(0).origin();
 * }</pre>
 */
public final class KurskReport {
  // Actors.
  private static final ActorId OUTLET = ActorId.of("unnamed-outlet");
  private static final ActorId NYT = ActorId.of("nyt");
  private static final ActorId NYT_JOURNALISTS = ActorId.of("nyt-journalists");
  private static final ActorId UKRAINIAN_OFFICIALS = ActorId.of("ukrainian-officials");
  private static final ActorId AMERICAN_OFFICIALS = ActorId.of("american-officials");
  private static final ActorId BILD = ActorId.of("bild");
  private static final ActorId GUSEINOVA = ActorId.of("elena-guseinova");
  private static final ActorId HANKUK_UNIVERSITY = ActorId.of("hankuk-university");
  private static final ActorId ZELENSKY = ActorId.of("volodymyr-zelensky");
  private static final ActorId YERMAK = ActorId.of("andriy-yermak");
  private static final ActorId OFFICE_OF_THE_PRESIDENT = ActorId.of("office-of-the-president");
  private static final ActorId UNNAMED_SOURCES = ActorId.of("unnamed-sources");
  private static final ActorId NORTH_KOREA = ActorId.of("north-korea");
  private static final ActorId RUSSIA = ActorId.of("russia");
  private static final ActorId UKRAINE = ActorId.of("ukraine");
  private static final ActorId NORTH_KOREAN_TROOPS = ActorId.of("north-korean-troops");
  private static final ActorId NORTH_KOREAN_MILITARY = ActorId.of("north-korean-military");
  private static final ActorId RUSSIAN_TROOPS = ActorId.of("russian-troops");
  private static final ActorId UKRAINIAN_FORCES = ActorId.of("ukrainian-forces");
  private static final ActorId KIM_JONG_UN = ActorId.of("kim-jong-un");
  private static final ActorId PUTIN = ActorId.of("vladimir-putin");

  // Places.
  private static final PlaceId KURSK_REGION = PlaceId.of("kursk-region");
  private static final PlaceId EASTERN_UKRAINE = PlaceId.of("eastern-ukraine");
  private static final PlaceId UKRAINE_PLACE = PlaceId.of("ukraine");
  private static final PlaceId RUSSIA_PLACE = PlaceId.of("russia");
  private static final PlaceId NORTH_KOREA_PLACE = PlaceId.of("north-korea");
  private static final PlaceId SEOUL = PlaceId.of("seoul");

  // Sources.
  /** The report this dataset encodes. */
  public static final SourceId REPORT = SourceId.of("report");

  private static final SourceId NYT_ARTICLE = SourceId.of("nyt-article");
  private static final SourceId BILD_ARTICLE = SourceId.of("bild-article");
  private static final SourceId GUSEINOVA_RESEARCH = SourceId.of("guseinova-research");

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

  private static final String YEAR_INFERRED =
      "The report gives no year; 2024 is the curator's inference from the events it describes.";

  private KurskReport() {}

  /**
   * The report as a dataset.
   *
   * @return the dataset, built anew on each call
   */
  public static Dataset dataset() {
    return new Dataset.Builder()
        .metadata(metadata())
        .addAllActors(actors())
        .addAllPlaces(places())
        .addAllSources(sources())
        .addAllClaims(claims())
        .addAllEvents(events())
        .addAllRelations(relations())
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

  private static List<Actor> actors() {
    return List.of(
        actor(OUTLET, "Unnamed outlet", ActorKind.UNKNOWN)
            .description("The publisher of the report; the text does not name it.")
            .build(),
        actor(NYT, "The New York Times", ActorKind.MEDIA_OUTLET)
            .addAliases("NYT")
            .build(),
        actor(NYT_JOURNALISTS, "The New York Times journalists", ActorKind.GROUP)
            .anonymous(true)
            .description("The report's \"journalists\"; that they are the NYT's is inferred.")
            .addAffiliations(new Affiliation.Builder()
                .organization(NYT)
                .role("journalists")
                .build())
            .build(),
        actor(UKRAINIAN_OFFICIALS, "Ukrainian officials", ActorKind.GROUP)
            .anonymous(true)
            .build(),
        actor(AMERICAN_OFFICIALS, "American officials", ActorKind.GROUP)
            .anonymous(true)
            .build(),
        actor(BILD, "BILD", ActorKind.MEDIA_OUTLET)
            .description("A German newspaper.")
            .build(),
        actor(GUSEINOVA, "Elena Guseinova", ActorKind.PERSON)
            .addAffiliations(new Affiliation.Builder()
                .organization(HANKUK_UNIVERSITY)
                .role("analyst")
                .build())
            .build(),
        actor(HANKUK_UNIVERSITY, "Hankuk University", ActorKind.ORGANIZATION)
            .description("A university in Seoul.")
            .build(),
        actor(ZELENSKY, "Volodymyr Zelensky", ActorKind.PERSON)
            .addAffiliations(new Affiliation.Builder()
                .organization(UKRAINE)
                .role("Ukrainian President")
                .build())
            .build(),
        actor(YERMAK, "Andriy Yermak", ActorKind.PERSON)
            .addAffiliations(new Affiliation.Builder()
                .organization(OFFICE_OF_THE_PRESIDENT)
                .role("head of the Office of the President")
                .build())
            .build(),
        actor(OFFICE_OF_THE_PRESIDENT, "Office of the President of Ukraine",
            ActorKind.GOVERNMENT_BODY)
            .addAliases("Office of the President")
            .build(),
        actor(UNNAMED_SOURCES, "Unnamed sources", ActorKind.UNKNOWN)
            .anonymous(true)
            .description("Whoever the report's \"reportedly\" relies on; the text names no one.")
            .build(),
        actor(NORTH_KOREA, "North Korea", ActorKind.STATE)
            .addAliases("DPRK", "the regime")
            .build(),
        actor(RUSSIA, "Russia", ActorKind.STATE)
            .addAliases("the Kremlin", "Moscow")
            .build(),
        actor(UKRAINE, "Ukraine", ActorKind.STATE).build(),
        actor(NORTH_KOREAN_TROOPS, "North Korean soldiers", ActorKind.GROUP)
            .addAliases("North Korean troops", "DPRK forces", "DPRK soldiers")
            .build(),
        actor(NORTH_KOREAN_MILITARY, "North Korea's military apparatus",
            ActorKind.GOVERNMENT_BODY)
            .build(),
        actor(RUSSIAN_TROOPS, "Russian troops", ActorKind.GROUP).build(),
        actor(UKRAINIAN_FORCES, "Ukrainian forces", ActorKind.GROUP).build(),
        actor(KIM_JONG_UN, "Kim Jong Un", ActorKind.PERSON).build(),
        actor(PUTIN, "Vladimir Putin", ActorKind.PERSON)
            .addAliases("Putin")
            .description("President of Russia; the report names him only as \"Putin\".")
            .build());
  }

  private static Actor.Builder actor(ActorId id, String name, ActorKind kind) {
    return new Actor.Builder().id(id).name(name).kind(kind);
  }

  private static List<Place> places() {
    return List.of(
        new Place.Builder().id(KURSK_REGION).name("Kursk region").isoCode("RU-KRS").build(),
        new Place.Builder().id(EASTERN_UKRAINE).name("eastern Ukraine").build(),
        new Place.Builder().id(UKRAINE_PLACE).name("Ukraine").isoCode("UA").build(),
        new Place.Builder().id(RUSSIA_PLACE).name("Russia").isoCode("RU").build(),
        new Place.Builder().id(NORTH_KOREA_PLACE).name("North Korea").isoCode("KP").build(),
        new Place.Builder()
            .id(SEOUL)
            .name("Seoul")
            .isoCode("KR-11")
            .coordinates(new Coordinates(37.5665, 126.978))
            .build());
  }

  private static List<Source> sources() {
    return List.of(
        new Source.Builder()
            .id(REPORT)
            .kind(SourceKind.ARTICLE)
            .title("North Korean soldiers set to join Russian troops in Kursk region")
            .publisher(OUTLET)
            .language("en")
            .published(new TimeMention.Builder()
                .value(edtf("2024-10-28/.."))
                .inferred(true)
                .build())
            .addCites(NYT_ARTICLE, BILD_ARTICLE)
            .build(),
        new Source.Builder()
            .id(NYT_ARTICLE)
            .kind(SourceKind.ARTICLE)
            .title("The New York Times report on North Korean soldiers in the Kursk region")
            .publisher(NYT)
            .language("en")
            .build(),
        new Source.Builder()
            .id(BILD_ARTICLE)
            .kind(SourceKind.ARTICLE)
            .title("BILD article on North Korea's gains from its cooperation with Russia")
            .publisher(BILD)
            .language("de")
            .addCites(GUSEINOVA_RESEARCH)
            .build(),
        new Source.Builder()
            .id(GUSEINOVA_RESEARCH)
            .kind(SourceKind.RESEARCH)
            .title("Elena Guseinova's research on North Korea's arms supplies to Russia")
            .addAuthors(GUSEINOVA)
            .build());
  }

  private static List<Claim> claims() {
    return List.of(
        setToJoin(), arrived(), expectedInCounteroffensive(), occupation(),
        notInCombat(), roleUnclear(), redeployment(), winterPush(),
        armsValue(), revenues(), militaryIncome(), troopCeiling(), regimeStability(),
        ammunition(), closeAlly(),
        deploymentExpected(), inCombatZones(), deFacto(), alteredDynamics(), trucks());
  }

  // The headline and the first sentence: the report relays the NYT, which cites two groups.

  private static Claim setToJoin() {
    Hop report = reportHop(PROBABLE);
    Hop nyt = hop(NYT).source(NYT_ARTICLE).cue("reports").mode(PARAPHRASE)
        .commitment(PROBABLE).build();
    return new Claim.Builder()
        .id(SET_TO_JOIN)
        .proposition(
            "North Korean soldiers will join Russian troops in a counteroffensive in the Kursk"
                + " region.")
        .addActors(NORTH_KOREAN_TROOPS, RUSSIAN_TROOPS)
        .addPlaces(KURSK_REGION)
        .addAttribution(Chain.of(report, nyt,
            hop(UKRAINIAN_OFFICIALS).cue("citing").mode(PARAPHRASE).commitment(PROBABLE).build()))
        .addAttribution(Chain.of(report, nyt,
            hop(AMERICAN_OFFICIALS).cue("citing").mode(PARAPHRASE).commitment(PROBABLE).build()))
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
        .proposition("Several thousand North Korean soldiers are now in the Kursk region.")
        .quote(quote("Thousands of North Korean soldiers have arrived in the Kursk region",
            "the Kursk region.\n\"", ", where they", 236))
        .addActors(NORTH_KOREAN_TROOPS)
        .addPlaces(KURSK_REGION)
        .addQuantities(new Quantity.Builder()
            .name("soldiers")
            .lower(Bound.inclusive(new BigDecimal("1000")))
            .approximate(true)
            .unit(Unit.count("soldiers"))
            .asWritten("Thousands")
            .build())
        .addAttribution(nytQuote(CERTAIN))
        .addNotes("\"Thousands\" gives no figure: at least 1,000, approximate.")
        .build();
  }

  private static Claim expectedInCounteroffensive() {
    return new Claim.Builder()
        .id(EXPECTED_IN_COUNTEROFFENSIVE)
        .proposition(
            "The North Korean soldiers in the Kursk region are to take part in the"
                + " counteroffensive meant to drive Ukrainian forces out of it.")
        .quote(quote(
            "they are expected to join the counteroffensive aimed at ousting Ukrainian forces",
            "Kursk region, where ", " that have", 311))
        .addActors(NORTH_KOREAN_TROOPS, UKRAINIAN_FORCES)
        .addPlaces(KURSK_REGION)
        .addAttribution(nytQuote(PROBABLE))
        .addNotes("\"Expected to join\" is an expectation: probable (PR+).")
        .build();
  }

  private static Claim occupation() {
    return new Claim.Builder()
        .id(OCCUPATION)
        .proposition("Ukrainian forces have held parts of the Kursk region since August 2024.")
        .quote(quote("Ukrainian forces that have occupied parts of the area since August",
            "aimed at ousting ", ",\" states", 375))
        .addActors(UKRAINIAN_FORCES)
        .addPlaces(KURSK_REGION)
        .time(time("2024-08/..", "since August", true))
        .addAttribution(nytQuote(CERTAIN))
        .addNotes(
            "\"Since August\" is an interval open at its end: the occupation goes on at the time"
                + " of the report.",
            YEAR_INFERRED)
        .build();
  }

  private static Chain nytQuote(Commitment commitment) {
    return Chain.of(reportHop(UNCOMMITTED),
        hop(NYT).source(NYT_ARTICLE).cue("states").mode(DIRECT_QUOTE).commitment(commitment)
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
            "The report writes only \"Journalists\"; that they are the NYT's is inferred from"
                + " the preceding sentences.")
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
                + " the journalists' or the report's; the dataset reads it as the journalists'.")
        .build();
  }

  private static Chain journalists(Commitment commitment) {
    return Chain.of(reportHop(UNCOMMITTED),
        hop(NYT_JOURNALISTS).source(NYT_ARTICLE).cue("emphasize").mode(PARAPHRASE)
            .commitment(commitment).build());
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
            "Russia can concentrate on taking as much Ukrainian land as it can before winter"
                + " sets in.")
        .addActors(RUSSIA)
        .addPlaces(UKRAINE_PLACE)
        .time(time("../2024-24", "before the harsh winter", true))
        .addAttribution(Chain.of(reportHop(CERTAIN)))
        .addNotes(
            "\"Before the harsh winter\" is a vague deadline. It is encoded as on or before"
                + " winter 2024 (EDTF season 24, the winter of 2024-25) rather than a month:"
                + " the text says neither when the winter starts nor how much of it counts.",
            YEAR_INFERRED)
        .build();
  }

  // BILD citing Guseinova's research: three hops. The next two sentences are hers by
  // implication only; the two after those name her but not BILD.

  private static Claim armsValue() {
    return new Claim.Builder()
        .id(ARMS_VALUE)
        .proposition("North Korea's arms deliveries to Russia may be worth as much as 5 billion"
            + " euros.")
        .addActors(NORTH_KOREA, RUSSIA)
        .addQuantities(new Quantity.Builder()
            .name("arms-supplies-value")
            .upper(Bound.inclusive(new BigDecimal("5E+9")))
            .unit(Unit.currency("EUR"))
            .asWritten("up to five billion euros")
            .build())
        .addAttribution(Chain.of(reportHop(UNCOMMITTED),
            hop(BILD).source(BILD_ARTICLE).cue("cites").mode(PARAPHRASE).commitment(POSSIBLE)
                .build(),
            hop(GUSEINOVA).source(GUSEINOVA_RESEARCH).cue("indicating").mode(PARAPHRASE)
                .commitment(POSSIBLE).build()))
        .addNotes("Hedge: \"could be valued at\" makes it possible (PS+).")
        .build();
  }

  private static Claim revenues() {
    return new Claim.Builder()
        .id(REVENUES)
        .proposition("Cooperating with Russia will raise North Korea's revenues considerably.")
        .quote(quote("significantly increase", "North Korea stands to \"", "\" its revenues",
            1016))
        .addActors(NORTH_KOREA, RUSSIA)
        .addAttribution(Chain.of(reportHop(UNCOMMITTED),
            hop(BILD).source(BILD_ARTICLE).mode(IMPLIED).commitment(PROBABLE).inferred(true)
                .build(),
            hop(GUSEINOVA).source(GUSEINOVA_RESEARCH).mode(PARTIAL_QUOTE).commitment(PROBABLE)
                .inferred(true).build()))
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
            "The more soldiers Russia takes, the more North Korea's military apparatus earns:"
                + " an extra several hundred million US dollars.")
        .addActors(NORTH_KOREAN_MILITARY, RUSSIA)
        .addQuantities(new Quantity.Builder()
            .name("income-increase")
            .lower(Bound.inclusive(new BigDecimal("1E+8")))
            .upper(Bound.exclusive(new BigDecimal("1E+9")))
            .approximate(true)
            .unit(Unit.currency("USD"))
            .asWritten("hundreds of millions of dollars")
            .build())
        .addAttribution(Chain.of(reportHop(UNCOMMITTED),
            hop(BILD).source(BILD_ARTICLE).mode(IMPLIED).commitment(POSSIBLE).inferred(true)
                .build(),
            hop(GUSEINOVA).source(GUSEINOVA_RESEARCH).mode(IMPLIED).commitment(POSSIBLE)
                .inferred(true).build()))
        .addNotes(
            "No cue names a speaker: the sentence is Guseinova's, via BILD, by implication only.",
            "Hedge: \"could rise\", and only \"depending on how many soldiers the Kremlin"
                + " receives\": possible (PS+).",
            "\"Dollars\" is taken to mean US dollars.")
        .build();
  }

  private static Claim troopCeiling() {
    return new Claim.Builder()
        .id(TROOP_CEILING)
        .proposition("North Korea will send Russia more than 20,000 troops.")
        .addActors(NORTH_KOREA, NORTH_KOREAN_TROOPS)
        .addPlaces(RUSSIA_PLACE)
        .addQuantities(new Quantity.Builder()
            .name("troops")
            .lower(Bound.exclusive(new BigDecimal("20000")))
            .unit(Unit.count("troops"))
            .asWritten("more than 20,000 troops")
            .build())
        .addAttribution(guseinovaNamed(PROBABLE_NOT, Likelihood.UNLIKELY, "suggests"))
        .addNotes(
            "\"Unlikely to dispatch more than 20,000\": a calibrated estimate (ICD 203 unlikely,"
                + " 20-45%) that more than 20,000 will be sent, so probably not (PR-).")
        .build();
  }

  private static Claim regimeStability() {
    return new Claim.Builder()
        .id(REGIME_STABILITY)
        .proposition("Sending more than 20,000 troops might put Kim Jong Un's hold on power at"
            + " risk.")
        .addActors(KIM_JONG_UN, NORTH_KOREA)
        .addAttribution(guseinovaNamed(POSSIBLE, null, "suggests"))
        .addNotes("Hedge: \"could jeopardize\" is possible (PS+). Given as her reason (\"as\").")
        .build();
  }

  private static Claim ammunition() {
    return new Claim.Builder()
        .id(AMMUNITION)
        .proposition("Russia seeks North Korea's help chiefly because it badly lacks ammunition.")
        .quote(quote(
            "Russia is turning to North Korea primarily because of its desperate need for"
                + " ammunition.",
            "regime stability.\n\"", " Putin also", 1407))
        .addActors(RUSSIA, NORTH_KOREA)
        .addAttribution(guseinovaNamed(CERTAIN, null, "added"))
        .build();
  }

  private static Claim closeAlly() {
    return new Claim.Builder()
        .id(CLOSE_ALLY)
        .proposition("Putin wants to show that he has a close ally, to keep up a long aggressive"
            + " war.")
        .quote(quote(
            "Putin also wants to display a close ally to sustain long-term aggressive warfare",
            "for ammunition. ", ",\" Guseinova added.", 1496))
        .addActors(PUTIN, NORTH_KOREA)
        .addAttribution(guseinovaNamed(CERTAIN, null, "added"))
        .build();
  }

  /** Sentences that name Guseinova but not BILD: the BILD hop is inferred from context. */
  private static Chain guseinovaNamed(
      Commitment commitment, Likelihood likelihood, String cue) {
    Hop.Builder guseinova = hop(GUSEINOVA)
        .source(GUSEINOVA_RESEARCH)
        .cue(cue)
        .mode(cue.equals("added") ? DIRECT_QUOTE : PARAPHRASE)
        .commitment(commitment);
    if (likelihood != null) {
      guseinova.likelihood(likelihood);
    }
    return Chain.of(reportHop(UNCOMMITTED),
        hop(BILD).source(BILD_ARTICLE).mode(IMPLIED).commitment(commitment).inferred(true)
            .build(),
        guseinova.build());
  }

  // Zelensky, Yermak and the trucks.

  private static Claim deploymentExpected() {
    return new Claim.Builder()
        .id(DEPLOYMENT_EXPECTED)
        .proposition("Russia will send North Korean troops into battle.")
        .addActors(RUSSIA, NORTH_KOREAN_TROOPS, ZELENSKY)
        .addAttribution(Chain.of(reportHop(UNCOMMITTED),
            hop(ZELENSKY).cue("discussed expectations").mode(PARAPHRASE).commitment(PROBABLE)
                .time(time("2024-10-25", "on October 25", true)).build()))
        .addNotes("An expectation: probable (PR+).", YEAR_INFERRED)
        .build();
  }

  private static Claim inCombatZones() {
    return new Claim.Builder()
        .id(IN_COMBAT_ZONES)
        .proposition("North Korean soldiers will be fighting in combat zones by October 27-28,"
            + " 2024.")
        .addActors(NORTH_KOREAN_TROOPS)
        .time(time("2024-10-27/2024-10-28", "by October 27-28", true))
        .addAttribution(Chain.of(reportHop(UNCOMMITTED),
            hop(ZELENSKY).cue("were anticipated").mode(IMPLIED).commitment(PROBABLE)
                .time(time("2024-10-25", "on October 25", true)).inferred(true).build()))
        .addNotes(
            "\"Were anticipated\" names no one; the sentence follows Zelensky's discussion of"
                + " expectations, so he is the speaker by implication.",
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
            "North Korea's part in the war may change how the confrontation unfolds and what it"
                + " means.")
        .addActors(NORTH_KOREA)
        .addAttribution(yermak(POSSIBLE))
        .addNotes("Hedge: \"potentially\" is possible (PS+).")
        .build();
  }

  private static Chain yermak(Commitment commitment) {
    return Chain.of(reportHop(UNCOMMITTED),
        hop(YERMAK).cue("noted").mode(PARAPHRASE).commitment(commitment)
            .time(time("2024-10-27", "On October 27", true)).build());
  }

  private static Claim trucks() {
    return new Claim.Builder()
        .id(TRUCKS)
        .proposition("The first trucks carrying North Korean troops got to the front lines in the"
            + " Kursk region.")
        .addActors(NORTH_KOREAN_TROOPS)
        .addPlaces(KURSK_REGION)
        .time(time("../2024-10-28", "By October 28", true))
        .addAttribution(Chain.of(reportHop(UNCOMMITTED),
            hop(UNNAMED_SOURCES).cue("reportedly").mode(PARAPHRASE).commitment(CERTAIN)
                .inferred(true).build()))
        .addNotes(
            "\"Reportedly\" names no source: the origin is an unnamed party, an inferred hop.",
            "\"By October 28\" is an upper bound: on or before that day.",
            YEAR_INFERRED)
        .build();
  }

  private static List<Event> events() {
    return List.of(
        event("e-occupation", "Ukrainian forces occupy parts of the Kursk region",
            EventStatus.HAPPENED)
            .time(time("2024-08/..", "since August", true))
            .addPlaces(KURSK_REGION)
            .addParticipants(UKRAINIAN_FORCES)
            .addClaims(OCCUPATION)
            .build(),
        event("e-arrival", "Thousands of North Korean soldiers arrive in the Kursk region",
            EventStatus.HAPPENED)
            .addPlaces(KURSK_REGION)
            .addParticipants(NORTH_KOREAN_TROOPS)
            .addClaims(ARRIVED)
            .build(),
        event("e-counteroffensive",
            "North Korean soldiers join Russian troops in the counteroffensive in Kursk",
            EventStatus.EXPECTED)
            .addPlaces(KURSK_REGION)
            .addParticipants(NORTH_KOREAN_TROOPS, RUSSIAN_TROOPS, UKRAINIAN_FORCES)
            .addClaims(SET_TO_JOIN, EXPECTED_IN_COUNTEROFFENSIVE)
            .build(),
        event("e-zelensky-discussion",
            "Zelensky discusses the expected use of North Korean troops on the battlefield",
            EventStatus.HAPPENED)
            .time(time("2024-10-25", "on October 25", true))
            .addParticipants(ZELENSKY)
            .addClaims(DEPLOYMENT_EXPECTED)
            .build(),
        event("e-combat-involvement", "North Korean soldiers go into combat",
            EventStatus.EXPECTED)
            .time(time("2024-10-27/2024-10-28", "by October 27-28", true))
            .addParticipants(NORTH_KOREAN_TROOPS)
            .addClaims(IN_COMBAT_ZONES, DEPLOYMENT_EXPECTED)
            .build(),
        event("e-yermak-statement",
            "Yermak says North Korea is de facto taking part in the war", EventStatus.HAPPENED)
            .time(time("2024-10-27", "On October 27", true))
            .addParticipants(YERMAK)
            .addClaims(DE_FACTO, ALTERED_DYNAMICS)
            .build(),
        event("e-trucks-at-front",
            "The first trucks with North Korean troops reach the front lines in Kursk",
            EventStatus.HAPPENED)
            .time(time("../2024-10-28", "By October 28", true))
            .addPlaces(KURSK_REGION)
            .addParticipants(NORTH_KOREAN_TROOPS)
            .addClaims(TRUCKS)
            .build(),
        event("e-winter-deadline",
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

  private static List<Relation> relations() {
    return List.of(
        relation(NOT_IN_COMBAT, RelationKind.CONTRADICTS, DE_FACTO,
            "The journalists say the forces have not yet fought; Yermak says North Korea takes"
                + " part in the war in fact. Participation need not mean combat, and the two"
                + " were said at different times, so this is a tension rather than a strict"
                + " contradiction."),
        relation(NOT_IN_COMBAT, RelationKind.CONTRADICTS, TRUCKS,
            "Trucks with North Korean troops at the front lines by October 28 sit badly with"
                + " \"not yet engaged in combat\", though reaching the front is not fighting and"
                + " the journalists may have written earlier."),
        relation(EXPECTED_IN_COUNTEROFFENSIVE, RelationKind.ELABORATES, SET_TO_JOIN,
            "The NYT's quoted passage adds the aim of the counteroffensive."),
        relation(ROLE_UNCLEAR, RelationKind.DERIVED_FROM, NOT_IN_COMBAT,
            "\"So\": the unclear role is concluded from their not having fought."),
        relation(WINTER_PUSH, RelationKind.ELABORATES, REDEPLOYMENT,
            "What the redeployment enables."),
        relation(REVENUES, RelationKind.ELABORATES, ARMS_VALUE, null),
        relation(MILITARY_INCOME, RelationKind.ELABORATES, REVENUES, null),
        relation(REGIME_STABILITY, RelationKind.SUPPORTS, TROOP_CEILING,
            "Given as the reason (\"as\") for the ceiling."),
        relation(IN_COMBAT_ZONES, RelationKind.ELABORATES, DEPLOYMENT_EXPECTED,
            "The expected date of the deployment Zelensky discussed."),
        relation(TRUCKS, RelationKind.SUPPORTS, IN_COMBAT_ZONES,
            "Troops at the front by October 28 fit the expectation for October 27-28."),
        relation(ALTERED_DYNAMICS, RelationKind.ELABORATES, DE_FACTO, null));
  }

  private static Relation relation(ClaimId from, RelationKind kind, ClaimId to, String note) {
    Relation.Builder relation = new Relation.Builder().from(from).kind(kind).to(to);
    if (note != null) {
      relation.note(note);
    }
    return relation.build();
  }

  // Small shorthands for the parts that repeat.

  /** The report's own hop: the document the reader holds, by the unnamed outlet. */
  private static Hop reportHop(Commitment commitment) {
    return hop(OUTLET).source(REPORT).mode(PARAPHRASE).commitment(commitment).build();
  }

  private static Hop.Builder hop(ActorId actor) {
    return new Hop.Builder().actor(actor);
  }

  private static Quote quote(String exact, String prefix, String suffix, int start) {
    return new Quote.Builder()
        .source(REPORT)
        .exact(exact)
        .prefix(prefix)
        .suffix(suffix)
        .start(start)
        .end(start + exact.codePointCount(0, exact.length()))
        .build();
  }

  private static TimeMention time(String edtf, String asWritten, boolean inferred) {
    return new TimeMention.Builder()
        .value(edtf(edtf))
        .asWritten(asWritten)
        .inferred(inferred)
        .build();
  }

  private static ImpreciseTime edtf(String text) {
    return ImpreciseTime.parse(text);
  }
}
