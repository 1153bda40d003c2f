package dev.hearsay.jackson.deser;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetValidationException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads a whole dataset document, its fields in any order. The schema version is checked before
 * any value is built: fields that come before it are kept as tokens ({@link EarlyField}) and read
 * once the version is known to be one this library reads.
 */
final class DatasetReader {
  static final String SCHEMA_VERSION = "schemaVersion";

  private static final List<String> REQUIRED = List.of("metadata");

  private DatasetReader() {}

  static Dataset read(Input in) {
    Path root = Path.root();
    JsonParser p = in.parser();
    if (in.token() != JsonToken.START_OBJECT) {
      throw Problems.wrongToken(p, Dataset.class, root, "a dataset object");
    }
    FieldNames seen = new FieldNames();
    List<EarlyField> early = new ArrayList<>();
    String version = null;
    while (version == null && in.next(root) == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      Path at = root.field(name);
      if (!seen.add(name)) {
        throw Problems.at(p, Dataset.class, at, "is given twice; give each field once");
      }
      in.next(at);
      if (SCHEMA_VERSION.equals(name)) {
        version = version(in, at);
      } else {
        early.add(EarlyField.copy(in, name, at));
      }
    }
    if (version == null) {
      throw Problems.at(p, Dataset.class, SCHEMA_VERSION,
          "is required but missing; a dataset names the version of its form");
    }
    Fields fields = new Fields(version, in.maxProblems());
    for (EarlyField field : early) {
      Input replay = field.replay(in);
      if (!fields.read(replay, field.name(), field.path(), field::elementStart)) {
        replay.unknown(Dataset.class, field.name(), field.path());
      }
    }
    return in.fields(root, Dataset.class, seen, REQUIRED,
        (name, at) -> fields.read(in, name, at, i -> p.currentTokenLocation()),
        () -> fields.build(p));
  }

  /**
   * Reads the first field of a document for the stream reader, which must be the schema version,
   * and checks that this library reads that version. Leaves the parser on the version's value.
   */
  static String firstSchemaVersion(Input in) {
    Path root = Path.root();
    JsonParser p = in.parser();
    JsonToken token = in.next(root);
    if (token != JsonToken.PROPERTY_NAME || !SCHEMA_VERSION.equals(p.currentName())) {
      String problem = token == JsonToken.PROPERTY_NAME
          ? "must be the first field of a dataset read as a stream, before '" + p.currentName()
              + "', so that the version is known before the rest is read"
          : "is required but missing; a dataset names the version of its form";
      throw Problems.at(p, Dataset.class, SCHEMA_VERSION, problem);
    }
    Path at = root.field(SCHEMA_VERSION);
    in.next(at);
    return version(in, at);
  }

  /** Reads the version, the current value, and checks that this library reads it. */
  private static String version(Input in, Path at) {
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

  /** The dataset's fields, read into one builder, with where each element starts. */
  private static final class Fields {
    private final Dataset.Builder b;
    private final ElementStarts starts = new ElementStarts();

    Fields(String version, int maxViolations) {
      this.b = new Dataset.Builder().schemaVersion(version).maxViolations(maxViolations);
    }

    boolean read(Input in, String name, Path at, ElementStart start) {
      switch (name) {
        case "metadata" -> {
          starts.metadata(in.parser().currentTokenLocation());
          b.metadata(EntityReaders.metadata(in, at));
        }
        case "actors" -> elements(in, at, start, e -> b.addActors(EntityReaders.actor(in, e)));
        case "places" -> elements(in, at, start, e -> b.addPlaces(EntityReaders.place(in, e)));
        case "sources" -> elements(in, at, start, e -> b.addSources(EntityReaders.source(in, e)));
        case "claims" -> elements(in, at, start, e -> b.addClaims(EntityReaders.claim(in, e)));
        case "events" -> elements(in, at, start, e -> b.addEvents(EntityReaders.event(in, e)));
        case "relations" ->
            elements(in, at, start, e -> b.addRelations(EntityReaders.relation(in, e)));
        default -> {
          return false;
        }
      }
      return true;
    }

    Dataset build(JsonParser p) {
      try {
        return b.build();
      } catch (DatasetValidationException e) {
        throw Violations.exception(p, e, starts::of);
      }
    }

    /** Reads a list of elements, noting where each starts and its id. */
    private void elements(Input in, Path at, ElementStart start, Input.ElementReader element) {
      int[] index = {0};
      String list = at.toString();
      in.array(at, e -> {
        TokenStreamLocation location = start.of(index[0]++);
        element.read(e);
        starts.element(list, location, e.id());
      });
    }
  }
}
