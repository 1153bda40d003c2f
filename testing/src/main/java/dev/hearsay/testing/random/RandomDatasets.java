package dev.hearsay.testing.random;

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
import dev.hearsay.core.time.ImpreciseTime;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Valid random datasets that reach into every corner of the model, for tests of what reads, writes,
 * queries or converts datasets: every kind of value and every optional field, present and absent;
 * every enum constant, every relation kind and every EDTF form across seeds; text with quotes,
 * controls, other scripts and emoji; decimals of every sign and scale; chains of one to four hops;
 * sources that cite one another; relations without the cycles that the rules forbid; assessments
 * with and without their scale's numbers.
 *
 * <p>A dataset depends only on its seed and size, so a failing seed reproduces its dataset (for a
 * given version of this library). The size bounds how many of each thing there are: from one to
 * {@code size} actors, up to {@code size} claims, and fewer places, sources and events. Every
 * dataset passes every rule of {@link Dataset.Builder#build()}: hops are said no later than the
 * hops relaying them and than their sources' publication.
 *
 * <pre>{@code
 * Dataset dataset = RandomDatasets.of(42);
 * Dataset larger = RandomDatasets.of(42, 100);
 * }</pre>
 */
public final class RandomDatasets {
  /** The size of {@link #of(long)}: up to eight claims, and a few of everything else. */
  public static final int DEFAULT_SIZE = 8;

  private static final String[] WORDS = {
    "troops",
    "Kursk",
    "officials",
    "Зеленський",
    "김정은",
    "Ünïcødé",
    "\"quoted\"",
    "back\\slash",
    "tab\there",
    "line\nbreak",
    "🚚 trucks",
    "€5bn",
    "<b>html</b>",
    "null",
    "{}",
    "10%",
    "a/b",
    "\u0001control",
    "ﬁligature",
    "naïve",
    "‏עברית",
    "مرحبا",
    "emoji👍🏽"
  };
  private static final String ID_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-";
  private static final String[] CURRENCIES = {"EUR", "USD", "KRW", "JPY", "UAH", "BHD"};
  private static final String[] ISO_CODES = {"UA", "RU-KRS", "KR", "US", "DE-BE", "KP"};
  private static final String[] LANGUAGES = {"en", "de", "ko", "uk", "ru", "en-US", "zh-Hant-TW"};
  private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

  private final Random random;
  private final int size;

  /** The identifiers given so far: two values of one dataset never share one. */
  private final Set<Identifier> identifiersGiven = new HashSet<>();

  private RandomDatasets(Random random, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("RandomDatasets: size must be at least 1, not " + size);
    }
    this.random = random;
    this.size = size;
  }

  /**
   * The dataset of the seed, of {@linkplain #DEFAULT_SIZE the default size}.
   *
   * @param seed any number; the same seed gives the same dataset
   * @return a valid dataset
   */
  public static Dataset of(long seed) {
    return of(seed, DEFAULT_SIZE);
  }

  /**
   * The dataset of the seed and size.
   *
   * @param seed any number; the same seed and size give the same dataset
   * @param size the most actors and claims, at least 1
   * @return a valid dataset
   * @throws IllegalArgumentException when the size is less than 1
   */
  public static Dataset of(long seed, int size) {
    return of(new Random(seed), size);
  }

  /**
   * A dataset from the given random numbers, as {@link Tries#forAll} hands them out.
   *
   * @param random the source of randomness, which this call advances
   * @param size the most actors and claims, at least 1
   * @return a valid dataset
   * @throws IllegalArgumentException when the size is less than 1
   */
  public static Dataset of(Random random, int size) {
    return new RandomDatasets(random, size).dataset();
  }

  private Dataset dataset() {
    List<ActorId> actorIds = ids(1 + random.nextInt(size), "a", ActorId::of);
    List<PlaceId> placeIds = ids(random.nextInt(size / 2 + 1), "p", PlaceId::of);
    List<SourceId> sourceIds = ids(random.nextInt(size / 2 + 2), "s", SourceId::of);
    List<ClaimId> claimIds = ids(random.nextInt(size + 1), "c", ClaimId::of);
    List<EventId> eventIds = ids(random.nextInt(size / 2 + 1), "e", EventId::of);

    Dataset.Builder b = new Dataset.Builder();
    DatasetMetadata.Builder metadata = new DatasetMetadata.Builder().title(text());
    maybe(() -> metadata.description(text()));
    repeat(2, () -> metadata.addCurators(text()));
    maybe(() -> metadata.created(EPOCH.plusDays(random.nextInt(2000))));
    maybe(() -> metadata.license("CC-BY-4.0"));
    if (!sourceIds.isEmpty() && random.nextBoolean()) {
      metadata.encodes(pick(sourceIds));
    }
    b.metadata(metadata.build());

    for (ActorId id : actorIds) {
      b.addActors(actor(id, actorIds));
    }
    for (PlaceId id : placeIds) {
      b.addPlaces(place(id));
    }
    for (SourceId id : sourceIds) {
      b.addSources(source(id, actorIds, sourceIds));
    }
    for (ClaimId id : claimIds) {
      b.addClaims(claim(id, actorIds, placeIds, sourceIds));
    }
    for (EventId id : eventIds) {
      b.addEvents(event(id, actorIds, placeIds, claimIds));
    }
    if (claimIds.size() >= 2) {
      repeat(size / 2 + 1, () -> b.addRelations(relation(claimIds)));
    }
    if (!claimIds.isEmpty() && !sourceIds.isEmpty()) {
      assessments(b, actorIds, sourceIds, claimIds);
    }
    return b.build();
  }

  /**
   * Up to {@code size / 2 + 1} assessments, none repeating an assessor's verdict on a claim in one
   * source; ratings on a scale of either direction, or with only some of its numbers.
   */
  private void assessments(
      Dataset.Builder b, List<ActorId> actorIds, List<SourceId> sourceIds, List<ClaimId> claimIds) {
    Set<List<Object>> given = new HashSet<>();
    int count = random.nextInt(size / 2 + 2);
    for (int i = 0; i < count; i++) {
      ClaimId claim = pick(claimIds);
      ActorId assessor = pick(actorIds);
      SourceId source = pick(sourceIds);
      if (given.add(List.of(claim, assessor, source))) {
        b.addAssessments(assessment(claim, assessor, source));
      }
    }
  }

  private Assessment assessment(ClaimId claim, ActorId assessor, SourceId source) {
    Assessment.Builder b =
        new Assessment.Builder().claim(claim).assessor(assessor).source(source).rating(text());
    if (random.nextBoolean()) {
      BigDecimal worst = decimal();
      BigDecimal best = worst.add(BigDecimal.ONE).add(decimal().abs());
      BigDecimal value = random.nextBoolean() ? worst : best;
      if (random.nextBoolean()) {
        BigDecimal swap = worst;
        worst = best;
        best = swap;
      }
      b.ratingValue(value);
      BigDecimal bestEnd = best;
      BigDecimal worstEnd = worst;
      maybe(() -> b.bestRating(bestEnd));
      maybe(() -> b.worstRating(worstEnd));
    }
    maybe(() -> b.time(random.nextBoolean() ? day() : RandomTimes.time(random)));
    maybe(
        () ->
            b.url(
                URI.create(
                    "https://example.org/review/" + random.nextInt() + "#r" + random.nextInt(10))));
    return b.build();
  }

  private Actor actor(ActorId id, List<ActorId> actorIds) {
    Actor.Builder b = new Actor.Builder().id(id).name(text()).kind(pick(ActorKind.values()));
    maybe(() -> b.anonymous(true));
    repeat(2, () -> b.addAliases(text()));
    maybe(() -> b.description(text()));
    b.addAllIdentifiers(identifiers());
    repeat(
        2,
        () -> {
          ActorId organization = pick(actorIds);
          if (!organization.equals(id)) {
            Affiliation.Builder affiliation = new Affiliation.Builder().organization(organization);
            maybe(() -> affiliation.role(text()));
            maybe(
                () -> affiliation.period(random.nextBoolean() ? day() : RandomTimes.time(random)));
            b.addAffiliations(affiliation.build());
          }
        });
    return b.build();
  }

  private Place place(PlaceId id) {
    Place.Builder b = new Place.Builder().id(id).name(text());
    maybe(() -> b.isoCode(pick(ISO_CODES)));
    maybe(
        () ->
            b.coordinates(
                new Coordinates(random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180)));
    b.addAllIdentifiers(identifiers());
    return b.build();
  }

  private Source source(SourceId id, List<ActorId> actorIds, List<SourceId> sourceIds) {
    Source.Builder b = new Source.Builder().id(id).kind(pick(SourceKind.values()));
    maybe(() -> b.title(text()));
    maybe(() -> b.publisher(pick(actorIds)));
    repeat(2, () -> b.addAuthors(pick(actorIds)));
    // Published after every hop time this generator makes.
    maybe(() -> b.published(mention(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300)))));
    maybe(
        () ->
            b.locator(
                URI.create(
                    "https://example.org/"
                        + id
                        + "?q="
                        + random.nextInt()
                        + "#part-"
                        + random.nextInt(10))));
    maybe(() -> b.language(pick(LANGUAGES)));
    maybe(
        () ->
            b.retrievedAt(
                Instant.ofEpochSecond(
                    1_700_000_000L + random.nextInt(100_000_000), random.nextInt(1_000_000_000))));
    maybe(() -> b.reliability(pick(Reliability.values())));
    repeat(
        2,
        () -> {
          SourceId cited = pick(sourceIds);
          if (!cited.equals(id)) {
            b.addCites(cited);
          }
        });
    repeat(2, () -> b.addNotes(text()));
    b.addAllIdentifiers(identifiers());
    return b.build();
  }

  /** Up to one identifier of each kind of scheme: checked for form, or any text. */
  private List<Identifier> identifiers() {
    List<Identifier> identifiers = new ArrayList<>();
    maybe(() -> identifiers.add(Identifier.wikidata("Q" + (1 + random.nextInt(1_000_000)))));
    maybe(() -> identifiers.add(Identifier.url("https://example.org/e/" + random.nextInt())));
    maybe(() -> identifiers.add(Identifier.of("isni", text())));
    identifiers.removeIf(identifier -> !identifiersGiven.add(identifier));
    return identifiers;
  }

  private Claim claim(
      ClaimId id, List<ActorId> actorIds, List<PlaceId> placeIds, List<SourceId> sourceIds) {
    Claim.Builder b = new Claim.Builder().id(id).proposition(text());
    if (!sourceIds.isEmpty() && random.nextBoolean()) {
      b.quote(quote(pick(sourceIds)));
    }
    repeat(2, () -> b.addActors(pick(actorIds)));
    if (!placeIds.isEmpty()) {
      repeat(2, () -> b.addPlaces(pick(placeIds)));
    }
    int quantities = random.nextInt(3);
    for (int i = 0; i < quantities; i++) {
      b.addQuantities(quantity("q" + i));
    }
    maybe(() -> b.time(anyMention()));
    maybe(() -> b.credibility(pick(Credibility.values())));
    repeat(2, () -> b.addNotes(text()));
    int chains = 1 + random.nextInt(3);
    for (int i = 0; i < chains; i++) {
      b.addAttribution(chain(actorIds, sourceIds));
    }
    return b.build();
  }

  private Quote quote(SourceId source) {
    String exact = text();
    Quote.Builder b = new Quote.Builder().source(source).exact(exact);
    maybe(() -> b.prefix(text()));
    maybe(() -> b.suffix(text()));
    if (random.nextBoolean()) {
      int start = random.nextInt(100_000);
      b.start(start).end(start + exact.codePointCount(0, exact.length()));
    }
    return b.build();
  }

  private Quantity quantity(String name) {
    BigDecimal low = decimal();
    BigDecimal mid = low.add(BigDecimal.ONE.movePointLeft(random.nextInt(4))).add(decimal().abs());
    BigDecimal high = mid.add(BigDecimal.ONE).add(decimal().abs());
    Quantity.Builder b = new Quantity.Builder().name(name);
    int shape = 1 + random.nextInt(7);
    if ((shape & 1) != 0) {
      b.estimate(mid);
    }
    if ((shape & 2) != 0) {
      b.lower(new Bound(low, random.nextBoolean()));
    }
    if ((shape & 4) != 0) {
      b.upper(new Bound(high, random.nextBoolean()));
    }
    maybe(() -> b.approximate(true));
    b.unit(random.nextBoolean() ? Unit.currency(pick(CURRENCIES)) : Unit.count(text()));
    maybe(() -> b.asWritten(text()));
    return b.build();
  }

  /** A decimal of any sign and scale, from 1E-12 to 1E+24 or so, exponents included. */
  private BigDecimal decimal() {
    BigInteger unscaled = new BigInteger(1 + random.nextInt(60), random);
    if (random.nextBoolean()) {
      unscaled = unscaled.negate();
    }
    return new BigDecimal(unscaled, random.nextInt(25) - 12);
  }

  private Chain chain(List<ActorId> actorIds, List<SourceId> sourceIds) {
    int length = actorIds.size() == 1 ? 1 : 1 + random.nextInt(4);
    Chain.Builder b = new Chain.Builder();
    ActorId previous = null;
    LocalDate said = EPOCH.plusDays(300 + random.nextInt(30));
    for (int i = 0; i < length; i++) {
      ActorId actor;
      do {
        actor = pick(actorIds);
      } while (actor.equals(previous));
      previous = actor;
      said = said.minusDays(random.nextInt(20));
      Commitment commitment = pick(Commitment.values());
      Hop.Builder hop =
          new Hop.Builder().actor(actor).mode(pick(ReportingMode.values())).commitment(commitment);
      if (!sourceIds.isEmpty() && random.nextBoolean()) {
        hop.source(pick(sourceIds));
      }
      maybe(() -> hop.cue(text()));
      maybe(() -> hop.likelihood(likelihoodFor(commitment)));
      LocalDate time = said;
      maybe(() -> hop.time(mention(time)));
      maybe(() -> hop.inferred(true));
      b.addHops(hop.build());
    }
    return b.build();
  }

  private Event event(
      EventId id, List<ActorId> actorIds, List<PlaceId> placeIds, List<ClaimId> claimIds) {
    Event.Builder b =
        new Event.Builder().id(id).description(text()).status(pick(EventStatus.values()));
    maybe(() -> b.time(anyMention()));
    if (!placeIds.isEmpty()) {
      repeat(2, () -> b.addPlaces(pick(placeIds)));
    }
    repeat(2, () -> b.addParticipants(pick(actorIds)));
    if (!claimIds.isEmpty()) {
      repeat(3, () -> b.addClaims(pick(claimIds)));
    }
    return b.build();
  }

  /** A relation; "derived from" and "updates" always point to an earlier claim, so no cycle. */
  private Relation relation(List<ClaimId> claimIds) {
    int from = 1 + random.nextInt(claimIds.size() - 1);
    int to = random.nextInt(from);
    RelationKind kind = pick(RelationKind.values());
    if (kind != RelationKind.DERIVED_FROM && kind != RelationKind.UPDATES && random.nextBoolean()) {
      int swap = from;
      from = to;
      to = swap;
    }
    Relation.Builder b =
        new Relation.Builder().from(claimIds.get(from)).kind(kind).to(claimIds.get(to));
    maybe(() -> b.note(text()));
    return b.build();
  }

  private TimeMention mention(LocalDate day) {
    TimeMention.Builder b = new TimeMention.Builder().value(around(day));
    maybe(() -> b.asWritten(text()));
    maybe(() -> b.inferred(true));
    return b.build();
  }

  /** A mention of a time of any EDTF form, or one around a day of the generator's years. */
  private TimeMention anyMention() {
    if (random.nextBoolean()) {
      return mention(EPOCH.plusDays(random.nextInt(700)));
    }
    TimeMention.Builder b = new TimeMention.Builder().value(RandomTimes.time(random));
    maybe(() -> b.asWritten(text()));
    maybe(() -> b.inferred(true));
    return b.build();
  }

  private ImpreciseTime day() {
    return around(EPOCH.plusDays(random.nextInt(1000)));
  }

  /**
   * A time of a randomly chosen EDTF form whose range holds the start of the given day, so that
   * times drawn in order keep the order that the dataset rules ask of hops and publications.
   */
  private ImpreciseTime around(LocalDate day) {
    String d = day.toString();
    String month = d.substring(0, 7);
    String year = d.substring(0, 4);
    String text =
        switch (random.nextInt(16)) {
          case 0 -> month;
          case 1 -> year;
          case 2 -> d + pick(List.of("?", "~", "%"));
          case 3 -> month + "~";
          case 4 -> d + "/..";
          case 5 -> "../" + d;
          case 6 -> day.minusDays(1) + "/" + day.plusDays(2);
          case 7 -> "[" + d + "," + day.plusDays(3) + "]";
          case 8 -> "[" + day.minusDays(2) + ".." + d + "]";
          case 9 -> month + "-XX";
          case 10 -> year.substring(0, 3) + "X";
          case 11 -> season(day);
          case 12 -> year + "?-" + d.substring(5);
          case 13 -> d + "T00:00:00Z";
          case 14 -> d + "/";
          default -> d;
        };
    ImpreciseTime time = ImpreciseTime.parse(text);
    Instant start = day.atStartOfDay().toInstant(ZoneOffset.UTC);
    if (time.earliest().map(e -> e.isAfter(start)).orElse(false)
        || time.latest().map(l -> l.isBefore(start)).orElse(false)) {
      throw new IllegalStateException(text + " does not hold the start of " + d);
    }
    return time;
  }

  /** A likelihood that does not lean against the commitment, as the model requires. */
  private Likelihood likelihoodFor(Commitment commitment) {
    Likelihood likelihood;
    do {
      likelihood = pick(Likelihood.values());
    } while (likelihood.polarity() * commitment.polarity() < 0
        && commitment != Commitment.POSSIBLE
        && commitment != Commitment.POSSIBLE_NOT);
    return likelihood;
  }

  /** The meteorological season (EDTF 21 to 24) that holds the day. */
  private static String season(LocalDate day) {
    int month = day.getMonthValue();
    if (month == 12) {
      return day.getYear() + "-24";
    }
    if (month <= 2) {
      return (day.getYear() - 1) + "-24";
    }
    return day.getYear() + "-" + (21 + (month - 3) / 3);
  }

  private String text() {
    int words = 1 + random.nextInt(4);
    StringBuilder text = new StringBuilder("x");
    for (int i = 0; i < words; i++) {
      text.append(' ').append(pick(WORDS));
    }
    return text.toString();
  }

  /**
   * Distinct ids: the prefix, the position, and up to three more of the characters an id may
   * hold, after a dot so that {@code c9} and {@code 3g} cannot make the {@code c93g} of another.
   */
  private <T> List<T> ids(int count, String prefix, Function<String, T> of) {
    List<T> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder id = new StringBuilder(prefix).append(i);
      int extra = random.nextInt(4);
      if (extra > 0) {
        id.append('.');
      }
      for (int j = 0; j < extra; j++) {
        id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
      }
      ids.add(of.apply(id.toString()));
    }
    return ids;
  }

  private void maybe(Runnable action) {
    if (random.nextBoolean()) {
      action.run();
    }
  }

  private void repeat(int most, Runnable action) {
    int times = random.nextInt(most + 1);
    for (int i = 0; i < times; i++) {
      action.run();
    }
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
