package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds what a reference in the values read names, by the path that a violation of the rules gives
 * it ({@code claims[c-trucks].attribution[0][1].actor}): the list whose element it names, and the
 * id. Every path at which the rules find an unknown reference is known here.
 */
final class ReferenceAt {
  /** A reference: the list of the dataset whose element it names, and the id it gives. */
  record Named(String list, String id) {}

  private final DatasetMetadata metadata;
  private final Elements<Actor> actors;
  private final Elements<Source> sources;
  private final Elements<Claim> claims;
  private final Elements<Event> events;
  private final List<Relation> relations;
  private final List<Assessment> assessments;

  ReferenceAt(
      DatasetMetadata metadata,
      List<Actor> actors,
      List<Source> sources,
      List<Claim> claims,
      List<Event> events,
      List<Relation> relations,
      List<Assessment> assessments) {
    this.metadata = metadata;
    this.actors = new Elements<>(actors, a -> a.id().value());
    this.sources = new Elements<>(sources, s -> s.id().value());
    this.claims = new Elements<>(claims, c -> c.id().value());
    this.events = new Elements<>(events, e -> e.id().value());
    this.relations = relations;
    this.assessments = assessments;
  }

  /**
   * What the reference at the path names.
   *
   * @return the reference, or null when the path names no reference in the values read
   */
  Named at(DatasetPath path) {
    List<String> s = segments(path);
    try {
      return switch (s.get(0)) {
        case "metadata" ->
            s.size() == 2 && s.get(1).equals("encodes")
                ? sourceId(metadata.encodes().map(id -> id.value()).orElse(null))
                : null;
        case "actors" -> actor(actors.at(s.get(1)), s);
        case "sources" -> source(sources.at(s.get(1)), s);
        case "claims" -> claim(claims.at(s.get(1)), s);
        case "events" -> event(events.at(s.get(1)), s);
        case "relations" -> relation(relations.get(Integer.parseInt(s.get(1))), s);
        case "assessments" -> assessment(assessments.get(Integer.parseInt(s.get(1))), s);
        default -> null;
      };
    } catch (RuntimeException e) {
      return null; // a path that names nothing in the values read: nothing to tell
    }
  }

  private static Named actor(Actor actor, List<String> s) {
    // actors[K].affiliations[i].organization
    return s.get(2).equals("affiliations")
        ? actorId(actor.affiliations().get(index(s, 3)).organization().value())
        : null;
  }

  private static Named source(Source source, List<String> s) {
    return switch (s.get(2)) {
      case "publisher" -> actorId(source.publisher().orElseThrow().value());
      case "authors" -> actorId(source.authors().get(index(s, 3)).value());
      case "cites" -> sourceId(source.cites().get(index(s, 3)).value());
      default -> null;
    };
  }

  private static Named claim(Claim claim, List<String> s) {
    return switch (s.get(2)) {
      case "quote" -> sourceId(claim.quote().orElseThrow().source().value());
      case "actors" -> actorId(claim.actors().get(index(s, 3)).value());
      case "places" -> new Named("places", claim.places().get(index(s, 3)).value());
      case "attribution" -> {
        Hop hop = claim.attribution().get(index(s, 3)).hops().get(index(s, 4));
        yield s.get(5).equals("actor")
            ? actorId(hop.actor().value())
            : sourceId(hop.source().orElseThrow().value());
      }
      default -> null;
    };
  }

  private static Named event(Event event, List<String> s) {
    return switch (s.get(2)) {
      case "places" -> new Named("places", event.places().get(index(s, 3)).value());
      case "participants" -> actorId(event.participants().get(index(s, 3)).value());
      case "claims" -> new Named("claims", event.claims().get(index(s, 3)).value());
      default -> null;
    };
  }

  private static Named assessment(Assessment assessment, List<String> s) {
    return switch (s.get(2)) {
      case "claim" -> new Named("claims", assessment.claim().value());
      case "assessor" -> actorId(assessment.assessor().value());
      case "source" -> sourceId(assessment.source().value());
      default -> null;
    };
  }

  private static Named relation(Relation relation, List<String> s) {
    return switch (s.get(2)) {
      case "from" -> new Named("claims", relation.from().value());
      case "to" -> new Named("claims", relation.to().value());
      default -> null;
    };
  }

  private static Named actorId(String id) {
    return new Named("actors", id);
  }

  private static Named sourceId(String id) {
    return id == null ? null : new Named("sources", id);
  }

  private static int index(List<String> segments, int at) {
    return Integer.parseInt(segments.get(at));
  }

  /** The fields and the keys of a path: {@code claims, c-trucks, attribution, 0, 1, actor}. */
  private static List<String> segments(DatasetPath path) {
    List<String> segments = new ArrayList<>();
    for (DatasetPath.Segment segment : path.segments()) {
      if (segment instanceof DatasetPath.Field field) {
        segments.add(field.name());
      } else if (segment instanceof DatasetPath.Index index) {
        segments.add(Integer.toString(index.position()));
      } else {
        segments.add(((DatasetPath.Id) segment).id());
      }
    }
    return segments;
  }

  /** A list's elements by their key in a path: the index, or the id when it starts a letter. */
  private static final class Elements<T> {
    private final List<T> values;
    private final Function<T, String> id;
    private Map<String, T> byId;

    Elements(List<T> values, Function<T, String> id) {
      this.values = values;
      this.id = id;
    }

    T at(String key) {
      if (!key.isEmpty() && Character.isDigit(key.charAt(0))) {
        return values.get(Integer.parseInt(key));
      }
      if (byId == null) {
        byId = new HashMap<>();
        for (T value : values) {
          byId.putIfAbsent(id.apply(value), value);
        }
      }
      T value = byId.get(key);
      if (value == null) {
        throw new IllegalArgumentException("no element " + key);
      }
      return value;
    }
  }
}
