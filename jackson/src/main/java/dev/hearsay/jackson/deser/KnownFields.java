package dev.hearsay.jackson.deser;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Affiliation;
import dev.hearsay.core.model.Bound;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Coordinates;
import dev.hearsay.core.model.CountUnit;
import dev.hearsay.core.model.CurrencyUnit;
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
import dev.hearsay.core.model.Unit;
import dev.hearsay.core.model.Violation;
import java.util.List;
import java.util.Map;

/**
 * The names of the fields of each object of the JSON form, in the order writers write them, for
 * suggesting the field a misspelt name meant. A test keeps each list the same as the names its
 * reader takes.
 */
final class KnownFields {
  private static final List<String> UNIT = List.of("currency", "count");

  private static final Map<Class<?>, List<String>> FIELDS = Map.ofEntries(
      Map.entry(Dataset.class, List.of("schemaVersion", "metadata", "actors", "places", "sources",
          "claims", "events", "relations", "assessments")),
      Map.entry(DatasetMetadata.class, List.of("title", "description", "curators", "created",
          "license", "encodes")),
      Map.entry(Actor.class, List.of("id", "name", "kind", "anonymous", "aliases", "description",
          "affiliations")),
      Map.entry(Place.class, List.of("id", "name", "isoCode", "coordinates")),
      Map.entry(Source.class, List.of("id", "kind", "title", "publisher", "authors", "published",
          "locator", "language", "retrievedAt", "reliability", "cites")),
      Map.entry(Claim.class, List.of("id", "proposition", "quote", "actors", "places",
          "quantities", "time", "credibility", "notes", "attribution")),
      Map.entry(Event.class, List.of("id", "description", "time", "places", "participants",
          "status", "claims")),
      Map.entry(Relation.class, List.of("from", "kind", "to", "note")),
      Map.entry(Assessment.class, List.of("claim", "assessor", "time", "rating", "ratingValue",
          "bestRating", "worstRating", "source", "url")),
      Map.entry(Affiliation.class, List.of("organization", "role", "period")),
      Map.entry(Coordinates.class, List.of("latitude", "longitude")),
      Map.entry(Quote.class, List.of("source", "exact", "prefix", "suffix", "start", "end")),
      Map.entry(Quantity.class, List.of("name", "estimate", "lower", "upper", "approximate",
          "unit", "asWritten")),
      Map.entry(Bound.class, List.of("value", "inclusive")),
      Map.entry(Unit.class, UNIT),
      Map.entry(CurrencyUnit.class, UNIT),
      Map.entry(CountUnit.class, UNIT),
      Map.entry(TimeMention.class, List.of("edtf", "asWritten", "inferred")),
      Map.entry(Hop.class, List.of("actor", "source", "cue", "mode", "commitment", "likelihood",
          "time", "inferred")),
      Map.entry(Violation.class, List.of("path", "code", "message")));

  private KnownFields() {}

  /**
   * The names of the fields of a type's object.
   *
   * @return the names, empty for a type that is not an object of the form
   */
  static List<String> of(Class<?> type) {
    return FIELDS.getOrDefault(type, List.of());
  }
}
