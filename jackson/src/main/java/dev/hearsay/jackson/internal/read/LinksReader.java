package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.corpus.EntityKind;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.EventLink;
import dev.hearsay.core.corpus.EventRef;
import dev.hearsay.core.corpus.Identity;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.model.PlaceId;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.jackson.internal.DatasetField;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Reads a links document, its fields in any order, and reports every problem at once: a statement
 * or link with a problem is noted and left out, and reading goes on. The schema version is
 * required and checked as a dataset's is. What the links name is checked by the corpus, not here.
 */
final class LinksReader {
  private static final List<String> REQUIRED = List.of(DatasetField.VERSION_NAME);

  private LinksReader() {}

  /** The links as read, and where each statement and link starts in the document. */
  record Read(Links links, ElementStarts starts) {}

  /** Reads a whole links document, or throws one exception with every problem. */
  static Links read(JsonCursor plain) {
    return readWithStarts(plain).links();
  }

  /** Reads a whole links document and where its elements start. */
  static Read readWithStarts(JsonCursor plain) {
    JsonCursor in = plain.noting();
    ProblemLog log = in.log();
    JsonParser p = in.parser();
    try {
      return readFields(in, DatasetPath.root());
    } catch (Refusal e) {
      log.add(e);
      throw log.linksException(p);
    } catch (LeftOut e) {
      throw log.linksException(p);
    } catch (StreamReadException | StreamConstraintsException e) {
      if (!log.isEmpty()) {
        e.addSuppressed(log.linksException(p));
      }
      throw e;
    }
  }

  /**
   * Reads a links object at the given path into the input's log of problems, which the caller
   * turns into its exception; throws {@link LeftOut} when a problem was noted.
   */
  static Read readFields(JsonCursor in, DatasetPath root) {
    JsonParser p = in.parser();
    if (in.token() != JsonToken.START_OBJECT) {
      throw Problems.wrongToken(p, Links.class, root, "a links object");
    }
    Links.Builder b = new Links.Builder();
    ElementStarts starts = new ElementStarts();
    ProblemLog log = in.log();
    long before = log.total();
    Links links =
        in.fields(
            root,
            Links.class,
            new FieldNames(),
            REQUIRED,
            (name, at) -> {
              switch (name) {
                case DatasetField.VERSION_NAME -> b.schemaVersion(version(in, at));
                case "identities" ->
                    elements(in, at, starts, "identities", e -> b.addIdentities(identity(in, e)));
                case "claims" ->
                    elements(in, at, starts, "claims", e -> b.addClaims(claimLink(in, e)));
                case "events" ->
                    elements(in, at, starts, "events", e -> b.addEvents(eventLink(in, e)));
                default -> {
                  return false;
                }
              }
              return true;
            },
            b::build);
    if (log.total() > before) {
      throw LeftOut.VALUE;
    }
    return new Read(links, starts);
  }

  private static void elements(
      JsonCursor in,
      DatasetPath at,
      ElementStarts starts,
      String list,
      JsonCursor.ElementReader element) {
    in.elements(
        at,
        e -> {
          starts.element(list, in.parser().currentTokenLocation(), null);
          element.read(e);
        },
        (index, e) -> {});
  }

  /** Reads a schema version and checks that this library reads it, as a dataset's. */
  static String version(JsonCursor in, DatasetPath at) {
    String version = in.string(at);
    try {
      Dataset.checkSchemaVersion(version);
    } catch (IllegalArgumentException e) {
      throw Problems.refused(in.parser(), Links.class, at, e);
    }
    return version;
  }

  static IdentityStatement identity(JsonCursor in, DatasetPath path) {
    Object[] parts = new Object[4];
    List<String> required = List.of("identity", "first", "second");
    return in.object(
        path,
        IdentityStatement.class,
        required,
        (name, at) -> {
          switch (name) {
            case "identity" -> parts[0] = Scalars.enumValue(in, at, Identity.class);
            case "first" -> parts[1] = entity(in, at);
            case "second" -> parts[2] = entity(in, at);
            case "note" -> parts[3] = in.string(at);
            default -> {
              return false;
            }
          }
          return true;
        },
        () ->
            new IdentityStatement(
                (Identity) parts[0],
                (EntityRef) parts[1],
                (EntityRef) parts[2],
                Optional.ofNullable((String) parts[3])));
  }

  static ClaimLink claimLink(JsonCursor in, DatasetPath path) {
    Object[] parts = new Object[4];
    List<String> required = List.of("kind", "from", "to");
    return in.object(
        path,
        ClaimLink.class,
        required,
        (name, at) -> {
          switch (name) {
            case "kind" -> parts[0] = Scalars.enumValue(in, at, RelationKind.class);
            case "from" -> parts[1] = claim(in, at);
            case "to" -> parts[2] = claim(in, at);
            case "note" -> parts[3] = in.string(at);
            default -> {
              return false;
            }
          }
          return true;
        },
        () ->
            new ClaimLink(
                (RelationKind) parts[0],
                (ClaimRef) parts[1],
                (ClaimRef) parts[2],
                Optional.ofNullable((String) parts[3])));
  }

  static EventLink eventLink(JsonCursor in, DatasetPath path) {
    Object[] parts = new Object[3];
    List<String> required = List.of("first", "second");
    return in.object(
        path,
        EventLink.class,
        required,
        (name, at) -> {
          switch (name) {
            case "first" -> parts[0] = event(in, at);
            case "second" -> parts[1] = event(in, at);
            case "note" -> parts[2] = in.string(at);
            default -> {
              return false;
            }
          }
          return true;
        },
        () ->
            new EventLink(
                (EventRef) parts[0], (EventRef) parts[1], Optional.ofNullable((String) parts[2])));
  }

  /** Reads an entity reference: its dataset and exactly one of actor, source and place. */
  static EntityRef entity(JsonCursor in, DatasetPath path) {
    DatasetId[] dataset = new DatasetId[1];
    EntityKind[] kind = new EntityKind[1];
    String[] id = new String[1];
    List<String> required = List.of("dataset");
    return in.object(
        path,
        EntityRef.class,
        required,
        (name, at) -> {
          EntityKind named =
              switch (name) {
                case "actor" -> EntityKind.ACTOR;
                case "source" -> EntityKind.SOURCE;
                case "place" -> EntityKind.PLACE;
                default -> null;
              };
          if ("dataset".equals(name)) {
            dataset[0] = datasetId(in, at);
            return true;
          }
          if (named == null) {
            return false;
          }
          if (kind[0] != null) {
            throw Problems.at(
                in.parser(),
                EntityRef.class,
                at,
                "is given beside '"
                    + word(kind[0])
                    + "'; an entity reference names exactly one of actor, source and"
                    + " place");
          }
          kind[0] = named;
          id[0] =
              switch (named) {
                case ACTOR -> in.text(at, ActorId.class, ActorId::of).value();
                case SOURCE -> in.text(at, SourceId.class, SourceId::of).value();
                case PLACE -> in.text(at, PlaceId.class, PlaceId::of).value();
              };
          return true;
        },
        () -> {
          if (kind[0] == null) {
            throw Problems.at(
                in.parser(),
                EntityRef.class,
                path,
                "names no entity; give exactly"
                    + " one of 'actor', 'source' and 'place' beside 'dataset'");
          }
          return EntityRef.of(dataset[0], kind[0], id[0]);
        });
  }

  static ClaimRef claim(JsonCursor in, DatasetPath path) {
    Object[] parts = new Object[2];
    return in.object(
        path,
        ClaimRef.class,
        List.of("dataset", "claim"),
        (name, at) -> {
          switch (name) {
            case "dataset" -> parts[0] = datasetId(in, at);
            case "claim" -> parts[1] = in.text(at, ClaimId.class, ClaimId::of);
            default -> {
              return false;
            }
          }
          return true;
        },
        () -> new ClaimRef((DatasetId) parts[0], (ClaimId) parts[1]));
  }

  static EventRef event(JsonCursor in, DatasetPath path) {
    Object[] parts = new Object[2];
    return in.object(
        path,
        EventRef.class,
        List.of("dataset", "event"),
        (name, at) -> {
          switch (name) {
            case "dataset" -> parts[0] = datasetId(in, at);
            case "event" -> parts[1] = in.text(at, EventId.class, EventId::of);
            default -> {
              return false;
            }
          }
          return true;
        },
        () -> new EventRef((DatasetId) parts[0], (EventId) parts[1]));
  }

  static DatasetId datasetId(JsonCursor in, DatasetPath at) {
    return in.text(at, DatasetId.class, DatasetId::of);
  }

  private static String word(EntityKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
