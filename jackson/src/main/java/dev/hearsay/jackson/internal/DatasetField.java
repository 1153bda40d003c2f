package dev.hearsay.jackson.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The top-level fields of a dataset document, the one list of them, in the order writers write
 * them: the schema version, the header (metadata, actors, places, sources), the claims, and what
 * refers to the claims (events, relations, assessments). A reader of the whole document takes them
 * in any order; a stream reader takes them in this order, as far as {@link #part()} says.
 */
public enum DatasetField {
  SCHEMA_VERSION(DatasetField.VERSION_NAME, Part.VERSION),
  METADATA("metadata", Part.HEADER),
  ACTORS("actors", Part.HEADER),
  PLACES("places", Part.HEADER),
  SOURCES("sources", Part.HEADER),
  CLAIMS("claims", Part.CLAIMS),
  EVENTS("events", Part.AFTER_CLAIMS),
  RELATIONS("relations", Part.AFTER_CLAIMS),
  ASSESSMENTS("assessments", Part.AFTER_CLAIMS);

  /**
   * The parts of a document that a stream reader takes in order; within a part, the fields come
   * in any order.
   */
  public enum Part {
    VERSION,
    HEADER,
    CLAIMS,
    AFTER_CLAIMS
  }

  /**
   * The name of the schema version's field, which a links document and a corpus manifest give
   * too.
   */
  public static final String VERSION_NAME = "schemaVersion";

  private static final List<String> NAMES =
      Arrays.stream(values()).map(DatasetField::jsonName).toList();

  private static final Map<String, DatasetField> BY_NAME =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(f -> f.jsonName, f -> f));

  private final String jsonName;
  private final Part part;

  DatasetField(String jsonName, Part part) {
    this.jsonName = jsonName;
    this.part = part;
  }

  /**
   * The field's name in the JSON form.
   *
   * @return the name, such as {@code schemaVersion}
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * The part of the document the field belongs to.
   *
   * @return the part
   */
  public Part part() {
    return part;
  }

  /**
   * The field with a name.
   *
   * @param name a name as given in a document
   * @return the field, or null when the name is not a top-level field of a dataset
   */
  public static DatasetField named(String name) {
    return BY_NAME.get(name);
  }

  /**
   * The names of every field, in order.
   *
   * @return the names
   */
  public static List<String> names() {
    return NAMES;
  }
}
