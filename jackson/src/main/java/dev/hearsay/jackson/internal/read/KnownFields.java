package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.EventLink;
import dev.hearsay.core.corpus.EventRef;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Affiliation;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Bound;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Coordinates;
import dev.hearsay.core.model.CountUnit;
import dev.hearsay.core.model.CurrencyUnit;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Identifier;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Quote;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.model.Unit;
import dev.hearsay.core.model.Violation;
import dev.hearsay.jackson.DatasetLine;
import dev.hearsay.jackson.internal.DatasetField;
import java.util.List;
import java.util.Map;

/**
 * The names of the fields of each object of the JSON form, in the order writers write them, for
 * suggesting the field a misspelt name meant. A test keeps each list the same as the names its
 * reader takes.
 */
final class KnownFields {
  private static final List<String> UNIT = List.of("currency", "count");

  private static final Map<Class<?>, List<String>> FIELDS =
      Map.ofEntries(
          Map.entry(Dataset.class, DatasetField.names()),
          Map.entry(
              DatasetMetadata.class,
              List.of("title", "description", "curators", "created", "license", "encodes")),
          Map.entry(
              Actor.class,
              List.of(
                  "id",
                  "name",
                  "kind",
                  "anonymous",
                  "aliases",
                  "description",
                  "affiliations",
                  "identifiers")),
          Map.entry(Place.class, List.of("id", "name", "isoCode", "coordinates", "identifiers")),
          Map.entry(
              Source.class,
              List.of(
                  "id",
                  "kind",
                  "title",
                  "publisher",
                  "authors",
                  "published",
                  "locator",
                  "language",
                  "retrievedAt",
                  "reliability",
                  "cites",
                  "notes",
                  "identifiers")),
          Map.entry(
              Claim.class,
              List.of(
                  "id",
                  "proposition",
                  "quote",
                  "actors",
                  "places",
                  "quantities",
                  "time",
                  "credibility",
                  "notes",
                  "attribution")),
          Map.entry(
              Event.class,
              List.of("id", "description", "time", "places", "participants", "status", "claims")),
          Map.entry(Relation.class, List.of("from", "kind", "to", "note")),
          Map.entry(
              Assessment.class,
              List.of(
                  "claim",
                  "assessor",
                  "time",
                  "rating",
                  "ratingValue",
                  "bestRating",
                  "worstRating",
                  "source",
                  "url")),
          Map.entry(Affiliation.class, List.of("organization", "role", "period")),
          Map.entry(Coordinates.class, List.of("latitude", "longitude")),
          Map.entry(Identifier.class, List.of("scheme", "value")),
          Map.entry(Quote.class, List.of("source", "exact", "prefix", "suffix", "start", "end")),
          Map.entry(
              Quantity.class,
              List.of("name", "estimate", "lower", "upper", "approximate", "unit", "asWritten")),
          Map.entry(Bound.class, List.of("value", "inclusive")),
          Map.entry(Unit.class, UNIT),
          Map.entry(CurrencyUnit.class, UNIT),
          Map.entry(CountUnit.class, UNIT),
          Map.entry(TimeMention.class, List.of("edtf", "asWritten", "inferred")),
          Map.entry(
              Hop.class,
              List.of(
                  "actor",
                  "source",
                  "cue",
                  "mode",
                  "commitment",
                  "likelihood",
                  "time",
                  "inferred")),
          Map.entry(Violation.class, List.of("path", "code", "message")),
          Map.entry(Links.class, List.of("schemaVersion", "identities", "claims", "events")),
          Map.entry(IdentityStatement.class, List.of("identity", "first", "second", "note")),
          Map.entry(ClaimLink.class, List.of("kind", "from", "to", "note")),
          Map.entry(EventLink.class, List.of("first", "second", "note")),
          Map.entry(EntityRef.class, List.of("dataset", "actor", "source", "place")),
          Map.entry(ClaimRef.class, List.of("dataset", "claim")),
          Map.entry(EventRef.class, List.of("dataset", "event")),
          Map.entry(Corpus.class, List.of("schemaVersion", "datasets", "links")),
          Map.entry(DatasetEntry.class, List.of("id", "file", "dataset")),
          Map.entry(DatasetLine.class, List.of("id", "dataset")));

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
