package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetHeader;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.Violations;
import dev.hearsay.jackson.internal.DatasetField;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a dataset document part by part, for the stream reader: the schema version and the header
 * through the same parts as the whole-document reader ({@link DocumentFields}, {@link
 * HeaderReader}), then the top-level fields one at a time and the elements of each list one at a
 * time, with the same readers, paths and problems. The problems of the header are reported
 * together; after it, a value that cannot be read fails at once, with all of its problems, as a
 * {@link dev.hearsay.jackson.InvalidDatasetException}; a field that is not known, or given twice,
 * is noted, and reported with the next check ({@link #check(Violations)}). Internal to the Hearsay
 * module; this package is not exported.
 */
public final class DocumentParts {
  private final JsonCursor in;
  private final DocumentFields document;
  private ElementStarts starts = new ElementStarts();
  private DatasetPath list;
  private int index;

  /** The last element read: its index, its id when one was read, and where it starts. */
  private int lastIndex = -1;

  private String lastId;
  private TokenStreamLocation lastStart;

  /**
   * Reads from a parser that a mapper or an object reader created, whose read context is a
   * deserialization context.
   *
   * @param p the parser, before the document's first token
   * @param ctxt the context that decides features such as failing on unknown fields
   */
  public DocumentParts(JsonParser p, DeserializationContext ctxt) {
    this.in = new JsonCursor(p, ctxt).noting();
    this.document = new DocumentFields(in);
  }

  /**
   * How many problems the reader reports before it only counts them, as the caller's context
   * says.
   *
   * @return the limit, at least 1
   */
  public int maxProblems() {
    return in.maxProblems();
  }

  /**
   * Reads the start of the document, its schema version, which must be its first field, and its
   * header, up to the first field that follows the header.
   *
   * @return the header, checked; then {@link #field()} is the field that follows it
   * @throws dev.hearsay.jackson.InvalidDatasetException with every problem of the header
   */
  public DatasetHeader header() {
    JsonParser p = in.parser();
    try {
      in.next(DocumentFields.ROOT);
      document.begin();
      String first = document.next();
      if (first == null) {
        throw document.versionMissing();
      }
      if (DatasetField.named(first) != DatasetField.SCHEMA_VERSION) {
        throw document.outOfStreamOrder(DatasetField.SCHEMA_VERSION, first);
      }
      HeaderReader header =
          new HeaderReader(document.version(FieldPaths.field(DocumentFields.ROOT, first)), in);
      starts = header.starts;
      String name;
      while ((name = document.next()) != null) {
        DatasetField field = DatasetField.named(name);
        if (field != null && field.part() != DatasetField.Part.HEADER) {
          onList(field);
          break;
        }
        readHeaderField(header, field, name);
      }
      if (name == null) {
        list = null;
      }
      if (!document.seen().contains(DatasetField.METADATA.jsonName())) {
        in.log().add((Refusal) document.metadataMissingFromHeader());
      }
      return header.header(p);
    } catch (Refusal e) {
      throw reported(e);
    } catch (StreamReadException | StreamConstraintsException e) {
      if (!in.log().isEmpty()) {
        e.addSuppressed(in.log().exception(p));
      }
      throw e;
    }
  }

  /** Reads one field of the header, noting its problems and skipping what is left of it. */
  private void readHeaderField(HeaderReader header, DatasetField field, String name) {
    JsonParser p = in.parser();
    DatasetPath at = FieldPaths.field(DocumentFields.ROOT, name);
    TokenStreamContext object = p.streamReadContext();
    try {
      if (field == null || !header.read(in, field, at, i -> p.currentTokenLocation())) {
        header.unknown(in, name, at);
      }
    } catch (Refusal e) {
      in.log().add(e);
      in.recover(object, at);
    } catch (LeftOut e) {
      in.recover(object, at);
    }
  }

  /**
   * The top-level field whose value the reader is on.
   *
   * @return the field, or null at the end of the document
   */
  public DatasetField field() {
    return list == null ? null : DatasetField.named(list.lastField());
  }

  /**
   * Moves to the next top-level field that this library knows, and onto its value. A field that
   * is not known fails or is skipped as the caller's configuration says; one given twice is noted
   * and skipped.
   *
   * @return the field, or null at the end of the document
   */
  public DatasetField nextField() {
    return reported(
        () -> {
          String name;
          while ((name = document.next()) != null) {
            DatasetField field = DatasetField.named(name);
            if (field != null) {
              onList(field);
              return field;
            }
            in.unknown(Dataset.class, name, FieldPaths.field(DocumentFields.ROOT, name));
          }
          list = null;
          return null;
        });
  }

  private void onList(DatasetField field) {
    list = DocumentFields.ROOT.field(field.jsonName());
    index = 0;
  }

  /**
   * Checks that nothing but white space follows the document, as the caller's {@link
   * DeserializationFeature#FAIL_ON_TRAILING_TOKENS} says (Jackson 3 enables it by default). Call
   * once {@link #field()} is null.
   */
  public void end() {
    if (!in.context().isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)) {
      return;
    }
    JsonToken trailing = in.next(DocumentFields.ROOT);
    if (trailing != null) {
      throw reported(
          Problems.at(
              in.parser(),
              Dataset.class,
              DocumentFields.ROOT,
              "the document goes on after its end, with "
                  + Problems.describe(trailing)
                  + "; a document holds one dataset"));
    }
  }

  /**
   * Fails because a top-level field comes after a part of the document that a stream reader
   * needs it before.
   *
   * @param field the field
   * @return never returns; declared so that callers can write {@code throw}
   */
  public JacksonException outOfStreamOrder(DatasetField field) {
    throw reported(document.outOfStreamOrder(field, null));
  }

  /** Checks that the current field's value is an array, before its elements are read. */
  public void beginList() {
    if (in.token() != JsonToken.START_ARRAY) {
      throw reported(Problems.wrongToken(in.parser(), Dataset.class, list, "an array"));
    }
  }

  /**
   * Moves to the next element of the current list.
   *
   * @return false at the end of the list
   */
  public boolean nextElement() {
    return in.next(list) != JsonToken.END_ARRAY;
  }

  /**
   * Reads the current element as a claim; where it starts is not kept beyond the next element.
   *
   * @return the claim
   */
  public Claim claim() {
    return element(EntityReaders::claim, false);
  }

  /**
   * Reads the current element as an event.
   *
   * @return the event
   */
  public Event event() {
    return element(EntityReaders::event, false);
  }

  /**
   * Reads the current element as a relation.
   *
   * @return the relation
   */
  public Relation relation() {
    return element(EntityReaders::relation, true);
  }

  /**
   * Reads the current element as an assessment.
   *
   * @return the assessment
   */
  public Assessment assessment() {
    return element(EntityReaders::assessment, true);
  }

  private <T> T element(BiFunction<JsonCursor, DatasetPath, T> reader, boolean keep) {
    DatasetPath at = list.index(index);
    TokenStreamLocation start = in.parser().currentTokenLocation();
    lastIndex = index++;
    lastId = null;
    lastStart = start;
    in.startElement();
    T value = reported(() -> built(() -> reader.apply(in, at)));
    lastId = in.elementId();
    if (keep) {
      starts.element(list.lastField(), start, lastId);
    }
    return value;
  }

  /** A value read, or the exception with its problems when it could not be. */
  private <T> T built(Supplier<T> read) {
    try {
      return read.get();
    } catch (LeftOut e) {
      throw in.log().exception(in.parser());
    }
  }

  /** What a read returns, or the exception with every problem noted and the one it met. */
  private <T> T reported(Supplier<T> read) {
    try {
      return read.get();
    } catch (Refusal e) {
      throw reported(e);
    }
  }

  private JacksonException reported(MismatchedInputException refusal) {
    in.log().add((Refusal) refusal);
    return in.log().exception(in.parser());
  }

  /**
   * Fails, with every problem noted so far and the given violations of the rules, each with its
   * path and, where known, the line and column of the element it concerns, when there are any.
   *
   * @param found the violations found by the rules since the last check
   * @throws dev.hearsay.jackson.InvalidDatasetException when there are problems or violations
   */
  public void check(Violations found) {
    ProblemLog log = in.log();
    if (!found.isEmpty()) {
      log.addViolations(found, this::start, ProblemLog.InDocument.SAME);
    }
    if (!log.isEmpty()) {
      throw log.exception(in.parser());
    }
  }

  /** Where an element starts: the last one read, by its id or its index, or one kept. */
  private TokenStreamLocation start(DatasetPath element) {
    return isLast(element) ? lastStart : starts.of(element);
  }

  private boolean isLast(DatasetPath element) {
    if (lastIndex < 0 || element.length() != 2 || !element.parent().equals(list)) {
      return false;
    }
    return element.lastIndex() == lastIndex
        || lastId != null && element.last().equals(new DatasetPath.Id(lastId));
  }
}
