package dev.hearsay.jackson.deser;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.Violation;
import dev.hearsay.core.model.ViolationCode;
import dev.hearsay.core.model.Violations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;

/**
 * Reads a whole dataset document, its fields in any order, and reports every problem at once. The
 * schema version is checked before any value is built: fields that come before it are kept as
 * tokens ({@link EarlyField}) and read once the version is known to be one this library reads.
 *
 * <p>A value with a problem is noted and left out, and reading goes on; at the end the rules of
 * the dataset are checked on what was read, and one {@link
 * dev.hearsay.jackson.InvalidDatasetException} lists every problem. Broken JSON and read limits
 * stop the reading.
 */
final class DatasetReader {
  static final String SCHEMA_VERSION = "schemaVersion";

  private static final List<String> REQUIRED = List.of("metadata");

  private DatasetReader() {}

  static Dataset read(JsonCursor plain) {
    JsonCursor in = plain.noting();
    ProblemLog log = in.log();
    JsonParser p = in.parser();
    try {
      return readFields(in);
    } catch (Refusal e) {
      log.add(e);
      throw log.exception(p);
    } catch (StreamReadException | StreamConstraintsException e) {
      if (!log.isEmpty()) {
        e.addSuppressed(log.exception(p));
      }
      throw e;
    }
  }

  private static Dataset readFields(JsonCursor in) {
    DatasetPath root = DatasetPath.root();
    JsonParser p = in.parser();
    if (in.token() != JsonToken.START_OBJECT) {
      throw Problems.wrongToken(p, Dataset.class, root, "a dataset object");
    }
    FieldNames seen = new FieldNames();
    List<EarlyField> early = new ArrayList<>();
    String version = null;
    while (version == null && in.next(root) == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      DatasetPath at = root.field(name);
      if (!seen.add(name)) {
        in.log()
            .add(
                (Refusal)
                    Problems.at(p, Dataset.class, at, "is given twice; give each field once"));
        in.next(at);
        in.skip(at);
        continue;
      }
      in.next(at);
      if (SCHEMA_VERSION.equals(name)) {
        version = version(in, at);
      } else {
        early.add(EarlyField.copy(in, name, at));
      }
    }
    if (version == null) {
      throw Problems.at(
          p,
          Dataset.class,
          DatasetPath.of(SCHEMA_VERSION),
          "is required but missing; a dataset names the version of its form");
    }
    Fields fields = new Fields(version, in);
    for (EarlyField field : early) {
      JsonCursor replay = field.replay(in);
      try {
        if (!fields.read(replay, field.name(), field.path(), field::elementStart)) {
          fields.unknown(replay, field.name(), field.path());
        }
      } catch (Refusal e) {
        in.log().add(e);
      } catch (LeftOut e) {
        // its problems are noted
      }
    }
    try {
      return in.fields(
          root,
          Dataset.class,
          seen,
          REQUIRED,
          (name, at) -> {
            if (!fields.read(in, name, at, i -> p.currentTokenLocation())) {
              fields.unknown(in, name, at);
            }
            return true;
          },
          () -> fields.build(p));
    } catch (LeftOut e) {
      throw fields.problems(p);
    } catch (Refusal e) {
      in.log().add(e); // the metadata is missing
      throw fields.problems(p);
    }
  }

  /**
   * Reads the first field of a document for the stream reader, which must be the schema version,
   * and checks that this library reads that version. Leaves the parser on the version's value.
   */
  static String firstSchemaVersion(JsonCursor in) {
    DatasetPath root = DatasetPath.root();
    JsonParser p = in.parser();
    JsonToken token = in.next(root);
    if (token != JsonToken.PROPERTY_NAME || !SCHEMA_VERSION.equals(p.currentName())) {
      String problem =
          token == JsonToken.PROPERTY_NAME
              ? "must be the first field of a dataset read as a stream, before '"
                  + p.currentName()
                  + "', so that the version is known before the rest is read"
              : "is required but missing; a dataset names the version of its form";
      throw Problems.at(p, Dataset.class, DatasetPath.of(SCHEMA_VERSION), problem);
    }
    DatasetPath at = root.field(SCHEMA_VERSION);
    in.next(at);
    return version(in, at);
  }

  /** Reads the version, the current value, and checks that this library reads it. */
  private static String version(JsonCursor in, DatasetPath at) {
    String version = in.string(at);
    try {
      Dataset.checkSchemaVersion(version);
    } catch (IllegalArgumentException e) {
      throw Problems.refused(in.parser(), Dataset.class, at, e);
    }
    return version;
  }

  /** Where the element of a list with the given index starts. */
  @FunctionalInterface
  interface ElementStart {
    TokenStreamLocation of(int index);
  }

  /**
   * The dataset's fields as read: the values that could be read, where each element starts, and
   * the elements left out because of their problems.
   */
  private static final class Fields {
    private final String version;
    private final ProblemLog log;
    private DatasetMetadata metadata;
    private final List<Actor> actors = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Assessment> assessments = new ArrayList<>();
    private final ElementStarts starts = new ElementStarts();
    private final LeftOutElements leftOut = new LeftOutElements();
    private final int maxViolations;

    /** The lists that unknown fields were likely meant to be, such as {@code sources}. */
    private final Set<String> misspeltLists = new HashSet<>();

    private final Set<String> listsGiven = new HashSet<>();

    Fields(String version, JsonCursor in) {
      this.version = version;
      this.log = in.log();
      this.maxViolations = in.maxProblems();
    }

    boolean read(JsonCursor in, String name, DatasetPath at, ElementStart start) {
      switch (name) {
        case "metadata" -> {
          starts.metadata(in.parser().currentTokenLocation());
          metadata = EntityReaders.metadata(in, at);
        }
        case "actors" -> elements(in, at, start, e -> actors.add(EntityReaders.actor(in, e)));
        case "places" -> elements(in, at, start, e -> places.add(EntityReaders.place(in, e)));
        case "sources" -> elements(in, at, start, e -> sources.add(EntityReaders.source(in, e)));
        case "claims" -> elements(in, at, start, e -> claims.add(EntityReaders.claim(in, e)));
        case "events" -> elements(in, at, start, e -> events.add(EntityReaders.event(in, e)));
        case "relations" ->
            elements(in, at, start, e -> relations.add(EntityReaders.relation(in, e)));
        case "assessments" ->
            elements(in, at, start, e -> assessments.add(EntityReaders.assessment(in, e)));
        default -> {
          return false;
        }
      }
      return true;
    }

    /**
     * Notes an unknown top-level field, or skips it, as the caller's configuration says. When it
     * looks like a misspelt name of one of the dataset's lists, the references to that list are
     * not reported as unknown unless the list is given after all: they follow from the one
     * misspelling.
     */
    void unknown(JsonCursor in, String name, DatasetPath at) {
      if (log.keepsMore()
          && in.context().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
        String meant = FieldSuggestion.of(name, KnownFields.of(Dataset.class));
        if (meant != null && !meant.equals("metadata") && !meant.equals(SCHEMA_VERSION)) {
          misspeltLists.add(meant);
        }
      }
      in.unknown(Dataset.class, name, at);
    }

    /**
     * Reads a list of elements, noting where each starts and its id, and those left out; a value
     * that is not a list is left out whole.
     */
    private void elements(
        JsonCursor in, DatasetPath at, ElementStart start, JsonCursor.ElementReader element) {
      String list = at.lastField();
      listsGiven.add(list);
      try {
        in.elements(
            at,
            e -> {
              TokenStreamLocation location = start.of(e.lastIndex());
              element.read(e);
              starts.element(list, location, in.elementId());
            },
            (index, e) -> leftOut.add(list, index, in.elementId()));
      } catch (Refusal e) {
        leftOut.addList(list);
        throw e;
      }
    }

    private Dataset.Builder builder(DatasetMetadata metadata) {
      return new Dataset.Builder()
          .schemaVersion(version)
          .maxViolations(maxViolations)
          .metadata(metadata)
          .addAllActors(actors)
          .addAllPlaces(places)
          .addAllSources(sources)
          .addAllClaims(claims)
          .addAllEvents(events)
          .addAllRelations(relations)
          .addAllAssessments(assessments);
    }

    /** The dataset, when every value was read and it keeps the rules. */
    Dataset build(JsonParser p) {
      if (!log.isEmpty()) {
        throw problems(p);
      }
      try {
        return builder(metadata).build();
      } catch (DatasetValidationException e) {
        log.addViolations(e.found(), starts::of, ProblemLog.InDocument.SAME);
        throw log.exception(p);
      }
    }

    /**
     * The exception for a document with problems of reading: those, and the violations of the
     * rules by what could be read, save those that only come from what was left out. Metadata
     * that could not be read is replaced by a title alone for the rules, which ask of it only
     * the source it encodes.
     */
    JacksonException problems(JsonParser p) {
      for (String list : misspeltLists) {
        if (!listsGiven.contains(list)) {
          leftOut.addList(list);
        }
      }
      DatasetMetadata read =
          metadata != null
              ? metadata
              : new DatasetMetadata.Builder().title("metadata left out").build();
      try {
        builder(read).build();
      } catch (DatasetValidationException e) {
        log.addViolations(withoutLeftOut(e.found()), starts::of, leftOut);
      }
      return log.exception(p);
    }

    /**
     * The violations, less those of references to elements that were left out, which would be
     * found again as soon as their own problems are corrected.
     */
    private Violations withoutLeftOut(Violations found) {
      if (leftOut.isEmpty()) {
        return found;
      }
      ReferenceAt references =
          new ReferenceAt(metadata, actors, sources, claims, events, relations, assessments);
      List<Violation> kept = new ArrayList<>();
      long dropped = 0;
      for (Violation v : found.kept()) {
        ReferenceAt.Named named =
            v.code() == ViolationCode.UNKNOWN_REFERENCE ? references.at(v.path()) : null;
        if (named != null && leftOut.mayHaveHadId(named.list(), named.id())) {
          dropped++;
        } else {
          kept.add(v);
        }
      }
      return Violations.of(kept, found.total() - dropped);
    }
  }
}
