package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.ValueCheckException;
import java.util.List;
import java.util.StringJoiner;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The exceptions a reader throws: Jackson's own types, with the dataset path at the start of the
 * message and a statement that a person can act on after it. Where Jackson's own message names
 * its settings, Jackson's exception is the cause.
 */
final class Problems {
  private Problems() {}

  static String where(DatasetPath path, Class<?> type) {
    return path.isRoot() ? type.getSimpleName() : path.toString();
  }

  static MismatchedInputException at(
      JsonParser p, Class<?> type, DatasetPath path, String message) {
    return new Refusal(p, type, path, where(path, type), message);
  }

  /** Fields missing together, named each; the problem's path is the first. */
  static MismatchedInputException missing(
      JsonParser p, Class<?> type, List<DatasetPath> fields, String message) {
    StringJoiner where = new StringJoiner(", ");
    fields.forEach(field -> where.add(field.toString()));
    return new Refusal(p, type, fields.get(0), where.toString(), message);
  }

  static MismatchedInputException wrongToken(
      JsonParser p, Class<?> type, DatasetPath path, String expected) {
    return at(p, type, path, "expected " + expected + ", found " + describe(p.currentToken()));
  }

  /**
   * A value that a model type refused, such as an id that breaks the id pattern: the rule, at the
   * path of the value.
   */
  static MismatchedInputException refused(
      JsonParser p, Class<?> type, DatasetPath path, RuntimeException e) {
    String message =
        e instanceof ValueCheckException check ? check.rule() : String.valueOf(e.getMessage());
    return withCause(at(p, type, path, message), e);
  }

  /**
   * A check of a whole value that failed when it was built: the rule, at the path of the field
   * that the model names ({@code Quantity.upper} is {@code upper} within the quantity).
   */
  static MismatchedInputException invalid(
      JsonParser p, Class<?> type, DatasetPath path, RuntimeException e) {
    if (e instanceof ValueCheckException check) {
      List<DatasetPath.Segment> field = check.path().segments();
      DatasetPath where = path;
      for (int i = 1; i < field.size(); i++) {
        where = where.then(field.get(i));
      }
      return withCause(at(p, type, where, check.rule()), e);
    }
    return withCause(at(p, type, path, String.valueOf(e.getMessage())), e);
  }

  /**
   * Broken JSON, at the path the reader was reading ({@code Dataset} at the top), said without
   * Jackson's settings; Jackson's exception is the cause.
   */
  static StreamReadException syntax(JsonParser p, DatasetPath path, StreamReadException e) {
    String where = path.isRoot() ? "Dataset: " : path + ": ";
    return new StreamReadException(
        p, where + PlainWords.syntax(e.getOriginalMessage()), e.getLocation(), e);
  }

  /**
   * A read limit of the mapper that a value breaks, at its path and where the value starts; the
   * statement gives the limit and no length, since Jackson stops counting where it stops
   * reading. Jackson's exception, which names the setting, is attached as suppressed (this type
   * takes no cause).
   */
  static StreamConstraintsException limit(
      JsonParser p, DatasetPath path, StreamConstraintsException e) {
    String where = path.isRoot() ? "Dataset: " : path + ": ";
    StreamConstraintsException limit =
        new StreamConstraintsException(
            where + PlainWords.limit(e.getOriginalMessage()), p.currentTokenLocation());
    limit.addSuppressed(e);
    return limit;
  }

  /**
   * Bytes that are not UTF-8, at the path the reader was reading, with the location of the first
   * byte that is not.
   */
  static StreamReadException notUtf8(JsonParser p, DatasetPath path, Utf8Error error) {
    TokenStreamLocation location =
        new TokenStreamLocation(
            p.currentTokenLocation().contentReference(),
            error.offset(),
            -1,
            error.line(),
            error.column());
    String where = path.isRoot() ? "Dataset" : path.toString();
    return new StreamReadException(p, where + ": is not valid UTF-8: " + error.problem(), location);
  }

  /**
   * Broken JSON or a read limit inside a value read as a whole document, such as a dataset inline
   * in a corpus manifest: the same exception, its path (or {@code Dataset}) put inside the path
   * of the value.
   */
  static StreamReadException within(JsonParser p, DatasetPath at, StreamReadException e) {
    return new StreamReadException(p, inside(at, e.getOriginalMessage()), e.getLocation(), e);
  }

  static StreamConstraintsException within(DatasetPath at, StreamConstraintsException e) {
    StreamConstraintsException limit =
        new StreamConstraintsException(inside(at, e.getOriginalMessage()), e.getLocation());
    limit.addSuppressed(e);
    return limit;
  }

  private static String inside(DatasetPath at, String message) {
    String text = String.valueOf(message);
    int colon = text.indexOf(": ");
    if (colon < 0) {
      return at + ": " + text;
    }
    String inner = text.substring(0, colon);
    return (inner.equals("Dataset") ? at.toString() : (at.isRoot() ? inner : at + "." + inner))
        + text.substring(colon);
  }

  /** What is wrong with an unknown field, for a person: with the field it likely meant. */
  static String unknownStatement(Class<?> type, String name) {
    String meant = FieldSuggestion.of(name, KnownFields.of(type));
    return "'"
        + name
        + "' is not a field of "
        + type.getSimpleName()
        + (meant == null ? "" : "; did you mean '" + meant + "'?");
  }

  /** The same for code: how to have the reader skip unknown fields instead. */
  static String unknownDetail(Class<?> type, String name) {
    return unknownStatement(type, name)
        + "; correct its name, or disable"
        + " DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES to skip unknown fields";
  }

  static UnrecognizedPropertyException unknown(
      JsonParser p, Class<?> type, DatasetPath at, String name) {
    return new UnrecognizedPropertyException(
        p, at + ": " + unknownDetail(type, name), p.currentTokenLocation(), type, name, null);
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case END_OBJECT -> "the end of an object";
      case END_ARRAY -> "the end of an array";
      case PROPERTY_NAME -> "a field name";
      default -> token.toString();
    };
  }

  private static MismatchedInputException withCause(
      MismatchedInputException exception, Throwable cause) {
    exception.initCause(cause);
    return exception;
  }
}
