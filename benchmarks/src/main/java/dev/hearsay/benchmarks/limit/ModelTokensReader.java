package dev.hearsay.benchmarks.limit;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Hearsay's values read by hand from the parser's tokens: a method per value, each field's name
 * switched on, every value built through its builder and so checked, ids and times made once per
 * read, the dataset's rules run by its builder. What it leaves out of what Hearsay's reader does:
 * the path and place of each problem, every problem noted at once, fields given twice, unknown
 * fields, wrong tokens reported in words, and the sharing of texts. It reads the benchmark's
 * documents, not every document of the form (no identifiers, no assessments), and is the measure
 * of what a reader in this shape costs beside the plain records read the same way.
 */
public final class ModelTokensReader {
  private final JsonParser p;
  private final Map<String, ActorId> actors = new HashMap<>();
  private final Map<String, PlaceId> places = new HashMap<>();
  private final Map<String, SourceId> sources = new HashMap<>();
  private final Map<String, ClaimId> claims = new HashMap<>();
  private final Map<String, ImpreciseTime> times = new HashMap<>();

  private ModelTokensReader(JsonParser p) {
    this.p = p;
  }

  /**
   * Reads a dataset document of the benchmark's workload.
   *
   * @param factory the factory
   * @param json the document
   * @return the dataset, every value and rule checked
   */
  public static Dataset read(JsonFactory factory, byte[] json) {
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      return new ModelTokensReader(parser).dataset();
    }
  }

  private Dataset dataset() {
    DatasetHeader.Builder header = new DatasetHeader.Builder();
    Dataset.Builder dataset = new Dataset.Builder();
    List<Claim> claimList = List.of();
    List<Event> eventList = List.of();
    List<Relation> relationList = List.of();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "schemaVersion" -> header.schemaVersion(p.getString());
        case "metadata" -> header.metadata(metadata());
        case "actors" -> header.addAllActors(list(r -> r.actor()));
        case "places" -> header.addAllPlaces(list(r -> r.place()));
        case "sources" -> header.addAllSources(list(r -> r.source()));
        case "claims" -> claimList = list(r -> r.claim());
        case "events" -> eventList = list(r -> r.event());
        case "relations" -> relationList = list(r -> r.relation());
        default -> p.skipChildren();
      }
    }
    return dataset
        .header(header.build())
        .addAllClaims(claimList)
        .addAllEvents(eventList)
        .addAllRelations(relationList)
        .build();
  }

  private <T> List<T> list(Function<ModelTokensReader, T> element) {
    List<T> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(element.apply(this));
    }
    return values;
  }

  private List<String> strings() {
    List<String> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(p.getString());
    }
    return values;
  }

  private <I> List<I> ids(Map<String, I> known, Function<String, I> make) {
    List<I> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(id(known, make));
    }
    return values;
  }

  private <I> I id(Map<String, I> known, Function<String, I> make) {
    return known.computeIfAbsent(p.getString(), make);
  }

  private ImpreciseTime edtf() {
    return times.computeIfAbsent(p.getString(), ImpreciseTime::parse);
  }

  private static <E extends Enum<E>> E spelling(Class<E> type, String text) {
    return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
  }

  private DatasetMetadata metadata() {
    DatasetMetadata.Builder b = new DatasetMetadata.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "title" -> b.title(p.getString());
        case "description" -> b.description(p.getString());
        case "curators" -> b.addAllCurators(strings());
        case "created" -> b.created(LocalDate.parse(p.getString()));
        case "license" -> b.license(p.getString());
        case "encodes" -> b.encodes(id(sources, SourceId::of));
        default -> p.skipChildren();
      }
    }
    return b.build();
  }

  private Actor actor() {
    Actor.Builder b = new Actor.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> b.id(id(actors, ActorId::of));
        case "name" -> b.name(p.getString());
        case "kind" -> b.kind(spelling(ActorKind.class, p.getString()));
        case "anonymous" -> b.anonymous(p.getBooleanValue());
        case "aliases" -> b.addAllAliases(strings());
        case "description" -> b.description(p.getString());
        case "affiliations" -> b.addAllAffiliations(list(r -> r.affiliation()));
        default -> p.skipChildren();
      }
    }
    return b.build();
  }

  private Affiliation affiliation() {
    Affiliation.Builder b = new Affiliation.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "organization" -> b.organization(id(actors, ActorId::of));
        case "role" -> b.role(p.getString());
        case "period" -> b.period(edtf());
        default -> p.skipChildren();
      }
    }
    return b.build();
  }

  private Place place() {
    Place.Builder b = new Place.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> b.id(id(places, PlaceId::of));
        case "name" -> b.name(p.getString());
        case "isoCode" -> b.isoCode(p.getString());
        case "coordinates" -> b.coordinates(coordinates());
        default -> p.skipChildren();
      }
    }
    return b.build();
  }

  private Coordinates coordinates() {
    double latitude = Double.NaN;
    double longitude = Double.NaN;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "latitude" -> latitude = p.getDoubleValue();
        case "longitude" -> longitude = p.getDoubleValue();
        default -> p.skipChildren();
      }
    }
    return new Coordinates(latitude, longitude);
  }

  private Source source() {
    Source.Builder b = new Source.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> b.id(id(sources, SourceId::of));
        case "kind" -> b.kind(spelling(SourceKind.class, p.getString()));
        case "title" -> b.title(p.getString());
        case "publisher" -> b.publisher(id(actors, ActorId::of));
        case "authors" -> b.addAllAuthors(ids(actors, ActorId::of));
        case "published" -> b.published(time());
        case "locator" -> b.locator(URI.create(p.getString()));
        case "language" -> b.language(p.getString());
        case "retrievedAt" -> b.retrievedAt(Instant.parse(p.getString()));
        case "reliability" -> b.reliability(Reliability.ofGrade(p.getString().charAt(0)));
        case "cites" -> b.addAllCites(ids(sources, SourceId::of));
        case "notes" -> b.addAllNotes(strings());
        default -> p.skipChildren();
      }
    }
    return b.build();
  }

  private TimeMention time() {
    TimeMention.Builder b = new TimeMention.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "edtf" -> b.value(edtf());
        case "asWritten" -> b.asWritten(p.getString());
        case "inferred" -> b.inferred(p.getBooleanValue());
        default -> p.skipChildren();
      }
    }
    return b.build();
  }

  private Claim claim() {
    Claim.Builder b = new Claim.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> b.id(id(claims, ClaimId::of));
        case "proposition" -> b.proposition(p.getString());
        case "quote" -> b.quote(quote());
        case "actors" -> b.addAllActors(ids(actors, ActorId::of));
        case "places" -> b.addAllPlaces(ids(places, PlaceId::of));
        case "quantities" -> b.addAllQuantities(list(r -> r.quantity()));
        case "time" -> b.time(time());
        case "credibility" -> b.credibility(Credibility.ofGrade(p.getIntValue()));
        case "notes" -> b.addAllNotes(strings());
        case "attribution" -> b.addAllAttribution(list(r -> r.chain()));
        default -> p.skipChildren();
      }
    }
    return b.build();
  }

  private Chain chain() {
    return new Chain.Builder().addAllHops(list(r -> r.hop())).build();
  }

  private Quote quote() {
    Quote.Builder b = new Quote.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "source" -> b.source(id(sources, SourceId::of));
        case "exact" -> b.exact(p.getString());
        case "prefix" -> b.prefix(p.getString());
        case "suffix" -> b.suffix(p.getString());
        case "start" -> b.start(p.getIntValue());
        case "end" -> b.end(p.getIntValue());
        default -> p.skipChildren();
      }
    }
    return b.build();
  }

  private Quantity quantity() {
    Quantity.Builder b = new Quantity.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "name" -> b.name(p.getString());
        case "estimate" -> b.estimate(new BigDecimal(p.getString()));
        case "lower" -> b.lower(bound());
        case "upper" -> b.upper(bound());
        case "approximate" -> b.approximate(p.getBooleanValue());
        case "unit" -> b.unit(unit());
        case "asWritten" -> b.asWritten(p.getString());
        default -> p.skipChildren();
      }
    }
    return b.build();
  }

  private Bound bound() {
    BigDecimal value = null;
    boolean inclusive = false;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "value" -> value = new BigDecimal(p.getString());
        case "inclusive" -> inclusive = p.getBooleanValue();
        default -> p.skipChildren();
      }
    }
    return new Bound(value, inclusive);
  }

  private Unit unit() {
    Unit unit = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "currency" -> unit = Unit.currency(p.getString());
        case "count" -> unit = Unit.count(p.getString());
        default -> p.skipChildren();
      }
    }
    return unit;
  }

  private Hop hop() {
    Hop.Builder b = new Hop.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "actor" -> b.actor(id(actors, ActorId::of));
        case "source" -> b.source(id(sources, SourceId::of));
        case "cue" -> b.cue(p.getString());
        case "mode" -> b.mode(spelling(ReportingMode.class, p.getString()));
        case "commitment" -> b.commitment(spelling(Commitment.class, p.getString()));
        case "likelihood" -> b.likelihood(spelling(Likelihood.class, p.getString()));
        case "time" -> b.time(time());
        case "inferred" -> b.inferred(p.getBooleanValue());
        default -> p.skipChildren();
      }
    }
    return b.build();
  }

  private Event event() {
    Event.Builder b = new Event.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> b.id(EventId.of(p.getString()));
        case "description" -> b.description(p.getString());
        case "time" -> b.time(time());
        case "places" -> b.addAllPlaces(ids(places, PlaceId::of));
        case "participants" -> b.addAllParticipants(ids(actors, ActorId::of));
        case "status" -> b.status(spelling(EventStatus.class, p.getString()));
        case "claims" -> b.addAllClaims(ids(claims, ClaimId::of));
        default -> p.skipChildren();
      }
    }
    return b.build();
  }

  private Relation relation() {
    Relation.Builder b = new Relation.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "from" -> b.from(id(claims, ClaimId::of));
        case "kind" -> b.kind(spelling(RelationKind.class, p.getString()));
        case "to" -> b.to(id(claims, ClaimId::of));
        case "note" -> b.note(p.getString());
        default -> p.skipChildren();
      }
    }
    return b.build();
  }
}
