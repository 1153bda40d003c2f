package dev.hearsay.jackson.deser;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.DatasetMetadata;
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

/** Reads the values a dataset lists: actors, places, sources, claims, events and relations. */
final class EntityReaders {
  private EntityReaders() {}

  static DatasetMetadata metadata(Input in, Path path) {
    DatasetMetadata.Builder b = new DatasetMetadata.Builder();
    List<String> required = List.of("title");
    return in.object(path, DatasetMetadata.class, required, (name, at) -> switch (name) {
      case "title" -> {
        b.title(in.string(at));
        yield true;
      }
      case "description" -> {
        b.description(in.string(at));
        yield true;
      }
      case "curators" -> {
        in.array(at, e -> b.addCurators(in.string(e)));
        yield true;
      }
      case "created" -> {
        b.created(Scalars.date(in, at));
        yield true;
      }
      case "license" -> {
        b.license(in.string(at));
        yield true;
      }
      case "encodes" -> {
        b.encodes(in.text(at, SourceId.class, SourceId::of));
        yield true;
      }
      default -> false;
    }, b::build);
  }

  static Actor actor(Input in, Path path) {
    Actor.Builder b = new Actor.Builder();
    List<String> required = List.of("id", "name", "kind");
    return in.object(path, Actor.class, required, (name, at) -> switch (name) {
      case "id" -> {
        ActorId id = in.text(at, ActorId.class, ActorId::of);
        b.id(id);
        path.identify(id.value());
        yield true;
      }
      case "name" -> {
        b.name(in.string(at));
        yield true;
      }
      case "kind" -> {
        b.kind(Scalars.enumValue(in, at, ActorKind.class));
        yield true;
      }
      case "anonymous" -> {
        b.anonymous(in.bool(at));
        yield true;
      }
      case "aliases" -> {
        in.array(at, e -> b.addAliases(in.string(e)));
        yield true;
      }
      case "description" -> {
        b.description(in.string(at));
        yield true;
      }
      case "affiliations" -> {
        in.array(at, e -> b.addAffiliations(ValueReaders.affiliation(in, e)));
        yield true;
      }
      default -> false;
    }, b::build);
  }

  static Place place(Input in, Path path) {
    Place.Builder b = new Place.Builder();
    List<String> required = List.of("id", "name");
    return in.object(path, Place.class, required, (name, at) -> switch (name) {
      case "id" -> {
        PlaceId id = in.text(at, PlaceId.class, PlaceId::of);
        b.id(id);
        path.identify(id.value());
        yield true;
      }
      case "name" -> {
        b.name(in.string(at));
        yield true;
      }
      case "isoCode" -> {
        b.isoCode(in.string(at));
        yield true;
      }
      case "coordinates" -> {
        b.coordinates(ValueReaders.coordinates(in, at));
        yield true;
      }
      default -> false;
    }, b::build);
  }

  static Source source(Input in, Path path) {
    Source.Builder b = new Source.Builder();
    List<String> required = List.of("id", "kind");
    return in.object(path, Source.class, required, (name, at) -> switch (name) {
      case "id" -> {
        SourceId id = in.text(at, SourceId.class, SourceId::of);
        b.id(id);
        path.identify(id.value());
        yield true;
      }
      case "kind" -> {
        b.kind(Scalars.enumValue(in, at, SourceKind.class));
        yield true;
      }
      case "title" -> {
        b.title(in.string(at));
        yield true;
      }
      case "publisher" -> {
        b.publisher(in.text(at, ActorId.class, ActorId::of));
        yield true;
      }
      case "authors" -> {
        in.array(at, e -> b.addAuthors(in.text(e, ActorId.class, ActorId::of)));
        yield true;
      }
      case "published" -> {
        b.published(ValueReaders.timeMention(in, at));
        yield true;
      }
      case "locator" -> {
        b.locator(Scalars.uri(in, at));
        yield true;
      }
      case "language" -> {
        b.language(in.string(at));
        yield true;
      }
      case "retrievedAt" -> {
        b.retrievedAt(Scalars.instant(in, at));
        yield true;
      }
      case "reliability" -> {
        b.reliability(Scalars.reliability(in, at));
        yield true;
      }
      case "cites" -> {
        in.array(at, e -> b.addCites(in.text(e, SourceId.class, SourceId::of)));
        yield true;
      }
      default -> false;
    }, b::build);
  }

  static Claim claim(Input in, Path path) {
    Claim.Builder b = new Claim.Builder();
    List<String> required = List.of("id", "proposition", "attribution");
    return in.object(path, Claim.class, required, (name, at) -> switch (name) {
      case "id" -> {
        ClaimId id = in.text(at, ClaimId.class, ClaimId::of);
        b.id(id);
        path.identify(id.value());
        yield true;
      }
      case "proposition" -> {
        b.proposition(in.string(at));
        yield true;
      }
      case "quote" -> {
        b.quote(ValueReaders.quote(in, at));
        yield true;
      }
      case "actors" -> {
        in.array(at, e -> b.addActors(in.text(e, ActorId.class, ActorId::of)));
        yield true;
      }
      case "places" -> {
        in.array(at, e -> b.addPlaces(in.text(e, PlaceId.class, PlaceId::of)));
        yield true;
      }
      case "quantities" -> {
        in.array(at, e -> b.addQuantities(ValueReaders.quantity(in, e)));
        yield true;
      }
      case "time" -> {
        b.time(ValueReaders.timeMention(in, at));
        yield true;
      }
      case "credibility" -> {
        b.credibility(Scalars.credibility(in, at));
        yield true;
      }
      case "notes" -> {
        in.array(at, e -> b.addNotes(in.string(e)));
        yield true;
      }
      case "attribution" -> {
        in.array(at, e -> b.addAttribution(ValueReaders.chain(in, e)));
        yield true;
      }
      default -> false;
    }, b::build);
  }

  static Event event(Input in, Path path) {
    Event.Builder b = new Event.Builder();
    List<String> required = List.of("id", "description", "status");
    return in.object(path, Event.class, required, (name, at) -> switch (name) {
      case "id" -> {
        EventId id = in.text(at, EventId.class, EventId::of);
        b.id(id);
        path.identify(id.value());
        yield true;
      }
      case "description" -> {
        b.description(in.string(at));
        yield true;
      }
      case "time" -> {
        b.time(ValueReaders.timeMention(in, at));
        yield true;
      }
      case "places" -> {
        in.array(at, e -> b.addPlaces(in.text(e, PlaceId.class, PlaceId::of)));
        yield true;
      }
      case "participants" -> {
        in.array(at, e -> b.addParticipants(in.text(e, ActorId.class, ActorId::of)));
        yield true;
      }
      case "status" -> {
        b.status(Scalars.enumValue(in, at, EventStatus.class));
        yield true;
      }
      case "claims" -> {
        in.array(at, e -> b.addClaims(in.text(e, ClaimId.class, ClaimId::of)));
        yield true;
      }
      default -> false;
    }, b::build);
  }

  static Relation relation(Input in, Path path) {
    Relation.Builder b = new Relation.Builder();
    List<String> required = List.of("from", "kind", "to");
    return in.object(path, Relation.class, required, (name, at) -> switch (name) {
      case "from" -> {
        b.from(in.text(at, ClaimId.class, ClaimId::of));
        yield true;
      }
      case "kind" -> {
        b.kind(Scalars.enumValue(in, at, RelationKind.class));
        yield true;
      }
      case "to" -> {
        b.to(in.text(at, ClaimId.class, ClaimId::of));
        yield true;
      }
      case "note" -> {
        b.note(in.string(at));
        yield true;
      }
      default -> false;
    }, b::build);
  }
}
