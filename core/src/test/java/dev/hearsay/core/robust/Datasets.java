package dev.hearsay.core.robust;

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
import dev.hearsay.core.model.CountUnit;
import dev.hearsay.core.model.Credibility;
import dev.hearsay.core.model.CurrencyUnit;
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
import dev.hearsay.core.model.Reliability;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Valid datasets that use every kind of value and field: actors with affiliations, places,
 * sources that cite one another, claims with quotes, quantities and several chains of timed hops,
 * events with random EDTF times, and relations of every kind, without cycles where a cycle is
 * invalid. Hop times never contradict the hops that relay them or the sources they are in.
 */
final class Datasets {
  private final Random random;
  private final int size;

  private Datasets(Random random, int size) {
    this.random = random;
    this.size = size;
  }

  /** One dataset from the given random numbers. */
  static Dataset of(Random random, int size) {
    return new Datasets(random, size).dataset();
  }

  /** A dataset of events with the given times (null for an undated event), in that order. */
  static Dataset ofEventTimes(List<String> times) {
    Dataset.Builder builder = new Dataset.Builder()
        .metadata(new DatasetMetadata.Builder().title("events").build());
    for (int i = 0; i < times.size(); i++) {
      Event.Builder event = new Event.Builder().id(EventId.of("e" + i))
          .description("event " + i).status(EventStatus.HAPPENED);
      if (times.get(i) != null) {
        event.time(TimeMention.of(times.get(i)));
      }
      builder.addEvent(event.build());
    }
    return builder.build();
  }

  private Dataset dataset() {
    int actors = 1 + random.nextInt(size);
    int places = random.nextInt(size / 2 + 1);
    int sources = random.nextInt(size / 2 + 1);
    int claims = 1 + random.nextInt(size);
    int events = random.nextInt(size);
    DatasetMetadata.Builder metadata = new DatasetMetadata.Builder().title(text("title"));
    if (random.nextBoolean()) {
      metadata.description(text("about")).addCurators(text("curator"))
          .created(LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28)))
          .license("CC-BY-4.0");
    }
    if (sources > 0 && random.nextBoolean()) {
      metadata.encodes(SourceId.of("s" + random.nextInt(sources)));
    }
    Dataset.Builder builder = new Dataset.Builder().metadata(metadata.build());
    for (int i = 0; i < actors; i++) {
      builder.addActor(actor(i, actors));
    }
    for (int i = 0; i < places; i++) {
      builder.addPlace(place(i));
    }
    for (int i = 0; i < sources; i++) {
      builder.addSource(source(i, sources, actors));
    }
    for (int i = 0; i < claims; i++) {
      builder.addClaim(claim(i, actors, places, sources));
    }
    for (int i = 0; i < events; i++) {
      builder.addEvent(event(i, actors, places, claims));
    }
    for (int n = random.nextInt(2 * claims); n > 0 && claims > 1; n--) {
      builder.addRelation(relation(claims));
    }
    return builder.build();
  }

  private Actor actor(int i, int actors) {
    Actor.Builder actor = new Actor.Builder().id(actor(i)).name(text("actor " + i))
        .kind(pick(ActorKind.values())).anonymous(random.nextInt(4) == 0);
    if (random.nextInt(3) == 0) {
      actor.addAliases(text("alias"), text("other alias")).description(text("who"));
    }
    if (actors > 1 && random.nextInt(3) == 0) {
      int organization = (i + 1 + random.nextInt(actors - 1)) % actors;
      Affiliation.Builder affiliation = new Affiliation.Builder().organization(actor(organization));
      if (random.nextBoolean()) {
        affiliation.role(text("role")).period(ImpreciseTime.parse("2020/2024"));
      }
      actor.addAffiliation(affiliation.build());
    }
    return actor.build();
  }

  private Place place(int i) {
    Place.Builder place = new Place.Builder().id(PlaceId.of("p" + i)).name(text("place " + i));
    if (random.nextBoolean()) {
      place.isoCode(pick(new String[] {"UA", "RU", "RU-KRS", "KP", "US"}))
          .coordinates(new Coordinates(random.nextDouble() * 180 - 90,
              random.nextDouble() * 360 - 180));
    }
    return place.build();
  }

  private Source source(int i, int sources, int actors) {
    Source.Builder source = new Source.Builder().id(SourceId.of("s" + i))
        .kind(pick(SourceKind.values()));
    if (random.nextBoolean()) {
      source.title(text("title " + i)).publisher(actor(random.nextInt(actors)))
          .addAuthors(actor(random.nextInt(actors)))
          .locator(URI.create("https://example.org/s/" + i)).language("en")
          .retrievedAt(Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000)))
          .reliability(pick(Reliability.values()))
          .addNotes("what the curator knows of s" + i);
    }
    if (random.nextBoolean()) {
      // Published after every hop time that this generator writes.
      source.published(TimeMention.of("2025-" + pad(1 + random.nextInt(12))));
    }
    if (sources > 1 && random.nextBoolean()) {
      source.addCites(SourceId.of("s" + (i + 1 + random.nextInt(sources - 1)) % sources));
    }
    return source.build();
  }

  private Claim claim(int i, int actors, int places, int sources) {
    Claim.Builder claim = new Claim.Builder().id(claimId(i)).proposition(text("claim " + i));
    if (sources > 0 && random.nextInt(3) == 0) {
      String exact = text("words");
      Quote.Builder quote = new Quote.Builder().source(SourceId.of("s" + random.nextInt(sources)))
          .exact(exact);
      if (random.nextBoolean()) {
        int start = random.nextInt(1000);
        quote.prefix("before ").suffix(" after").start(start)
            .end(start + exact.codePointCount(0, exact.length()));
      }
      claim.quote(quote.build());
    }
    if (random.nextBoolean()) {
      claim.addActors(actor(random.nextInt(actors)));
    }
    if (places > 0 && random.nextBoolean()) {
      claim.addPlaces(PlaceId.of("p" + random.nextInt(places)));
    }
    if (random.nextInt(3) == 0) {
      claim.addQuantities(quantity("troops", false), quantity("cost", true));
    }
    if (random.nextInt(3) == 0) {
      claim.time(new TimeMention.Builder().value(ImpreciseTime.parse(EdtfTexts.text(random)))
          .asWritten(text("when")).inferred(random.nextBoolean()).build());
    }
    if (random.nextBoolean()) {
      claim.credibility(pick(Credibility.values())).addNotes(text("note"));
    }
    int chains = 1 + random.nextInt(3);
    for (int c = 0; c < chains; c++) {
      claim.addAttribution(chain(actors, sources));
    }
    return claim.build();
  }

  private Quantity quantity(String name, boolean money) {
    long value = random.nextInt(100_000);
    Quantity.Builder quantity = new Quantity.Builder().name(name)
        .unit(money ? new CurrencyUnit("USD") : new CountUnit("soldier"))
        .approximate(random.nextBoolean());
    switch (random.nextInt(3)) {
      case 0 -> quantity.estimate(new BigDecimal(value));
      case 1 -> quantity.lower(Bound.inclusive(BigDecimal.valueOf(value, 1)))
          .upper(Bound.exclusive(BigDecimal.valueOf(value + 1 + random.nextInt(1000))));
      default -> quantity.estimate(BigDecimal.valueOf(value)).upper(
          Bound.inclusive(BigDecimal.valueOf(value + random.nextInt(1000))))
          .asWritten(text("some"));
    }
    return quantity.build();
  }

  /** A chain whose hops are said on days of 2024 that go back in time from reporter to origin. */
  private Chain chain(int actors, int sources) {
    int hops = 1 + random.nextInt(Math.min(actors, 4));
    List<Hop> list = new ArrayList<>();
    int previous = -1;
    int day = 365;
    for (int h = 0; h < hops; h++) {
      int actor = random.nextInt(actors);
      if (actor == previous) {
        actor = (actor + 1) % actors;
      }
      previous = actor;
      Commitment commitment = pick(Commitment.values());
      Hop.Builder hop = new Hop.Builder().actor(actor(actor))
          .mode(pick(ReportingMode.values())).commitment(commitment)
          .inferred(random.nextInt(5) == 0);
      if (sources > 0 && random.nextBoolean()) {
        hop.source(SourceId.of("s" + random.nextInt(sources)));
      }
      if (random.nextBoolean()) {
        hop.cue(pick(new String[] {"reports", "citing", "said", "suggests"}));
      }
      if (random.nextInt(4) == 0) {
        // A certain or probable commitment takes a likelihood on its side of even.
        Likelihood likelihood = pick(Likelihood.values());
        if (likelihood.polarity() * commitment.polarity() >= 0
            || commitment == Commitment.POSSIBLE || commitment == Commitment.POSSIBLE_NOT) {
          hop.likelihood(likelihood);
        }
      }
      day -= random.nextInt(30);
      if (random.nextBoolean()) {
        hop.time(TimeMention.of(LocalDate.ofYearDay(2024, Math.max(day, 1)).toString()));
      }
      list.add(hop.build());
    }
    return new Chain.Builder().addAllHops(list).build();
  }

  private Event event(int i, int actors, int places, int claims) {
    Event.Builder event = new Event.Builder().id(EventId.of("e" + i))
        .description(text("event " + i)).status(pick(EventStatus.values()));
    if (random.nextInt(5) != 0) {
      event.time(TimeMention.of(EdtfTexts.text(random)));
    }
    if (places > 0 && random.nextBoolean()) {
      event.addPlaces(PlaceId.of("p" + random.nextInt(places)));
    }
    if (random.nextBoolean()) {
      event.addParticipants(actor(random.nextInt(actors)));
    }
    for (int n = random.nextInt(4); n > 0; n--) {
      event.addClaims(claimId(random.nextInt(claims)));
    }
    return event.build();
  }

  /** Derivations and updates point from a later claim to an earlier one, so form no cycle. */
  private Relation relation(int claims) {
    RelationKind kind = pick(RelationKind.values());
    int from = random.nextInt(claims);
    int to = (from + 1 + random.nextInt(claims - 1)) % claims;
    if ((kind == RelationKind.DERIVED_FROM || kind == RelationKind.UPDATES) && from < to) {
      int t = from;
      from = to;
      to = t;
    }
    Relation.Builder relation = new Relation.Builder().from(claimId(from)).kind(kind)
        .to(claimId(to));
    if (random.nextBoolean()) {
      relation.note(text("because"));
    }
    return relation.build();
  }

  private static ActorId actor(int i) {
    return ActorId.of("a" + i);
  }

  private static ClaimId claimId(int i) {
    return ClaimId.of("c" + i);
  }

  /** A text with characters that a writer must escape or encode. */
  private String text(String base) {
    switch (random.nextInt(6)) {
      case 0:
        return base + " \"quoted\" \\ back\\slash";
      case 1:
        return base + " \u00e9t\u00e9 \u041a\u0443\u0440\u0441\u043a \ud83d\ude80";
      case 2:
        return base + "\nline\ttab";
      default:
        return base;
    }
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String pad(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
