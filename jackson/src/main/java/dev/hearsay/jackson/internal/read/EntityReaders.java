package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.model.EventStatus;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.PlaceId;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.SourceKind;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads the values a dataset lists: actors, places, sources, claims, events, relations and
 * assessments.
 */
final class EntityReaders {
  private EntityReaders() {}

  /** Reads the id of an element of a dataset's list and names the element by it from then on. */
  private static <I> I id(
      JsonCursor in,
      DatasetPath at,
      Class<I> type,
      Function<String, I> convert,
      Function<I, String> text) {
    I id = in.text(at, type, convert);
    in.identify(text.apply(id));
    return id;
  }

  /** Reads the id of an element of a dataset's list that this read shares, as {@link #id} does. */
  private static <I> I sharedId(
      JsonCursor in,
      DatasetPath at,
      Class<I> type,
      SharedValues<I> kind,
      Function<I, String> text) {
    I id = in.shared(at, type, kind);
    in.identify(text.apply(id));
    return id;
  }

  /** Reads an array of ids that this read shares, giving each to {@code add}. */
  private static <I> void sharedIds(
      JsonCursor in, DatasetPath at, Class<I> type, SharedValues<I> kind, Consumer<I> add) {
    in.array(at, e -> add.accept(in.shared(e, type, kind)));
  }

  /** The fields a metadata must give. */
  private static final List<String> METADATA_REQUIRED = List.of("title");

  static DatasetMetadata metadata(JsonCursor in, DatasetPath path) {
    DatasetMetadata.Builder b = new DatasetMetadata.Builder();
    List<String> required = METADATA_REQUIRED;
    return in.object(
        path,
        DatasetMetadata.class,
        required,
        (name, at) -> {
          switch (name) {
            case "title" -> b.title(in.recentText(at));
            case "description" -> b.description(in.recentText(at));
            case "curators" -> in.array(at, e -> b.addCurators(in.recentText(e)));
            case "created" -> b.created(Scalars.date(in, at));
            case "license" -> b.license(in.recentText(at));
            case "encodes" -> b.encodes(in.shared(at, SourceId.class, in.shared().sources));
            default -> {
              return false;
            }
          }
          return true;
        },
        b::build);
  }

  /** The fields a actor must give. */
  private static final List<String> ACTOR_REQUIRED = List.of("id", "name", "kind");

  static Actor actor(JsonCursor in, DatasetPath path) {
    Actor.Builder b = new Actor.Builder();
    List<String> required = ACTOR_REQUIRED;
    return in.object(
        path,
        Actor.class,
        required,
        (name, at) -> {
          switch (name) {
            case "id" -> b.id(sharedId(in, at, ActorId.class, in.shared().actors, ActorId::value));
            case "name" -> b.name(in.recentText(at));
            case "kind" -> b.kind(Scalars.enumValue(in, at, ActorKind.class));
            case "anonymous" -> b.anonymous(in.bool(at));
            case "aliases" -> in.array(at, e -> b.addAliases(in.recentText(e)));
            case "description" -> b.description(in.recentText(at));
            case "affiliations" -> {
              in.array(at, e -> b.addAffiliations(ValueReaders.affiliation(in, e)));
            }
            case "identifiers" -> {
              in.array(at, e -> b.addIdentifiers(ValueReaders.identifier(in, e)));
            }
            default -> {
              return false;
            }
          }
          return true;
        },
        b::build);
  }

  /** The fields a place must give. */
  private static final List<String> PLACE_REQUIRED = List.of("id", "name");

  static Place place(JsonCursor in, DatasetPath path) {
    Place.Builder b = new Place.Builder();
    List<String> required = PLACE_REQUIRED;
    return in.object(
        path,
        Place.class,
        required,
        (name, at) -> {
          switch (name) {
            case "id" -> b.id(sharedId(in, at, PlaceId.class, in.shared().places, PlaceId::value));
            case "name" -> b.name(in.recentText(at));
            case "isoCode" -> b.isoCode(in.recentText(at));
            case "coordinates" -> b.coordinates(ValueReaders.coordinates(in, at));
            case "identifiers" -> {
              in.array(at, e -> b.addIdentifiers(ValueReaders.identifier(in, e)));
            }
            default -> {
              return false;
            }
          }
          return true;
        },
        b::build);
  }

  /** The fields a source must give. */
  private static final List<String> SOURCE_REQUIRED = List.of("id", "kind");

  static Source source(JsonCursor in, DatasetPath path) {
    Source.Builder b = new Source.Builder();
    List<String> required = SOURCE_REQUIRED;
    return in.object(
        path,
        Source.class,
        required,
        (name, at) -> {
          switch (name) {
            case "id" ->
                b.id(sharedId(in, at, SourceId.class, in.shared().sources, SourceId::value));
            case "kind" -> b.kind(Scalars.enumValue(in, at, SourceKind.class));
            case "title" -> b.title(in.recentText(at));
            case "publisher" -> b.publisher(in.shared(at, ActorId.class, in.shared().actors));
            case "authors" -> sharedIds(in, at, ActorId.class, in.shared().actors, b::addAuthors);
            case "published" -> b.published(ValueReaders.timeMention(in, at));
            case "locator" -> b.locator(Scalars.uri(in, at));
            case "language" -> b.language(in.recentText(at));
            case "retrievedAt" -> b.retrievedAt(Scalars.instant(in, at));
            case "reliability" -> b.reliability(Scalars.reliability(in, at));
            case "cites" -> sharedIds(in, at, SourceId.class, in.shared().sources, b::addCites);
            case "notes" -> in.array(at, e -> b.addNotes(in.recentText(e)));
            case "identifiers" -> {
              in.array(at, e -> b.addIdentifiers(ValueReaders.identifier(in, e)));
            }
            default -> {
              return false;
            }
          }
          return true;
        },
        b::build);
  }

  /** The fields a claim must give. */
  private static final List<String> CLAIM_REQUIRED = List.of("id", "proposition", "attribution");

  static Claim claim(JsonCursor in, DatasetPath path) {
    Claim.Builder b = new Claim.Builder();
    List<String> required = CLAIM_REQUIRED;
    return in.object(
        path,
        Claim.class,
        required,
        (name, at) -> {
          switch (name) {
            case "id" -> b.id(sharedId(in, at, ClaimId.class, in.shared().claims, ClaimId::value));
            case "proposition" -> b.proposition(in.recentText(at));
            case "quote" -> b.quote(ValueReaders.quote(in, at));
            case "actors" -> sharedIds(in, at, ActorId.class, in.shared().actors, b::addActors);
            case "places" -> sharedIds(in, at, PlaceId.class, in.shared().places, b::addPlaces);
            case "quantities" -> in.array(at, e -> b.addQuantities(ValueReaders.quantity(in, e)));
            case "time" -> b.time(ValueReaders.timeMention(in, at));
            case "credibility" -> b.credibility(Scalars.credibility(in, at));
            case "notes" -> in.array(at, e -> b.addNotes(in.recentText(e)));
            case "attribution" -> in.array(at, e -> b.addAttribution(ValueReaders.chain(in, e)));
            default -> {
              return false;
            }
          }
          return true;
        },
        b::build);
  }

  /** The fields a event must give. */
  private static final List<String> EVENT_REQUIRED = List.of("id", "description", "status");

  static Event event(JsonCursor in, DatasetPath path) {
    Event.Builder b = new Event.Builder();
    List<String> required = EVENT_REQUIRED;
    return in.object(
        path,
        Event.class,
        required,
        (name, at) -> {
          switch (name) {
            case "id" -> b.id(id(in, at, EventId.class, EventId::of, EventId::value));
            case "description" -> b.description(in.recentText(at));
            case "time" -> b.time(ValueReaders.timeMention(in, at));
            case "places" -> sharedIds(in, at, PlaceId.class, in.shared().places, b::addPlaces);
            case "participants" ->
                sharedIds(in, at, ActorId.class, in.shared().actors, b::addParticipants);
            case "status" -> b.status(Scalars.enumValue(in, at, EventStatus.class));
            case "claims" -> sharedIds(in, at, ClaimId.class, in.shared().claims, b::addClaims);
            default -> {
              return false;
            }
          }
          return true;
        },
        b::build);
  }

  /** The fields a relation must give. */
  private static final List<String> RELATION_REQUIRED = List.of("from", "kind", "to");

  static Relation relation(JsonCursor in, DatasetPath path) {
    Relation.Builder b = new Relation.Builder();
    List<String> required = RELATION_REQUIRED;
    return in.object(
        path,
        Relation.class,
        required,
        (name, at) -> {
          switch (name) {
            case "from" -> b.from(in.shared(at, ClaimId.class, in.shared().claims));
            case "kind" -> b.kind(Scalars.enumValue(in, at, RelationKind.class));
            case "to" -> b.to(in.shared(at, ClaimId.class, in.shared().claims));
            case "note" -> b.note(in.recentText(at));
            default -> {
              return false;
            }
          }
          return true;
        },
        b::build);
  }

  /** The fields a assessment must give. */
  private static final List<String> ASSESSMENT_REQUIRED =
      List.of("claim", "assessor", "rating", "source");

  static Assessment assessment(JsonCursor in, DatasetPath path) {
    Assessment.Builder b = new Assessment.Builder();
    List<String> required = ASSESSMENT_REQUIRED;
    return in.object(
        path,
        Assessment.class,
        required,
        (name, at) -> {
          switch (name) {
            case "claim" -> b.claim(in.shared(at, ClaimId.class, in.shared().claims));
            case "assessor" -> b.assessor(in.shared(at, ActorId.class, in.shared().actors));
            case "time" -> b.time(Scalars.edtf(in, at));
            case "rating" -> b.rating(in.sharedText(at));
            case "ratingValue" -> b.ratingValue(DecimalReader.decimal(in, at));
            case "bestRating" -> b.bestRating(DecimalReader.decimal(in, at));
            case "worstRating" -> b.worstRating(DecimalReader.decimal(in, at));
            case "source" -> b.source(in.shared(at, SourceId.class, in.shared().sources));
            case "url" -> b.url(Scalars.uri(in, at));
            default -> {
              return false;
            }
          }
          return true;
        },
        b::build);
  }
}
