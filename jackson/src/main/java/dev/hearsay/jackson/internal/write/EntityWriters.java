package dev.hearsay.jackson.internal.write;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetHeader;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.Source;
import dev.hearsay.jackson.internal.DatasetField;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/** Writes the dataset and the values it lists, in the order of the model's accessors. */
final class EntityWriters {
  private EntityWriters() {}

  static void dataset(JsonGenerator g, Dataset dataset) {
    g.writeStartObject(dataset);
    header(g, dataset.metadata(), dataset.actors(), dataset.places(), dataset.sources());
    Fields.list(g, DatasetField.CLAIMS.jsonName(), dataset.claims(), EntityWriters::claim);
    Fields.list(g, DatasetField.EVENTS.jsonName(), dataset.events(), EntityWriters::event);
    Fields.list(g, DatasetField.RELATIONS.jsonName(), dataset.relations(), EntityWriters::relation);
    Fields.list(
        g, DatasetField.ASSESSMENTS.jsonName(), dataset.assessments(), EntityWriters::assessment);
    g.writeEndObject();
  }

  /**
   * The fields that come before the claims: version, metadata, actors, places, sources. The
   * version is the one this library writes, {@link Dataset#SCHEMA_VERSION}, whatever version the
   * dataset was read from: a dataset read from a newer minor version has lost the fields this
   * library does not know, and is written in the form this library knows.
   */
  static void header(JsonGenerator g, DatasetHeader header) {
    header(g, header.metadata(), header.actors(), header.places(), header.sources());
  }

  private static void header(
      JsonGenerator g,
      DatasetMetadata metadata,
      List<Actor> actors,
      List<Place> places,
      List<Source> sources) {
    g.writeStringProperty(DatasetField.VERSION_NAME, Dataset.SCHEMA_VERSION);
    Fields.value(g, DatasetField.METADATA.jsonName(), metadata, EntityWriters::metadata);
    Fields.list(g, DatasetField.ACTORS.jsonName(), actors, EntityWriters::actor);
    Fields.list(g, DatasetField.PLACES.jsonName(), places, EntityWriters::place);
    Fields.list(g, DatasetField.SOURCES.jsonName(), sources, EntityWriters::source);
  }

  static void metadata(JsonGenerator g, DatasetMetadata metadata) {
    g.writeStartObject(metadata);
    g.writeStringProperty("title", metadata.title());
    Fields.text(g, "description", metadata.description());
    Fields.texts(g, "curators", metadata.curators());
    Fields.optional(g, "created", metadata.created(), (gen, d) -> gen.writeString(d.toString()));
    Fields.text(g, "license", metadata.license());
    Fields.optional(g, "encodes", metadata.encodes(), (gen, id) -> gen.writeString(id.value()));
    g.writeEndObject();
  }

  static void actor(JsonGenerator g, Actor actor) {
    g.writeStartObject(actor);
    g.writeStringProperty("id", actor.id().value());
    g.writeStringProperty("name", actor.name());
    Fields.enumField(g, "kind", actor.kind());
    Fields.flag(g, "anonymous", actor.anonymous());
    Fields.texts(g, "aliases", actor.aliases());
    Fields.text(g, "description", actor.description());
    Fields.list(g, "affiliations", actor.affiliations(), ValueWriters::affiliation);
    Fields.list(g, "identifiers", actor.identifiers(), ValueWriters::identifier);
    g.writeEndObject();
  }

  static void place(JsonGenerator g, Place place) {
    g.writeStartObject(place);
    g.writeStringProperty("id", place.id().value());
    g.writeStringProperty("name", place.name());
    Fields.text(g, "isoCode", place.isoCode());
    Fields.optional(g, "coordinates", place.coordinates(), ValueWriters::coordinates);
    Fields.list(g, "identifiers", place.identifiers(), ValueWriters::identifier);
    g.writeEndObject();
  }

  static void source(JsonGenerator g, Source source) {
    g.writeStartObject(source);
    g.writeStringProperty("id", source.id().value());
    Fields.enumField(g, "kind", source.kind());
    Fields.text(g, "title", source.title());
    Fields.optional(g, "publisher", source.publisher(), (gen, id) -> gen.writeString(id.value()));
    Fields.texts(g, "authors", source.authors());
    Fields.optional(g, "published", source.published(), ValueWriters::timeMention);
    Fields.optional(g, "locator", source.locator(), (gen, uri) -> gen.writeString(uri.toString()));
    Fields.text(g, "language", source.language());
    Fields.optional(
        g,
        "retrievedAt",
        source.retrievedAt(),
        (gen, instant) -> gen.writeString(instant.toString()));
    Fields.optional(
        g,
        "reliability",
        source.reliability(),
        (gen, grade) -> gen.writeString(String.valueOf(grade.grade())));
    Fields.texts(g, "cites", source.cites());
    Fields.texts(g, "notes", source.notes());
    Fields.list(g, "identifiers", source.identifiers(), ValueWriters::identifier);
    g.writeEndObject();
  }

  static void claim(JsonGenerator g, Claim claim) {
    g.writeStartObject(claim);
    g.writeStringProperty("id", claim.id().value());
    g.writeStringProperty("proposition", claim.proposition());
    Fields.optional(g, "quote", claim.quote(), ValueWriters::quote);
    Fields.texts(g, "actors", claim.actors());
    Fields.texts(g, "places", claim.places());
    Fields.list(g, "quantities", claim.quantities(), ValueWriters::quantity);
    Fields.optional(g, "time", claim.time(), ValueWriters::timeMention);
    Fields.optional(
        g, "credibility", claim.credibility(), (gen, grade) -> gen.writeNumber(grade.grade()));
    Fields.texts(g, "notes", claim.notes());
    Fields.list(g, "attribution", claim.attribution(), ValueWriters::chain);
    g.writeEndObject();
  }

  static void event(JsonGenerator g, Event event) {
    g.writeStartObject(event);
    g.writeStringProperty("id", event.id().value());
    g.writeStringProperty("description", event.description());
    Fields.optional(g, "time", event.time(), ValueWriters::timeMention);
    Fields.texts(g, "places", event.places());
    Fields.texts(g, "participants", event.participants());
    Fields.enumField(g, "status", event.status());
    Fields.texts(g, "claims", event.claims());
    g.writeEndObject();
  }

  static void relation(JsonGenerator g, Relation relation) {
    g.writeStartObject(relation);
    g.writeStringProperty("from", relation.from().value());
    Fields.enumField(g, "kind", relation.kind());
    g.writeStringProperty("to", relation.to().value());
    Fields.text(g, "note", relation.note());
    g.writeEndObject();
  }

  static void assessment(JsonGenerator g, Assessment assessment) {
    g.writeStartObject(assessment);
    g.writeStringProperty("claim", assessment.claim().value());
    g.writeStringProperty("assessor", assessment.assessor().value());
    Fields.optional(g, "time", assessment.time(), ValueWriters::edtf);
    g.writeStringProperty("rating", assessment.rating());
    Fields.optional(g, "ratingValue", assessment.ratingValue(), Fields::decimal);
    Fields.optional(g, "bestRating", assessment.bestRating(), Fields::decimal);
    Fields.optional(g, "worstRating", assessment.worstRating(), Fields::decimal);
    g.writeStringProperty("source", assessment.source().value());
    Fields.optional(g, "url", assessment.url(), (gen, uri) -> gen.writeString(uri.toString()));
    g.writeEndObject();
  }
}
