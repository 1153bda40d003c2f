package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Relation;
import dev.hearsay.jackson.internal.DatasetField;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Reads a whole dataset document, its fields in any order, and reports every problem at once. It
 * walks the document's fields as the stream reader does ({@link DocumentFields}) and reads the
 * header through the same reader ({@link HeaderReader}). The schema version is checked before
 * any value is built: fields that come before it are kept as tokens ({@link EarlyField}) and read
 * once the version is known to be one this library reads.
 *
 * <p>A value with a problem is noted and left out, and reading goes on; at the end the rules of
 * the dataset are checked on what was read, and one {@link
 * dev.hearsay.jackson.InvalidDatasetException} lists every problem. Broken JSON and read limits
 * stop the reading.
 */
final class DatasetReader {
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
    JsonParser p = in.parser();
    DocumentFields document = new DocumentFields(in);
    document.begin();
    List<EarlyField> early = new ArrayList<>();
    String version = null;
    String name;
    while (version == null && (name = document.next()) != null) {
      DatasetPath at = FieldPaths.field(DocumentFields.ROOT, name);
      if (DatasetField.named(name) == DatasetField.SCHEMA_VERSION) {
        version = document.version(at);
      } else {
        early.add(EarlyField.copy(in, name, at));
      }
    }
    if (version == null) {
      throw document.versionMissing();
    }
    Fields fields = new Fields(version, in);
    for (EarlyField field : early) {
      JsonCursor replay = field.replay(in);
      try {
        fields.readOrSkip(replay, field.name(), field.path(), field::elementStart);
      } catch (Refusal e) {
        in.log().add(e);
      } catch (LeftOut e) {
        // its problems are noted
      }
    }
    try {
      return in.fields(
          DocumentFields.ROOT,
          Dataset.class,
          document.seen(),
          DocumentFields.REQUIRED,
          (field, at) -> {
            fields.readOrSkip(in, field, at, i -> p.currentTokenLocation());
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
   * The dataset's fields as read: the header's, through the reader both readers share, then the
   * claims and what follows them.
   */
  private static final class Fields extends HeaderReader {
    private final List<Claim> claims = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Assessment> assessments = new ArrayList<>();

    Fields(String version, JsonCursor in) {
      super(version, in);
    }

    /** Reads a field's value, or notes or skips an unknown field. */
    void readOrSkip(JsonCursor in, String name, DatasetPath at, ElementStart start) {
      DatasetField field = DatasetField.named(name);
      if (field == null || !read(in, field, at, start)) {
        unknown(in, name, at);
      }
    }

    @Override
    boolean read(JsonCursor in, DatasetField field, DatasetPath at, ElementStart start) {
      switch (field) {
        case CLAIMS -> elements(in, at, start, e -> claims.add(EntityReaders.claim(in, e)));
        case EVENTS -> elements(in, at, start, e -> events.add(EntityReaders.event(in, e)));
        case RELATIONS ->
            elements(in, at, start, e -> relations.add(EntityReaders.relation(in, e)));
        case ASSESSMENTS ->
            elements(in, at, start, e -> assessments.add(EntityReaders.assessment(in, e)));
        default -> {
          return super.read(in, field, at, start);
        }
      }
      return true;
    }

    private Dataset.Builder builder(DatasetMetadata metadata) {
      return datasetBuilder(metadata)
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

    @Override
    void checkRules(DatasetMetadata metadata) {
      builder(metadata).build();
    }

    @Override
    ReferenceAt references() {
      return new ReferenceAt(metadata, actors, sources, claims, events, relations, assessments);
    }
  }
}
