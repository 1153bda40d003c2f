package dev.hearsay.core.query;

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
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.TimeMention;

/**
 * A small synthetic dataset that mirrors the shape of the worked report, for tests of the
 * queries; it is not the worked dataset (that one lives in the examples module, with other ids,
 * names, commitments and times). Its outermost actor is named {@code report} where the worked
 * dataset has "Unnamed outlet". The report relays NYT, which cites Ukrainian and American
 * officials; BILD cites research by Elena Guseinova; Zelensky on October 25, Yermak on October
 * 27, trucks by October 28. Day dates stand in for the vaguer times of the text.
 */
public final class ReportShapedFixture {
  public static final ClaimId SET_TO_JOIN = ClaimId.of("c-set-to-join");
  public static final ClaimId THOUSANDS_ARRIVED = ClaimId.of("c-thousands-arrived");
  public static final ClaimId NOT_IN_COMBAT = ClaimId.of("c-not-in-combat");
  public static final ClaimId ARMS_VALUE = ClaimId.of("c-arms-value");
  public static final ClaimId ZELENSKY = ClaimId.of("c-zelensky-expects-combat");
  public static final ClaimId YERMAK = ClaimId.of("c-yermak-de-facto");
  public static final ClaimId TRUCKS = ClaimId.of("c-trucks");

  public static final EventId ZELENSKY_STATEMENT = EventId.of("e-zelensky-statement");
  public static final EventId COMBAT = EventId.of("e-combat");
  public static final EventId YERMAK_STATEMENT = EventId.of("e-yermak-statement");
  public static final EventId TRUCKS_ARRIVE = EventId.of("e-trucks");
  public static final EventId ARRIVAL = EventId.of("e-arrival");

  private ReportShapedFixture() {}

  public static Dataset dataset() {
    return new Dataset.Builder()
        .metadata(new DatasetMetadata.Builder().title("report-shaped fixture").build())
        .addActors(
            actor("report-outlet", "report", ActorKind.UNKNOWN, false),
            actor("nyt", "The New York Times", ActorKind.MEDIA_OUTLET, false),
            actor("ua-officials", "Ukrainian officials", ActorKind.GROUP, true),
            actor("us-officials", "American officials", ActorKind.GROUP, true),
            actor("bild", "BILD", ActorKind.MEDIA_OUTLET, false),
            actor("guseinova", "Elena Guseinova", ActorKind.PERSON, false),
            actor("zelensky", "Volodymyr Zelensky", ActorKind.PERSON, false),
            actor("yermak", "Andriy Yermak", ActorKind.PERSON, false),
            actor("unnamed", "unnamed source", ActorKind.UNKNOWN, true),
            actor("north-korea", "North Korea", ActorKind.STATE, false))
        .addSources(
            source("report", SourceKind.ARTICLE, "report-outlet", "2024-10-28"),
            source("nyt-article", SourceKind.ARTICLE, "nyt", "2024-10-25"),
            source("bild-article", SourceKind.ARTICLE, "bild", null),
            new Source.Builder()
                .id(SourceId.of("guseinova-research"))
                .kind(SourceKind.RESEARCH)
                .addAuthors(ActorId.of("guseinova"))
                .build())
        .addClaims(
            claim(
                SET_TO_JOIN,
                "North Korean soldiers will join Russian troops in Kursk.",
                Chain.of(
                    report(),
                    nyt("reports"),
                    hop("ua-officials", null, "citing", Commitment.CERTAIN)),
                Chain.of(
                    report(),
                    nyt("reports"),
                    hop("us-officials", null, "citing", Commitment.CERTAIN))),
            claim(
                THOUSANDS_ARRIVED,
                "Thousands of North Korean soldiers arrived in Kursk.",
                Chain.of(report(), nyt("states"))),
            claim(
                NOT_IN_COMBAT,
                "DPRK forces have engaged in combat.",
                Chain.of(report(), hop("nyt", "nyt-article", "emphasize", Commitment.CERTAIN_NOT))),
            claim(
                ARMS_VALUE,
                "Arms supplies to Russia could be worth up to five billion euros.",
                Chain.of(
                    report(),
                    hop("bild", "bild-article", "cites", Commitment.CERTAIN),
                    hop("guseinova", "guseinova-research", "indicating", Commitment.POSSIBLE))),
            claim(
                ZELENSKY,
                "DPRK soldiers are expected in combat zones by October 27-28.",
                Chain.of(report(), timed("zelensky", "2024-10-25"))),
            claim(
                YERMAK,
                "North Korea is de facto participating in the war against Ukraine.",
                Chain.of(report(), timed("yermak", "2024-10-27"))),
            claim(
                TRUCKS,
                "The first trucks with North Korean troops reached the front lines.",
                Chain.of(report(), hop("unnamed", null, "reportedly", Commitment.PROBABLE))))
        .addEvents(
            event(ARRIVAL, null, THOUSANDS_ARRIVED),
            event(ZELENSKY_STATEMENT, "2024-10-25", ZELENSKY),
            event(COMBAT, "2024-10-27", NOT_IN_COMBAT, YERMAK),
            event(YERMAK_STATEMENT, "2024-10-27", YERMAK),
            event(TRUCKS_ARRIVE, "2024-10-28", TRUCKS))
        .addRelations(
            new Relation.Builder()
                .from(NOT_IN_COMBAT)
                .kind(RelationKind.CONTRADICTS)
                .to(YERMAK)
                .build())
        .build();
  }

  static Actor actor(String id, String name, ActorKind kind, boolean anonymous) {
    return new Actor.Builder()
        .id(ActorId.of(id))
        .name(name)
        .kind(kind)
        .anonymous(anonymous)
        .build();
  }

  static Source source(String id, SourceKind kind, String publisher, String published) {
    Source.Builder builder =
        new Source.Builder().id(SourceId.of(id)).kind(kind).publisher(ActorId.of(publisher));
    if (published != null) {
      builder.published(TimeMention.of(published));
    }
    return builder.build();
  }

  static Claim claim(ClaimId id, String proposition, Chain... chains) {
    return new Claim.Builder()
        .id(id)
        .proposition(proposition)
        .addActors(ActorId.of("north-korea"))
        .addAttribution(chains)
        .build();
  }

  static Hop report() {
    return hop("report-outlet", "report", null, Commitment.UNCOMMITTED);
  }

  static Hop nyt(String cue) {
    return hop("nyt", "nyt-article", cue, Commitment.CERTAIN);
  }

  static Hop timed(String actor, String said) {
    return new Hop.Builder()
        .actor(ActorId.of(actor))
        .mode(ReportingMode.PARAPHRASE)
        .commitment(Commitment.CERTAIN)
        .time(TimeMention.of(said))
        .build();
  }

  static Hop hop(String actor, String source, String cue, Commitment commitment) {
    Hop.Builder builder =
        new Hop.Builder()
            .actor(ActorId.of(actor))
            .mode(ReportingMode.PARAPHRASE)
            .commitment(commitment);
    if (source != null) {
      builder.source(SourceId.of(source));
    }
    if (cue != null) {
      builder.cue(cue);
    }
    return builder.build();
  }

  static Event event(EventId id, String time, ClaimId... claims) {
    Event.Builder builder =
        new Event.Builder()
            .id(id)
            .description("event " + id)
            .status(EventStatus.UNCERTAIN)
            .addClaims(claims);
    if (time != null) {
      builder.time(TimeMention.of(time));
    }
    return builder.build();
  }
}
