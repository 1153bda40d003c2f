package dev.hearsay.benchmarks.plain;

import dev.hearsay.benchmarks.plain.PlainDataset.Actor;
import dev.hearsay.benchmarks.plain.PlainDataset.Affiliation;
import dev.hearsay.benchmarks.plain.PlainDataset.Bound;
import dev.hearsay.benchmarks.plain.PlainDataset.Claim;
import dev.hearsay.benchmarks.plain.PlainDataset.Coordinates;
import dev.hearsay.benchmarks.plain.PlainDataset.Event;
import dev.hearsay.benchmarks.plain.PlainDataset.Hop;
import dev.hearsay.benchmarks.plain.PlainDataset.Metadata;
import dev.hearsay.benchmarks.plain.PlainDataset.Place;
import dev.hearsay.benchmarks.plain.PlainDataset.Quantity;
import dev.hearsay.benchmarks.plain.PlainDataset.Quote;
import dev.hearsay.benchmarks.plain.PlainDataset.Relation;
import dev.hearsay.benchmarks.plain.PlainDataset.Source;
import dev.hearsay.benchmarks.plain.PlainDataset.Time;
import dev.hearsay.benchmarks.plain.PlainDataset.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The plain records read by hand from the parser's tokens: one method per record, a switch on each
 * field's name, no checks, every string decoded as databind decodes it. The quickest a reader of
 * the form can be on Jackson's tokenizer while building one object per JSON object, and so the
 * bound on what a reader that also checks every value and runs the rules can reach.
 */
public final class PlainTokensReader {
  private final JsonParser p;

  private PlainTokensReader(JsonParser p) {
    this.p = p;
  }

  /**
   * Reads a dataset document.
   *
   * @param factory the factory
   * @param json the document
   * @return the records
   */
  public static PlainDataset read(JsonFactory factory, byte[] json) {
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      return new PlainTokensReader(parser).dataset();
    }
  }

  private PlainDataset dataset() {
    String schemaVersion = null;
    Metadata metadata = null;
    List<Actor> actors = List.of();
    List<Place> places = List.of();
    List<Source> sources = List.of();
    List<Claim> claims = List.of();
    List<Event> events = List.of();
    List<Relation> relations = List.of();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "schemaVersion" -> schemaVersion = p.getString();
        case "metadata" -> metadata = metadata();
        case "actors" -> actors = list(r -> r.actor());
        case "places" -> places = list(r -> r.place());
        case "sources" -> sources = list(r -> r.source());
        case "claims" -> claims = list(r -> r.claim());
        case "events" -> events = list(r -> r.event());
        case "relations" -> relations = list(r -> r.relation());
        default -> p.skipChildren();
      }
    }
    return new PlainDataset(
        schemaVersion, metadata, actors, places, sources, claims, events, relations);
  }

  private <T> List<T> list(Function<PlainTokensReader, T> element) {
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

  private Metadata metadata() {
    String title = null;
    String description = null;
    List<String> curators = null;
    String created = null;
    String license = null;
    String encodes = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "title" -> title = p.getString();
        case "description" -> description = p.getString();
        case "curators" -> curators = strings();
        case "created" -> created = p.getString();
        case "license" -> license = p.getString();
        case "encodes" -> encodes = p.getString();
        default -> p.skipChildren();
      }
    }
    return new Metadata(title, description, curators, created, license, encodes);
  }

  private Actor actor() {
    String id = null;
    String name = null;
    String kind = null;
    Boolean anonymous = null;
    List<String> aliases = null;
    String description = null;
    List<Affiliation> affiliations = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getString();
        case "name" -> name = p.getString();
        case "kind" -> kind = p.getString();
        case "anonymous" -> anonymous = p.getBooleanValue();
        case "aliases" -> aliases = strings();
        case "description" -> description = p.getString();
        case "affiliations" -> affiliations = list(r -> r.affiliation());
        default -> p.skipChildren();
      }
    }
    return new Actor(id, name, kind, anonymous, aliases, description, affiliations);
  }

  private Affiliation affiliation() {
    String organization = null;
    String role = null;
    String period = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "organization" -> organization = p.getString();
        case "role" -> role = p.getString();
        case "period" -> period = p.getString();
        default -> p.skipChildren();
      }
    }
    return new Affiliation(organization, role, period);
  }

  private Place place() {
    String id = null;
    String name = null;
    String isoCode = null;
    Coordinates coordinates = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getString();
        case "name" -> name = p.getString();
        case "isoCode" -> isoCode = p.getString();
        case "coordinates" -> coordinates = coordinates();
        default -> p.skipChildren();
      }
    }
    return new Place(id, name, isoCode, coordinates);
  }

  private Coordinates coordinates() {
    double latitude = 0;
    double longitude = 0;
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
    String id = null;
    String kind = null;
    String title = null;
    String publisher = null;
    List<String> authors = null;
    Time published = null;
    String locator = null;
    String language = null;
    String retrievedAt = null;
    String reliability = null;
    List<String> cites = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getString();
        case "kind" -> kind = p.getString();
        case "title" -> title = p.getString();
        case "publisher" -> publisher = p.getString();
        case "authors" -> authors = strings();
        case "published" -> published = time();
        case "locator" -> locator = p.getString();
        case "language" -> language = p.getString();
        case "retrievedAt" -> retrievedAt = p.getString();
        case "reliability" -> reliability = p.getString();
        case "cites" -> cites = strings();
        default -> p.skipChildren();
      }
    }
    return new Source(
        id,
        kind,
        title,
        publisher,
        authors,
        published,
        locator,
        language,
        retrievedAt,
        reliability,
        cites);
  }

  private Time time() {
    String edtf = null;
    String asWritten = null;
    Boolean inferred = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "edtf" -> edtf = p.getString();
        case "asWritten" -> asWritten = p.getString();
        case "inferred" -> inferred = p.getBooleanValue();
        default -> p.skipChildren();
      }
    }
    return new Time(edtf, asWritten, inferred);
  }

  private Claim claim() {
    String id = null;
    String proposition = null;
    Quote quote = null;
    List<String> actors = null;
    List<String> places = null;
    List<Quantity> quantities = null;
    Time time = null;
    Integer credibility = null;
    List<String> notes = null;
    List<List<Hop>> attribution = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getString();
        case "proposition" -> proposition = p.getString();
        case "quote" -> quote = quote();
        case "actors" -> actors = strings();
        case "places" -> places = strings();
        case "quantities" -> quantities = list(r -> r.quantity());
        case "time" -> time = time();
        case "credibility" -> credibility = p.getIntValue();
        case "notes" -> notes = strings();
        case "attribution" -> attribution = list(r -> r.list(h -> h.hop()));
        default -> p.skipChildren();
      }
    }
    return new Claim(
        id, proposition, quote, actors, places, quantities, time, credibility, notes, attribution);
  }

  private Quote quote() {
    String source = null;
    String exact = null;
    String prefix = null;
    String suffix = null;
    Integer start = null;
    Integer end = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "source" -> source = p.getString();
        case "exact" -> exact = p.getString();
        case "prefix" -> prefix = p.getString();
        case "suffix" -> suffix = p.getString();
        case "start" -> start = p.getIntValue();
        case "end" -> end = p.getIntValue();
        default -> p.skipChildren();
      }
    }
    return new Quote(source, exact, prefix, suffix, start, end);
  }

  private Quantity quantity() {
    String name = null;
    String estimate = null;
    Bound lower = null;
    Bound upper = null;
    Boolean approximate = null;
    Unit unit = null;
    String asWritten = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "name" -> name = p.getString();
        case "estimate" -> estimate = p.getString();
        case "lower" -> lower = bound();
        case "upper" -> upper = bound();
        case "approximate" -> approximate = p.getBooleanValue();
        case "unit" -> unit = unit();
        case "asWritten" -> asWritten = p.getString();
        default -> p.skipChildren();
      }
    }
    return new Quantity(name, estimate, lower, upper, approximate, unit, asWritten);
  }

  private Bound bound() {
    String value = null;
    boolean inclusive = false;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "value" -> value = p.getString();
        case "inclusive" -> inclusive = p.getBooleanValue();
        default -> p.skipChildren();
      }
    }
    return new Bound(value, inclusive);
  }

  private Unit unit() {
    String currency = null;
    String count = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "currency" -> currency = p.getString();
        case "count" -> count = p.getString();
        default -> p.skipChildren();
      }
    }
    return new Unit(currency, count);
  }

  private Hop hop() {
    String actor = null;
    String source = null;
    String cue = null;
    String mode = null;
    String commitment = null;
    String likelihood = null;
    Time time = null;
    Boolean inferred = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "actor" -> actor = p.getString();
        case "source" -> source = p.getString();
        case "cue" -> cue = p.getString();
        case "mode" -> mode = p.getString();
        case "commitment" -> commitment = p.getString();
        case "likelihood" -> likelihood = p.getString();
        case "time" -> time = time();
        case "inferred" -> inferred = p.getBooleanValue();
        default -> p.skipChildren();
      }
    }
    return new Hop(actor, source, cue, mode, commitment, likelihood, time, inferred);
  }

  private Event event() {
    String id = null;
    String description = null;
    Time time = null;
    List<String> places = null;
    List<String> participants = null;
    String status = null;
    List<String> claims = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getString();
        case "description" -> description = p.getString();
        case "time" -> time = time();
        case "places" -> places = strings();
        case "participants" -> participants = strings();
        case "status" -> status = p.getString();
        case "claims" -> claims = strings();
        default -> p.skipChildren();
      }
    }
    return new Event(id, description, time, places, participants, status, claims);
  }

  private Relation relation() {
    String from = null;
    String kind = null;
    String to = null;
    String note = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "from" -> from = p.getString();
        case "kind" -> kind = p.getString();
        case "to" -> to = p.getString();
        case "note" -> note = p.getString();
        default -> p.skipChildren();
      }
    }
    return new Relation(from, kind, to, note);
  }
}
