package dev.hearsay.testing;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Affiliation;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Quote;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.TimeMention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fields of the model's values, by the names and in the order of the JSON form, so that a
 * diff walks them in the order a reader of the document meets them. Records (ids, bounds,
 * coordinates, units) need no entry: their components are their fields.
 */
final class ValueFields {
  /** One field of a value: its name and how to read it. */
  record Field(String name, Function<Object, Object> read) {}

  private static final Map<Class<?>, List<Field>> FIELDS = new LinkedHashMap<>();

  static {
    type(Dataset.class)
        .field("schemaVersion", Dataset::schemaVersion)
        .field("metadata", Dataset::metadata)
        .field("actors", Dataset::actors)
        .field("places", Dataset::places)
        .field("sources", Dataset::sources)
        .field("claims", Dataset::claims)
        .field("events", Dataset::events)
        .field("relations", Dataset::relations)
        .field("assessments", Dataset::assessments);
    type(DatasetMetadata.class)
        .field("title", DatasetMetadata::title)
        .field("description", DatasetMetadata::description)
        .field("curators", DatasetMetadata::curators)
        .field("created", DatasetMetadata::created)
        .field("license", DatasetMetadata::license)
        .field("encodes", DatasetMetadata::encodes);
    type(Actor.class)
        .field("id", Actor::id)
        .field("name", Actor::name)
        .field("kind", Actor::kind)
        .field("anonymous", Actor::anonymous)
        .field("aliases", Actor::aliases)
        .field("description", Actor::description)
        .field("affiliations", Actor::affiliations)
        .field("identifiers", Actor::identifiers);
    type(Affiliation.class)
        .field("organization", Affiliation::organization)
        .field("role", Affiliation::role)
        .field("period", Affiliation::period);
    type(Place.class)
        .field("id", Place::id)
        .field("name", Place::name)
        .field("isoCode", Place::isoCode)
        .field("coordinates", Place::coordinates)
        .field("identifiers", Place::identifiers);
    type(Source.class)
        .field("id", Source::id)
        .field("kind", Source::kind)
        .field("title", Source::title)
        .field("publisher", Source::publisher)
        .field("authors", Source::authors)
        .field("published", Source::published)
        .field("locator", Source::locator)
        .field("language", Source::language)
        .field("retrievedAt", Source::retrievedAt)
        .field("reliability", Source::reliability)
        .field("cites", Source::cites)
        .field("notes", Source::notes)
        .field("identifiers", Source::identifiers);
    type(Claim.class)
        .field("id", Claim::id)
        .field("proposition", Claim::proposition)
        .field("quote", Claim::quote)
        .field("actors", Claim::actors)
        .field("places", Claim::places)
        .field("quantities", Claim::quantities)
        .field("time", Claim::time)
        .field("credibility", Claim::credibility)
        .field("notes", Claim::notes)
        .field("attribution", Claim::attribution);
    type(Quote.class)
        .field("source", Quote::source)
        .field("exact", Quote::exact)
        .field("prefix", Quote::prefix)
        .field("suffix", Quote::suffix)
        .field("start", Quote::start)
        .field("end", Quote::end);
    type(Quantity.class)
        .field("name", Quantity::name)
        .field("estimate", Quantity::estimate)
        .field("lower", Quantity::lower)
        .field("upper", Quantity::upper)
        .field("approximate", Quantity::approximate)
        .field("unit", Quantity::unit)
        .field("asWritten", Quantity::asWritten);
    type(TimeMention.class)
        .field("value", TimeMention::value)
        .field("asWritten", TimeMention::asWritten)
        .field("inferred", TimeMention::inferred);
    type(Hop.class)
        .field("actor", Hop::actor)
        .field("source", Hop::source)
        .field("cue", Hop::cue)
        .field("mode", Hop::mode)
        .field("commitment", Hop::commitment)
        .field("likelihood", Hop::likelihood)
        .field("time", Hop::time)
        .field("inferred", Hop::inferred);
    type(Event.class)
        .field("id", Event::id)
        .field("description", Event::description)
        .field("time", Event::time)
        .field("places", Event::places)
        .field("participants", Event::participants)
        .field("status", Event::status)
        .field("claims", Event::claims);
    type(Relation.class)
        .field("from", Relation::from)
        .field("kind", Relation::kind)
        .field("to", Relation::to)
        .field("note", Relation::note);
    type(Assessment.class)
        .field("claim", Assessment::claim)
        .field("assessor", Assessment::assessor)
        .field("time", Assessment::time)
        .field("rating", Assessment::rating)
        .field("ratingValue", Assessment::ratingValue)
        .field("bestRating", Assessment::bestRating)
        .field("worstRating", Assessment::worstRating)
        .field("source", Assessment::source)
        .field("url", Assessment::url);
  }

  private ValueFields() {}

  /**
   * The fields of a value of the model, in the order of the JSON form, or empty for a value this
   * table does not know (a record, a list, a leaf such as a text or a time).
   */
  static Optional<List<Field>> of(Object value) {
    for (Map.Entry<Class<?>, List<Field>> entry : FIELDS.entrySet()) {
      if (entry.getKey().isInstance(value)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** The names of the fields of a type, for the test that keeps this table whole. */
  static List<String> names(Class<?> type) {
    return FIELDS.getOrDefault(type, List.of()).stream().map(Field::name).toList();
  }

  /** The types this table knows. */
  static List<Class<?>> types() {
    return List.copyOf(FIELDS.keySet());
  }

  /** The key of a value that a list holds by its id (actors, places, sources, claims, events). */
  static Optional<Object> id(Object value) {
    if (value instanceof Actor actor) {
      return Optional.of(actor.id());
    }
    if (value instanceof Place place) {
      return Optional.of(place.id());
    }
    if (value instanceof Source source) {
      return Optional.of(source.id());
    }
    if (value instanceof Claim claim) {
      return Optional.of(claim.id());
    }
    if (value instanceof Event event) {
      return Optional.of(event.id());
    }
    return Optional.empty();
  }

  /** The hops of a chain, which a path spells as the chain's own elements. */
  static Optional<List<Hop>> hops(Object value) {
    return value instanceof Chain chain ? Optional.of(chain.hops()) : Optional.empty();
  }

  private static <T> Fields<T> type(Class<T> type) {
    return new Fields<>(type);
  }

  /** Adds the fields of one type to the table, one by one. */
  private static final class Fields<T> {
    private final Class<T> type;
    private final List<Field> fields = new ArrayList<>();

    Fields(Class<T> type) {
      this.type = type;
      FIELDS.put(type, fields);
    }

    Fields<T> field(String name, Function<T, ?> read) {
      fields.add(new Field(name, value -> read.apply(type.cast(value))));
      return this;
    }
  }
}
