package dev.hearsay.jackson;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Affiliation;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Bound;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Coordinates;
import dev.hearsay.core.model.Credibility;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetHeader;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.model.EventStatus;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Identifier;
import dev.hearsay.core.model.Likelihood;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.PlaceId;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Quote;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.Reliability;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.model.Unit;
import dev.hearsay.core.model.Violation;
import dev.hearsay.core.model.ViolationCode;
import dev.hearsay.core.time.ImpreciseTime;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Values for the golden files: a small encoding of the Kursk report and one value of every type.
 * Times are full days for now.
 */
final class Samples {
  private Samples() {}

  static final TimeMention OCT_25 =
      new TimeMention.Builder()
          .value(ImpreciseTime.parse("2024-10-25"))
          .asWritten("on October 25")
          .inferred(true)
          .build();

  static final Affiliation HEAD_OF_OFFICE =
      new Affiliation.Builder()
          .organization(ActorId.of("office-of-the-president"))
          .role("head of the Office of the President")
          .period(ImpreciseTime.parse("2024-10-27"))
          .build();

  static final Actor YERMAK =
      new Actor.Builder()
          .id(ActorId.of("yermak"))
          .name("Andriy Yermak")
          .kind(ActorKind.PERSON)
          .addAliases("Андрій Єрмак")
          .description("Head of the Office of the President of Ukraine")
          .addAffiliations(HEAD_OF_OFFICE)
          .build();

  static final Identifier NYT_QID = Identifier.wikidata("Q9684");

  static final Actor NYT_IDENTIFIED =
      new Actor.Builder()
          .id(ActorId.of("nyt"))
          .name("The New York Times")
          .kind(ActorKind.MEDIA_OUTLET)
          .addIdentifiers(NYT_QID, Identifier.url("https://www.nytimes.com/"))
          .build();

  static final Place KURSK_IDENTIFIED =
      new Place.Builder()
          .id(PlaceId.of("kursk-oblast"))
          .name("Kursk Oblast")
          .isoCode("RU-KRS")
          .addIdentifiers(Identifier.of("iso3166-2", "RU-KRS"))
          .build();

  static final Coordinates KURSK_CENTRE = new Coordinates(51.7304, 36.1926);

  static final Place KURSK =
      new Place.Builder()
          .id(PlaceId.of("kursk-region"))
          .name("Kursk region")
          .isoCode("RU-KRS")
          .coordinates(KURSK_CENTRE)
          .build();

  static final Source BILD =
      new Source.Builder()
          .id(SourceId.of("bild-article"))
          .kind(SourceKind.ARTICLE)
          .title("BILD on North Korea's arms supplies")
          .publisher(ActorId.of("bild"))
          .published(
              new TimeMention.Builder()
                  .value(ImpreciseTime.parse("2024-10-26"))
                  .inferred(true)
                  .build())
          .locator(URI.create("https://www.bild.de/politik/ausland/nordkorea-russland"))
          .language("de")
          .retrievedAt(Instant.parse("2024-10-29T08:15:30.250Z"))
          .reliability(Reliability.USUALLY_RELIABLE)
          .addCites(SourceId.of("guseinova-research"))
          .addNotes("The research it cites was not found, so its account of it cannot be checked.")
          .build();

  static final Quote SIGNIFICANTLY =
      new Quote.Builder()
          .source(SourceId.of("report"))
          .exact("significantly increase")
          .prefix("North Korea stands to \"")
          .suffix("\" its revenues")
          .start(1503)
          .end(1525)
          .build();

  static final Bound UP_TO_5E9 = Bound.inclusive(new BigDecimal("5E+9"));

  static final Unit EUROS = Unit.currency("EUR");

  static final Unit SOLDIERS = Unit.count("soldiers");

  static final Quantity ARMS_VALUE =
      new Quantity.Builder()
          .name("arms-supplies-value")
          .upper(UP_TO_5E9)
          .unit(EUROS)
          .asWritten("up to five billion euros")
          .build();

  static final Quantity THOUSANDS =
      new Quantity.Builder()
          .name("soldiers")
          .estimate(new BigDecimal("2500.50"))
          .lower(Bound.inclusive(new BigDecimal("1000")))
          .upper(Bound.exclusive(new BigDecimal("10000")))
          .approximate(true)
          .unit(SOLDIERS)
          .asWritten("thousands")
          .build();

  /**
   * The report's own hop: no cue, since no words introduce the report itself, and uncommitted,
   * since relaying is not endorsing.
   */
  static final Hop REPORT_HOP =
      hop("report-outlet", "report", null, ReportingMode.PARAPHRASE, Commitment.UNCOMMITTED);

  static final Hop NYT_HOP =
      hop("nyt", "nyt-report", "reports", ReportingMode.PARAPHRASE, Commitment.PROBABLE);

  static final Hop GUSEINOVA_HOP =
      new Hop.Builder()
          .actor(ActorId.of("guseinova"))
          .source(SourceId.of("guseinova-research"))
          .cue("suggests")
          .mode(ReportingMode.PARAPHRASE)
          .commitment(Commitment.PROBABLE_NOT)
          .likelihood(Likelihood.UNLIKELY)
          .time(new TimeMention.Builder().value(ImpreciseTime.parse("2024-10-20")).build())
          .inferred(true)
          .build();

  static final Chain NYT_UKRAINIAN_OFFICIALS =
      Chain.of(
          REPORT_HOP,
          NYT_HOP,
          hop(
              "ukrainian-officials",
              null,
              "citing",
              ReportingMode.PARAPHRASE,
              Commitment.PROBABLE));

  static final Claim SET_TO_JOIN =
      new Claim.Builder()
          .id(ClaimId.of("c-set-to-join"))
          .proposition(
              "North Korean soldiers will join Russian troops in a counteroffensive in the"
                  + " Kursk region.")
          .addActors(ActorId.of("north-korea"))
          .addPlaces(PlaceId.of("kursk-region"))
          .addQuantities(THOUSANDS)
          .time(OCT_25)
          .credibility(Credibility.PROBABLY_TRUE)
          .addNotes("The year is not in the text; it is taken from the publication date.")
          .addAttribution(NYT_UKRAINIAN_OFFICIALS)
          .addAttribution(
              Chain.of(
                  REPORT_HOP,
                  NYT_HOP,
                  hop(
                      "american-officials",
                      null,
                      "citing",
                      ReportingMode.PARAPHRASE,
                      Commitment.PROBABLE)))
          .build();

  static final Event TRUCKS_ARRIVE =
      new Event.Builder()
          .id(EventId.of("e-trucks"))
          .description("The first trucks with North Korean troops reach the front lines in Kursk")
          .time(TimeMention.of("../2024-10-28"))
          .addPlaces(PlaceId.of("kursk-region"))
          .addParticipants(ActorId.of("north-korea"))
          .status(EventStatus.HAPPENED)
          .addClaims(ClaimId.of("c-trucks"))
          .build();

  /** A relation of the kind that schema version 1.1 added. */
  static final Relation REGIME_AT_RISK =
      new Relation.Builder()
          .from(ClaimId.of("c-regime-stability"))
          .kind(RelationKind.UNDERMINES)
          .to(ClaimId.of("c-troop-ceiling"))
          .note("A risk to the regime makes a larger dispatch less likely, without ruling it out.")
          .build();

  static final Relation NOT_IN_COMBAT =
      new Relation.Builder()
          .from(ClaimId.of("c-not-in-combat"))
          .kind(RelationKind.CONTRADICTS)
          .to(ClaimId.of("c-de-facto-participating"))
          .note("Not yet in combat, yet de facto participating.")
          .build();

  static final DatasetMetadata METADATA =
      new DatasetMetadata.Builder()
          .title("North Korean soldiers in the Kursk region")
          .description("An encoding of a short news report of late October 2024.")
          .addCurators("Hearsay example curators")
          .created(LocalDate.parse("2026-11-26"))
          .license("CC-BY-4.0")
          .encodes(SourceId.of("report"))
          .build();

  static final Violation VIOLATION =
      new Violation(
          "claims[c-trucks].attribution[0][1].actor",
          ViolationCode.UNKNOWN_REFERENCE,
          "no actor has the id 'nyt'; add the actor or correct the id");

  /** A fact-checker's verdict, with its place on a six-point scale; new in schema version 1.1. */
  static final Assessment MOSTLY_FALSE =
      new Assessment.Builder()
          .claim("c-crime-doubled")
          .assessor("checker")
          .time(ImpreciseTime.parse("2024-11-04"))
          .rating("Mostly False")
          .ratingValue(new BigDecimal("2"))
          .bestRating(new BigDecimal("6"))
          .worstRating(new BigDecimal("1"))
          .source("checker-review")
          .url(URI.create("https://factcheck.example/reviews/crime-doubled#verdict"))
          .build();

  /** A small dataset of a claim said in a speech and one fact-checker's verdict on it. */
  static Dataset factCheck() {
    Actor senator = actor("senator", "A state senator", ActorKind.PERSON);
    Actor checker = actor("checker", "Example Fact Check", ActorKind.ORGANIZATION);
    Source speech =
        new Source.Builder()
            .id("speech")
            .kind(SourceKind.STATEMENT)
            .title("Campaign speech in the town hall")
            .published(TimeMention.of("2024-10-30"))
            .build();
    Source review =
        new Source.Builder()
            .id("checker-review")
            .kind(SourceKind.ARTICLE)
            .title("No, crime has not doubled in the state")
            .publisher("checker")
            .published(TimeMention.of("2024-11-04"))
            .locator(URI.create("https://factcheck.example/reviews/crime-doubled"))
            .build();
    Claim claim =
        new Claim.Builder()
            .id("c-crime-doubled")
            .proposition("Crime in the state doubled over the last year.")
            .addAttribution(
                Chain.of(
                    new Hop.Builder()
                        .actor(senator)
                        .source(speech)
                        .mode(ReportingMode.PARAPHRASE)
                        .commitment(Commitment.CERTAIN)
                        .build()))
            .build();
    return new Dataset.Builder()
        .metadata(DatasetMetadata.of("A fact-checked claim"))
        .addActors(senator, checker)
        .addSources(speech, review)
        .addClaims(claim)
        .addAssessments(MOSTLY_FALSE)
        .build();
  }

  static Hop hop(
      String actor, String source, String cue, ReportingMode mode, Commitment commitment) {
    Hop.Builder b = new Hop.Builder().actor(ActorId.of(actor)).mode(mode).commitment(commitment);
    if (source != null) {
      b.source(SourceId.of(source));
    }
    if (cue != null) {
      b.cue(cue);
    }
    return b.build();
  }

  static Actor actor(String id, String name, ActorKind kind) {
    return new Actor.Builder().id(ActorId.of(id)).name(name).kind(kind).build();
  }

  /** A small but complete encoding of the report, using every part of the model. */
  static Dataset kursk() {
    Actor officials =
        new Actor.Builder()
            .id(ActorId.of("ukrainian-officials"))
            .name("Ukrainian officials")
            .kind(ActorKind.GROUP)
            .anonymous(true)
            .build();
    Actor americans =
        new Actor.Builder()
            .id(ActorId.of("american-officials"))
            .name("American officials")
            .kind(ActorKind.GROUP)
            .anonymous(true)
            .build();
    Actor guseinova =
        new Actor.Builder()
            .id(ActorId.of("guseinova"))
            .name("Elena Guseinova")
            .kind(ActorKind.PERSON)
            .addAffiliations(
                new Affiliation.Builder()
                    .organization(ActorId.of("hankuk-university"))
                    .role("analyst")
                    .build())
            .build();
    Actor northKorea =
        new Actor.Builder()
            .id(ActorId.of("north-korea"))
            .name("North Korea")
            .kind(ActorKind.STATE)
            .addAliases("DPRK")
            .build();
    Source report =
        new Source.Builder()
            .id(SourceId.of("report"))
            .kind(SourceKind.ARTICLE)
            .title("North Korean soldiers set to join Russian troops in Kursk region")
            .publisher(ActorId.of("report-outlet"))
            .published(
                new TimeMention.Builder()
                    .value(ImpreciseTime.parse("2024-10-29"))
                    .inferred(true)
                    .build())
            .language("en")
            .build();
    Source nytReport =
        new Source.Builder()
            .id(SourceId.of("nyt-report"))
            .kind(SourceKind.ARTICLE)
            .publisher(ActorId.of("nyt"))
            .language("en")
            .build();
    Source research =
        new Source.Builder()
            .id(SourceId.of("guseinova-research"))
            .kind(SourceKind.RESEARCH)
            .title("Research on North Korea's arms trade with Russia")
            .addAuthors(ActorId.of("guseinova"))
            .build();
    Claim armsValue =
        new Claim.Builder()
            .id(ClaimId.of("c-arms-value"))
            .proposition(
                "Arms supplies from North Korea to Russia could be worth up to five billion"
                    + " euros.")
            .addActors(ActorId.of("north-korea"))
            .addQuantities(ARMS_VALUE)
            .addAttribution(
                Chain.of(
                    REPORT_HOP,
                    hop(
                        "bild",
                        "bild-article",
                        "cites",
                        ReportingMode.PARAPHRASE,
                        Commitment.POSSIBLE),
                    hop(
                        "guseinova",
                        "guseinova-research",
                        "indicating",
                        ReportingMode.PARAPHRASE,
                        Commitment.POSSIBLE)))
            .build();
    Claim revenues =
        new Claim.Builder()
            .id(ClaimId.of("c-revenues"))
            .proposition(
                "North Korea will significantly increase its revenues by cooperating with"
                    + " Moscow.")
            .quote(SIGNIFICANTLY)
            .addActors(ActorId.of("north-korea"))
            .addAttribution(
                Chain.of(
                    REPORT_HOP,
                    hop(
                        "bild",
                        "bild-article",
                        null,
                        ReportingMode.PARTIAL_QUOTE,
                        Commitment.PROBABLE),
                    GUSEINOVA_HOP))
            .build();
    Claim trucks =
        new Claim.Builder()
            .id(ClaimId.of("c-trucks"))
            .proposition(
                "The first trucks with North Korean troops reached the front lines in the"
                    + " Kursk region.")
            .addPlaces(PlaceId.of("kursk-region"))
            .time(
                new TimeMention.Builder()
                    .value(ImpreciseTime.parse("../2024-10-28"))
                    .asWritten("By October 28")
                    .inferred(true)
                    .build())
            .credibility(Credibility.CANNOT_BE_JUDGED)
            .addNotes(
                "\"Reportedly\" names no source: the origin is an unnamed party, an inferred"
                    + " hop.")
            .addAttribution(
                Chain.of(
                    REPORT_HOP,
                    new Hop.Builder()
                        .actor(ActorId.of("unnamed-sources"))
                        .cue("reportedly")
                        .mode(ReportingMode.PARAPHRASE)
                        .commitment(Commitment.CERTAIN)
                        .inferred(true)
                        .build()))
            .build();
    return new Dataset.Builder()
        .metadata(METADATA)
        .addActors(
            actor("report-outlet", "The outlet of the report", ActorKind.UNKNOWN),
            actor("nyt", "The New York Times", ActorKind.MEDIA_OUTLET),
            officials,
            americans,
            actor("bild", "BILD", ActorKind.MEDIA_OUTLET),
            guseinova,
            actor(
                "hankuk-university",
                "Hankuk University of Foreign Studies",
                ActorKind.ORGANIZATION),
            northKorea,
            YERMAK,
            actor(
                "office-of-the-president",
                "Office of the President of Ukraine",
                ActorKind.GOVERNMENT_BODY),
            new Actor.Builder()
                .id(ActorId.of("unnamed-sources"))
                .name("Unnamed sources")
                .kind(ActorKind.GROUP)
                .anonymous(true)
                .build())
        .addPlaces(KURSK)
        .addSources(report, nytReport, BILD, research)
        .addClaims(SET_TO_JOIN, armsValue, revenues, trucks)
        .addEvents(TRUCKS_ARRIVE)
        .addRelations(
            new Relation.Builder()
                .from(ClaimId.of("c-revenues"))
                .kind(RelationKind.ELABORATES)
                .to(ClaimId.of("c-arms-value"))
                .build())
        .build();
  }

  /** A "derived from" relation between two claims. */
  static Relation derived(String from, String to) {
    return new Relation.Builder()
        .from(ClaimId.of(from))
        .kind(RelationKind.DERIVED_FROM)
        .to(ClaimId.of(to))
        .build();
  }

  /** The header of a dataset, as a stream writer takes it: no claims, events or relations. */
  static DatasetHeader header(Dataset dataset) {
    return dataset.header();
  }
}
