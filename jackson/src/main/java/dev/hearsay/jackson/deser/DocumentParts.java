package dev.hearsay.jackson.deser;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.Violations;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a dataset document part by part, for the stream reader: the top-level fields one at a
 * time, and the elements of each list one at a time, with the same readers, paths and problems as
 * the whole-document reader. A value that cannot be read fails at once, with all of its problems,
 * as a {@link dev.hearsay.jackson.InvalidDatasetException}; a field that is not known is noted,
 * and reported with the next check ({@link #check(Violations)}). Internal to the Hearsay module;
 * this package is not exported.
 */
public final class DocumentParts {
  private final JsonCursor in;
  private final Set<String> seen = new HashSet<>();
  private final ElementStarts starts = new ElementStarts();
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
   * Reads the start of the document and its schema version, which must be its first field.
   *
   * @return the version, checked to be one this library reads
   */
  public String begin() {
    return reported(
        () -> {
          if (in.next(DatasetPath.root()) != JsonToken.START_OBJECT) {
            throw Problems.wrongToken(
                in.parser(), Dataset.class, DatasetPath.root(), "a dataset object");
          }
          seen.add(DatasetReader.SCHEMA_VERSION);
          return DatasetReader.firstSchemaVersion(in);
        });
  }

  /**
   * Moves to the next top-level field and onto its value.
   *
   * @return the field's name, or null at the end of the document
   */
  public String nextField() {
    return reported(
        () -> {
          if (in.next(DatasetPath.root()) != JsonToken.PROPERTY_NAME) {
            return null;
          }
          String name = in.parser().currentName();
          DatasetPath at = DatasetPath.root().field(name);
          if (!seen.add(name)) {
            throw Problems.at(
                in.parser(), Dataset.class, at, "is given twice; give each field once");
          }
          in.next(at);
          list = at;
          index = 0;
          return name;
        });
  }

  /**
   * Checks that nothing but white space follows the document, as the caller's {@link
   * DeserializationFeature#FAIL_ON_TRAILING_TOKENS} says (Jackson 3 enables it by default). Call
   * after {@link #nextField()} returned null.
   */
  public void end() {
    if (!in.context().isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)) {
      return;
    }
    JsonToken trailing = in.next(DatasetPath.root());
    if (trailing != null) {
      throw reported(
          Problems.at(
              in.parser(),
              Dataset.class,
              DatasetPath.root(),
              "the document goes on after its end, with "
                  + Problems.describe(trailing)
                  + "; a document holds one dataset"));
    }
  }

  /**
   * Fails on an unknown top-level field, or skips it, as the caller's configuration says.
   *
   * @param name the field's name
   */
  public void unknownField(String name) {
    in.unknown(Dataset.class, name, DatasetPath.root().field(name));
  }

  /**
   * Fails because a top-level field comes where it may not.
   *
   * @param name the field's name
   * @param problem what is wrong, as a sentence
   * @return never returns; declared so that callers can write {@code throw}
   */
  public JacksonException misplaced(String name, String problem) {
    throw reported(Problems.at(in.parser(), Dataset.class, DatasetPath.of(name), problem));
  }

  /**
   * Checks that the current field's value is an array, before its elements are read.
   */
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
   * Reads the metadata, the value of the current field.
   *
   * @return the metadata
   */
  public DatasetMetadata metadata() {
    starts.metadata(in.parser().currentTokenLocation());
    return reported(() -> built(() -> EntityReaders.metadata(in, list)));
  }

  /**
   * Reads the current element as an actor.
   *
   * @return the actor
   */
  public Actor actor() {
    return element(EntityReaders::actor, true);
  }

  /**
   * Reads the current element as a place.
   *
   * @return the place
   */
  public Place place() {
    return element(EntityReaders::place, true);
  }

  /**
   * Reads the current element as a source.
   *
   * @return the source
   */
  public Source source() {
    return element(EntityReaders::source, true);
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
    return element(EntityReaders::event, true);
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
