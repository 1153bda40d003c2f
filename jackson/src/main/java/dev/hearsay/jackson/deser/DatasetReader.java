package dev.hearsay.jackson.deser;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetValidationException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads a whole dataset document. The schema version must be the first field, so that a document
 * of a newer major version is refused as such before anything else is read; the other fields may
 * come in any order.
 */
final class DatasetReader {
  static final String SCHEMA_VERSION = "schemaVersion";

  private DatasetReader() {}

  static Dataset read(Input in) {
    Path root = Path.root();
    JsonParser p = in.parser();
    if (in.token() != JsonToken.START_OBJECT) {
      throw Problems.wrongToken(p, Dataset.class, root, "a dataset object");
    }
    Dataset.Builder b = new Dataset.Builder().schemaVersion(schemaVersion(in));
    Map<String, TokenStreamLocation> where = new HashMap<>();
    Set<String> seen = new HashSet<>();
    seen.add(SCHEMA_VERSION);
    return in.fields(root, Dataset.class, seen, (name, at) -> switch (name) {
      case "metadata" -> {
        where.put("metadata", p.currentTokenLocation());
        b.metadata(EntityReaders.metadata(in, at));
        yield true;
      }
      case "actors" -> {
        elements(in, at, where, e -> b.addActors(EntityReaders.actor(in, e)));
        yield true;
      }
      case "places" -> {
        elements(in, at, where, e -> b.addPlaces(EntityReaders.place(in, e)));
        yield true;
      }
      case "sources" -> {
        elements(in, at, where, e -> b.addSources(EntityReaders.source(in, e)));
        yield true;
      }
      case "claims" -> {
        elements(in, at, where, e -> b.addClaims(EntityReaders.claim(in, e)));
        yield true;
      }
      case "events" -> {
        elements(in, at, where, e -> b.addEvents(EntityReaders.event(in, e)));
        yield true;
      }
      case "relations" -> {
        elements(in, at, where, e -> b.addRelations(EntityReaders.relation(in, e)));
        yield true;
      }
      default -> false;
    }, () -> {
      try {
        return b.build();
      } catch (DatasetValidationException e) {
        throw Violations.exception(p, e, where);
      }
    });
  }

  /**
   * Reads the first field, which must be the schema version, and checks that this library reads
   * that version. Leaves the parser on the version's value.
   */
  static String schemaVersion(Input in) {
    Path root = Path.root();
    JsonParser p = in.parser();
    JsonToken token = in.next(root);
    if (token != JsonToken.PROPERTY_NAME || !SCHEMA_VERSION.equals(p.currentName())) {
      String problem = token == JsonToken.PROPERTY_NAME
          ? "must be the first field of a dataset, before '" + p.currentName()
              + "', so that the version is known before the rest is read"
          : "is required but missing";
      throw Problems.at(p, Dataset.class, SCHEMA_VERSION, problem);
    }
    Path at = root.field(SCHEMA_VERSION);
    in.next(at);
    String version = in.string(at);
    try {
      Dataset.checkSchemaVersion(version);
    } catch (IllegalArgumentException e) {
      throw Problems.refused(p, Dataset.class, at, e);
    }
    return version;
  }

  /** Reads a list of elements, noting where each starts, by index and by id. */
  private static void elements(
      Input in, Path at, Map<String, TokenStreamLocation> where, Input.ElementReader element) {
    in.array(at, e -> {
      String byIndex = e.toString();
      TokenStreamLocation start = in.parser().currentTokenLocation();
      element.read(e);
      where.put(byIndex, start);
      where.putIfAbsent(e.toString(), start);
    });
  }
}
