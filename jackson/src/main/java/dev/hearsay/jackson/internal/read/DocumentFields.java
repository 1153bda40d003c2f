package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.jackson.internal.DatasetField;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The top-level object of a dataset document, walked field by field the same way by both readers:
 * its start, each field given once ({@link JsonCursor#onNewField}, the one check of a field given
 * twice), the schema version read and checked, and the one wording of the order a stream reader
 * needs.
 */
final class DocumentFields {
  static final DatasetPath ROOT = DatasetPath.root();

  /** The fields a dataset must give. */
  static final List<String> REQUIRED = List.of(DatasetField.METADATA.jsonName());

  /** Why a stream reader needs its order, said after each refusal of a field out of order. */
  private static final String WHY_IN_ORDER =
      ", so that a stream reader can check each part as it comes and hold only the header; a"
          + " document read whole may give its fields in any order";

  private final JsonCursor in;
  private final FieldNames seen = new FieldNames();

  DocumentFields(JsonCursor in) {
    this.in = in;
  }

  /** Checks that the current token starts the dataset's object. */
  void begin() {
    if (in.token() != JsonToken.START_OBJECT) {
      throw Problems.wrongToken(in.parser(), Dataset.class, ROOT, "a dataset object");
    }
  }

  /**
   * Moves to the next field that was not given before, and onto its value. A field given twice is
   * refused (noted while noting problems) and its value skipped.
   *
   * @return the field's name, or null at the end of the dataset's object
   */
  String next() {
    JsonParser p = in.parser();
    while (in.next(ROOT) == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      if (in.onNewField(seen, Dataset.class, name, FieldPaths.field(ROOT, name))) {
        return name;
      }
    }
    return null;
  }

  /** The names of the fields read so far. */
  FieldNames seen() {
    return seen;
  }

  /** Reads the schema version, the current value, and checks that this library reads it. */
  String version(DatasetPath at) {
    String version = in.string(at);
    try {
      Dataset.checkSchemaVersion(version);
    } catch (IllegalArgumentException e) {
      throw Problems.refused(in.parser(), Dataset.class, at, e);
    }
    return version;
  }

  /** The refusal of a document that does not give its schema version. */
  MismatchedInputException versionMissing() {
    return Problems.at(
        in.parser(),
        Dataset.class,
        ROOT.field(DatasetField.SCHEMA_VERSION.jsonName()),
        "is required but missing; a dataset names the version of its form");
  }

  /**
   * The refusal of a field that a stream reader meets after a part of the document that must
   * follow it.
   *
   * @param field the field that comes too late
   * @param firstGiven the name of the document's first field, for the schema version
   */
  MismatchedInputException outOfStreamOrder(DatasetField field, String firstGiven) {
    return Problems.at(
        in.parser(), Dataset.class, ROOT.field(field.jsonName()), streamOrder(field, firstGiven));
  }

  /** The refusal of a document read as a stream whose header has no metadata. */
  MismatchedInputException metadataMissingFromHeader() {
    return Problems.at(
        in.parser(),
        Dataset.class,
        ROOT.field(DatasetField.METADATA.jsonName()),
        "is required, and " + streamOrder(DatasetField.METADATA, null));
  }

  /** The order a stream reader needs of a field, and why: the one wording of that rule. */
  private static String streamOrder(DatasetField field, String firstGiven) {
    String rule =
        switch (field.part()) {
          case VERSION ->
              "must be the first field of a dataset read as a stream, before '" + firstGiven + "'";
          case HEADER -> "must come before the claims, events, relations and assessments";
          case CLAIMS -> "must come before the events, relations and assessments";
          case AFTER_CLAIMS -> throw new IllegalArgumentException(field + " may come last");
        };
    return rule + WHY_IN_ORDER;
  }
}
