package dev.hearsay.benchmarks.workload;

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
import dev.hearsay.core.model.Credibility;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetHeader;
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
import dev.hearsay.core.model.Reliability;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.model.Unit;
import dev.hearsay.core.time.ImpreciseTime;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A dataset of a given number of claims, generated from a seed and shaped like real reporting:
 * chains of one to four hops, most of them through a few outlets; about a fifth of the claims with
 * a quote and a third with quantities; times from every EDTF level; actors and sources shared by
 * many claims; an event per twenty claims and about three relations per hundred, none in a cycle.
 *
 * <p>Each claim, event and relation depends on the seed and its own position only, so a workload
 * can also be streamed one claim at a time without holding the dataset. The days the claims speak
 * of spread over a period that grows with the dataset (about one day per hundred claims), as a
 * larger archive covers a longer time.
 *
 * <p>It is not {@code RandomDatasets} of hearsay-testing, the generator the tests share, on
 * purpose: that one reaches every corner of the model in small datasets (odd text, every optional
 * field, decimals of every scale), while the figures need the proportions of real reporting at up
 * to millions of claims, claim by claim, and the same dataset for every published figure whatever
 * becomes of the tests' generator.
 */
public final class Workload {
  /** The seed of every published figure. */
  public static final long SEED = 20241028L;

  /** Claims per event. */
  static final int CLAIMS_PER_EVENT = 20;

  private static final LocalDate LAST_DAY = LocalDate.of(2024, 10, 28);

  private final int claimCount;
  private final long seed;
  private final int days;
  private final List<Actor> actors;
  private final List<ActorId> actorIds;
  private final int outlets;
  private final List<Place> places;
  private final List<Source> sources;
  private final List<LocalDate> sourceDays;

  private Workload(int claimCount, int poolClaims, long seed) {
    if (claimCount < 1) {
      throw new IllegalArgumentException("Workload: needs at least one claim, not " + claimCount);
    }
    this.claimCount = claimCount;
    this.seed = seed;
    this.days = 30 + claimCount / 100;
    SplittableRandom random = new SplittableRandom(seed);
    this.outlets = 8 + poolClaims / 2_000;
    this.actors = actors(40 + poolClaims / 50, outlets, random);
    this.actorIds = actors.stream().map(Actor::id).toList();
    this.places = knownPlaces();
    int sourceCount = 50 + poolClaims / 10;
    this.sourceDays = new ArrayList<>(sourceCount);
    for (int s = 0; s < sourceCount; s++) {
      sourceDays.add(LAST_DAY.minusDays((long) s * days / sourceCount));
    }
    this.sources = sources(sourceCount, random);
  }

  /**
   * The workload of the given number of claims from the published seed.
   *
   * @param claims the number of claims
   * @return the workload
   */
  public static Workload of(int claims) {
    return new Workload(claims, claims, SEED);
  }

  /**
   * The workload of the given number of claims from a seed.
   *
   * @param claims the number of claims
   * @param seed the seed
   * @return the workload
   */
  public static Workload of(int claims, long seed) {
    return new Workload(claims, claims, seed);
  }

  /**
   * A workload of many claims over the actors and sources of a smaller one, for streams whose
   * header (actors, places, sources) must fit in memory while the claims need not.
   *
   * @param claims the number of claims
   * @param poolClaims the number of claims whose workload's actors and sources to use
   * @return the workload
   */
  public static Workload streamed(int claims, int poolClaims) {
    return new Workload(claims, Math.min(claims, poolClaims), SEED);
  }

  /**
   * The number of claims.
   *
   * @return the number
   */
  public int claimCount() {
    return claimCount;
  }

  /**
   * The number of events, one per twenty claims.
   *
   * @return the number
   */
  public int eventCount() {
    return (claimCount + CLAIMS_PER_EVENT - 1) / CLAIMS_PER_EVENT;
  }

  /**
   * The middle of the period the claims speak of, for questions "as of" a time.
   *
   * @return the first instant of the middle day
   */
  public Instant middle() {
    return LAST_DAY.minusDays(days / 2).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /**
   * The dataset's metadata.
   *
   * @return the metadata
   */
  public DatasetMetadata metadata() {
    return new DatasetMetadata.Builder()
        .title("Synthetic reporting, " + claimCount + " claims")
        .description("Generated from the seed " + seed + " to measure Hearsay.")
        .addCurators("Hearsay benchmarks")
        .created(LocalDate.of(2024, 10, 29))
        .license("CC0-1.0")
        .build();
  }

  /**
   * The actors, outlets first.
   *
   * @return the actors
   */
  public List<Actor> actors() {
    return actors;
  }

  /**
   * The places.
   *
   * @return the places
   */
  public List<Place> places() {
    return places;
  }

  /**
   * The sources, latest first.
   *
   * @return the sources
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * The dataset's header: its metadata, actors, places and sources, without claims, events or
   * relations, as a stream writer takes it.
   *
   * @return the header
   */
  public DatasetHeader header() {
    return new DatasetHeader.Builder()
        .metadata(metadata())
        .addAllActors(actors)
        .addAllPlaces(places)
        .addAllSources(sources)
        .build();
  }

  /**
   * The whole dataset, built and so validated.
   *
   * @return the dataset
   */
  public Dataset dataset() {
    Dataset.Builder builder = new Dataset.Builder().header(header());
    for (int i = 0; i < claimCount; i++) {
      builder.addClaim(claim(i));
    }
    for (int e = 0; e < eventCount(); e++) {
      builder.addEvent(event(e));
    }
    for (int i = 0; i < claimCount; i++) {
      relationFrom(i).ifPresent(builder::addRelation);
    }
    return builder.build();
  }

  /**
   * The id of the claim at a position.
   *
   * @param index the position, from 0
   * @return the id
   */
  public static ClaimId claimId(int index) {
    return ClaimId.of("c" + index);
  }

  /**
   * The claim at a position.
   *
   * @param index the position, from 0
   * @return the claim
   */
  public Claim claim(int index) {
    SplittableRandom random = random(index, 1);
    LocalDate day = claimDay(index, random);
    Claim.Builder claim = new Claim.Builder().id(claimId(index));
    String proposition = Phrases.proposition(random);
    claim.proposition(proposition);
    Chain first = chain(day, random);
    claim.addAttribution(first);
    if (random.nextInt(100) < 15) {
      claim.addAttribution(sharingReporter(first, day, random));
    }
    if (random.nextInt(100) < 20) {
      claim.quote(quote(proposition, first, random));
    }
    int about = random.nextInt(3);
    for (int a = 0; a < about; a++) {
      ActorId actor = actorIds.get(random.nextInt(actorIds.size()));
      claim.addActor(actor);
    }
    if (random.nextInt(100) < 40) {
      claim.addPlace(places.get(random.nextInt(places.size())).id());
    }
    if (random.nextInt(100) < 33) {
      quantities(claim, random);
    }
    if (random.nextInt(100) < 60) {
      TimeMention.Builder time =
          new TimeMention.Builder()
              .value(
                  ImpreciseTime.parse(
                      VagueTimes.around(day.plusDays(random.nextInt(-20, 20)), random)));
      if (random.nextInt(100) < 30) {
        time.asWritten(Phrases.pick(Phrases.CLAUSES, random));
      }
      if (random.nextInt(100) < 10) {
        time.inferred(true);
      }
      claim.time(time.build());
    }
    if (random.nextInt(100) < 30) {
      claim.credibility(Credibility.values()[random.nextInt(Credibility.values().length)]);
    }
    if (random.nextInt(100) < 8) {
      claim.addNote(Phrases.pick(Phrases.NOTES, random));
    }
    return claim.build();
  }

  /**
   * The event at a position: what one to three of its twenty claims speak of.
   *
   * @param index the position, from 0
   * @return the event
   */
  public Event event(int index) {
    SplittableRandom random = random(index, 2);
    int firstClaim = index * CLAIMS_PER_EVENT;
    int span = Math.min(CLAIMS_PER_EVENT, claimCount - firstClaim);
    LocalDate day = claimDay(firstClaim, random);
    Event.Builder event =
        new Event.Builder()
            .id(EventId.of("e" + index))
            .description(
                Phrases.pick(Phrases.SUBJECTS, random)
                    + " "
                    + Phrases.pick(Phrases.VERBS, random)
                    + " "
                    + Phrases.pick(Phrases.PLACES, random))
            .status(EventStatus.values()[random.nextInt(EventStatus.values().length)]);
    if (random.nextInt(100) < 90) {
      event.time(TimeMention.of(VagueTimes.around(day, random)));
    }
    event.addPlace(places.get(random.nextInt(places.size())).id());
    event.addParticipant(actorIds.get(random.nextInt(actorIds.size())));
    int claims = 1 + random.nextInt(Math.min(3, span));
    int start = random.nextInt(span - claims + 1);
    for (int c = 0; c < claims; c++) {
      event.addClaim(claimId(firstClaim + start + c));
    }
    return event.build();
  }

  /**
   * The relation from the claim at a position to an earlier claim, for about three claims in a
   * hundred. As every relation points to an earlier claim, none forms a cycle.
   *
   * @param index the position of the claim, from 0
   * @return the relation, if the claim has one
   */
  public Optional<Relation> relationFrom(int index) {
    SplittableRandom random = random(index, 3);
    if (index == 0 || random.nextInt(100) >= 3) {
      return Optional.empty();
    }
    int to = index - 1 - random.nextInt(Math.min(index, 200));
    Relation.Builder relation =
        new Relation.Builder()
            .from(claimId(index))
            .kind(RelationKind.values()[random.nextInt(RelationKind.values().length)])
            .to(claimId(to));
    if (random.nextInt(100) < 20) {
      relation.note("Later reporting on the same matter.");
    }
    return Optional.of(relation.build());
  }

  private SplittableRandom random(int index, int stream) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 4L + stream);
  }

  /** Claims are roughly in order of time, latest first, a few days apart at most. */
  private LocalDate claimDay(int index, SplittableRandom random) {
    return LAST_DAY.minusDays((long) index * days / claimCount + random.nextInt(3));
  }

  private Chain chain(LocalDate day, SplittableRandom random) {
    int roll = random.nextInt(100);
    int length = roll < 25 ? 1 : roll < 65 ? 2 : roll < 90 ? 3 : 4;
    List<Hop> hops = new ArrayList<>(length);
    Instant ceiling = null;
    ActorId previous = null;
    for (int h = 0; h < length; h++) {
      ActorId actor = h == 0 ? outlet(random) : deeperActor(previous, random);
      Hop hop = hop(actor, h, day, ceiling, random);
      ceiling = nextCeiling(hop, ceiling);
      hops.add(hop);
      previous = actor;
    }
    return Chain.of(hops.toArray(Hop[]::new));
  }

  /** A second chain through the same reporter, as "citing officials and other officials". */
  private Chain sharingReporter(Chain first, LocalDate day, SplittableRandom random) {
    Hop reporter = first.reporter();
    ActorId origin = deeperActor(reporter.actor(), random);
    Instant ceiling = nextCeiling(reporter, null);
    return Chain.of(reporter, hop(origin, 1, day, ceiling, random));
  }

  private Hop hop(ActorId actor, int depth, LocalDate day, Instant outer, SplittableRandom random) {
    Hop.Builder hop = new Hop.Builder().actor(actor);
    Instant ceiling = outer;
    if (random.nextInt(100) < 85) {
      int s = sourceNear(day, random);
      hop.source(sources.get(s).id());
      Instant published = latest(sourceDays.get(s));
      ceiling = ceiling == null || published.isBefore(ceiling) ? published : ceiling;
    }
    boolean implied = random.nextInt(100) < 8;
    if (!implied) {
      hop.cue(Phrases.pick(Phrases.CUES, random));
    }
    int mode = random.nextInt(100);
    hop.mode(
        implied
            ? ReportingMode.IMPLIED
            : mode < 20
                ? ReportingMode.DIRECT_QUOTE
                : mode < 35 ? ReportingMode.PARTIAL_QUOTE : ReportingMode.PARAPHRASE);
    int roll = random.nextInt(100);
    Commitment commitment =
        roll < 55
            ? Commitment.CERTAIN
            : roll < 70
                ? Commitment.PROBABLE
                : roll < 80
                    ? Commitment.POSSIBLE
                    : roll < 88
                        ? Commitment.CERTAIN_NOT
                        : Commitment.values()[random.nextInt(Commitment.values().length)];
    hop.commitment(commitment);
    if (random.nextInt(100) < 6) {
      hop.likelihood(likelihood(commitment, random));
    }
    if (depth > 0 && random.nextInt(100) < 35) {
      LocalDate said = day.minusDays(random.nextInt(4));
      hop.time(
          new TimeMention.Builder().value(VagueTimes.saidAround(said, ceiling, random)).build());
    }
    if (random.nextInt(100) < 3) {
      hop.inferred(true);
    }
    return hop.build();
  }

  /** A likelihood that does not lean against a certain or probable commitment, as none may. */
  private static Likelihood likelihood(Commitment commitment, SplittableRandom random) {
    boolean mere = commitment == Commitment.POSSIBLE || commitment == Commitment.POSSIBLE_NOT;
    while (true) {
      Likelihood likelihood = Likelihood.values()[random.nextInt(Likelihood.values().length)];
      if (mere || likelihood.polarity() * commitment.polarity() >= 0) {
        return likelihood;
      }
    }
  }

  /** The latest instant an inner hop may be said at: the relaying hop's latest, if dated. */
  private static Instant nextCeiling(Hop hop, Instant ceiling) {
    if (hop.time().isEmpty()) {
      return ceiling;
    }
    return hop.time().get().value().latest().orElse(null);
  }

  private Quote quote(String proposition, Chain chain, SplittableRandom random) {
    Hop reporter = chain.reporter();
    SourceId source = reporter.source().orElse(sources.get(0).id());
    int space = proposition.indexOf(' ');
    String exact = proposition.substring(space + 1, proposition.length() - 1);
    Quote.Builder quote = new Quote.Builder().source(source).exact(exact);
    if (random.nextBoolean()) {
      quote.prefix(proposition.substring(0, space + 1));
      quote.suffix(".");
    }
    if (random.nextBoolean()) {
      int start = random.nextInt(5_000);
      quote.start(start).end(start + exact.codePointCount(0, exact.length()));
    }
    return quote.build();
  }

  private void quantities(Claim.Builder claim, SplittableRandom random) {
    int count = 1 + (random.nextInt(100) < 20 ? 1 : 0);
    int first = random.nextInt(Phrases.QUANTITY_NAMES.size());
    for (int q = 0; q < count; q++) {
      String name = Phrases.QUANTITY_NAMES.get((first + q) % Phrases.QUANTITY_NAMES.size());
      long magnitude = (1 + random.nextInt(9)) * (long) Math.pow(10, 2 + random.nextInt(8));
      Quantity.Builder quantity = new Quantity.Builder().name(name);
      int shape = random.nextInt(4);
      switch (shape) {
        case 0 ->
            quantity
                .estimate(BigDecimal.valueOf(magnitude))
                .approximate(true)
                .asWritten("about " + magnitude);
        case 1 ->
            quantity
                .lower(Bound.inclusive(BigDecimal.valueOf(magnitude)))
                .approximate(true)
                .asWritten("thousands");
        case 2 ->
            quantity
                .upper(Bound.inclusive(BigDecimal.valueOf(magnitude)))
                .asWritten("up to " + magnitude);
        default ->
            quantity
                .lower(Bound.inclusive(BigDecimal.valueOf(magnitude)))
                .upper(Bound.exclusive(BigDecimal.valueOf(magnitude * 10)))
                .asWritten("hundreds of millions");
      }
      quantity.unit(
          name.endsWith("value")
              ? Unit.currency(Phrases.pick(Phrases.CURRENCIES, random))
              : Unit.count(name));
      claim.addQuantity(quantity.build());
    }
  }

  private ActorId outlet(SplittableRandom random) {
    double u = random.nextDouble();
    return actorIds.get((int) (outlets * u * u));
  }

  /** Any actor but the relaying one; the first actors speak far more often than the rest. */
  private ActorId deeperActor(ActorId relay, SplittableRandom random) {
    while (true) {
      double u = random.nextDouble();
      ActorId actor = actorIds.get((int) (actorIds.size() * u * u));
      if (!actor.equals(relay)) {
        return actor;
      }
    }
  }

  /** A source published on or a little after the claim's day. */
  private int sourceNear(LocalDate day, SplittableRandom random) {
    int sourceCount = sources.size();
    long back = LAST_DAY.toEpochDay() - day.toEpochDay();
    int s = (int) Math.max(0, Math.min(sourceCount - 1, back * sourceCount / days));
    return Math.max(0, s - random.nextInt(Math.min(s + 1, 5)));
  }

  private static Instant latest(LocalDate day) {
    return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);
  }

  private static List<Actor> actors(int count, int outlets, SplittableRandom random) {
    List<Actor> actors = new ArrayList<>(count);
    ActorKind[] others = {
      ActorKind.PERSON,
      ActorKind.PERSON,
      ActorKind.GROUP,
      ActorKind.GOVERNMENT_BODY,
      ActorKind.ORGANIZATION,
      ActorKind.STATE
    };
    for (int a = 0; a < count; a++) {
      ActorKind kind = a < outlets ? ActorKind.MEDIA_OUTLET : others[random.nextInt(others.length)];
      Actor.Builder actor =
          new Actor.Builder()
              .id(ActorId.of("a" + a))
              .kind(kind)
              .name(kind == ActorKind.GROUP ? "Officials " + a : "Actor " + a);
      if (kind == ActorKind.GROUP) {
        actor.anonymous(true).description("Officials who asked not to be named.");
      }
      if (kind == ActorKind.PERSON && random.nextInt(100) < 40) {
        actor.addAffiliation(
            new Affiliation.Builder()
                .organization(ActorId.of("a" + random.nextInt(outlets)))
                .role("correspondent")
                .period(ImpreciseTime.parse("2020/.."))
                .build());
      }
      if (random.nextInt(100) < 10) {
        actor.addAlias("A. " + a);
      }
      actors.add(actor.build());
    }
    return List.copyOf(actors);
  }

  private static List<Place> knownPlaces() {
    String[][] known = {
      {"kursk", "Kursk region", "RU-KRS", "51.73", "36.19"},
      {"sudzha", "Sudzha", "RU-KRS", "51.19", "35.27"},
      {"kyiv", "Kyiv", "UA-30", "50.45", "30.52"},
      {"pyongyang", "Pyongyang", "KP", "39.03", "125.75"},
      {"seoul", "Seoul", "KR-11", "37.57", "126.98"},
      {"belgorod", "Belgorod region", "RU-BEL", "50.6", "36.6"},
      {"vanino", "Vanino", "RU-KHA", "49.09", "140.25"},
      {"moscow", "Moscow", "RU-MOW", "55.76", "37.62"},
    };
    List<Place> places = new ArrayList<>();
    for (String[] p : known) {
      places.add(
          new Place.Builder()
              .id(PlaceId.of(p[0]))
              .name(p[1])
              .isoCode(p[2])
              .coordinates(new Coordinates(Double.parseDouble(p[3]), Double.parseDouble(p[4])))
              .build());
    }
    return List.copyOf(places);
  }

  private List<Source> sources(int count, SplittableRandom random) {
    SourceKind[] kinds = {
      SourceKind.ARTICLE,
      SourceKind.ARTICLE,
      SourceKind.ARTICLE,
      SourceKind.REPORT,
      SourceKind.STATEMENT,
      SourceKind.INTERVIEW,
      SourceKind.RESEARCH,
      SourceKind.SOCIAL_POST,
      SourceKind.BROADCAST
    };
    List<Source> sources = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      LocalDate day = sourceDays.get(s);
      Source.Builder source =
          new Source.Builder()
              .id(SourceId.of("s" + s))
              .kind(kinds[random.nextInt(kinds.length)])
              .title("Report " + s + " on troop movements")
              .publisher(actorIds.get(random.nextInt(outlets)))
              .published(TimeMention.of(day.toString()))
              .language(Phrases.pick(Phrases.LANGUAGES, random));
      if (random.nextInt(100) < 70) {
        source.locator(URI.create("https://news.example.org/" + day + "/s" + s));
      }
      if (random.nextInt(100) < 30) {
        source.addAuthor(actorIds.get(outlets + random.nextInt(actorIds.size() - outlets)));
      }
      if (random.nextInt(100) < 20) {
        source.retrievedAt(latest(LAST_DAY).plusSeconds(3600));
      }
      if (random.nextInt(100) < 25) {
        source.reliability(Reliability.values()[random.nextInt(Reliability.values().length)]);
      }
      if (s + 1 < count && random.nextInt(100) < 15) {
        source.addCite(SourceId.of("s" + (s + 1 + random.nextInt(Math.min(10, count - s - 1)))));
      }
      sources.add(source.build());
    }
    return List.copyOf(sources);
  }
}
