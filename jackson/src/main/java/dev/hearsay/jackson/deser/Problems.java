package dev.hearsay.jackson.deser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** The exceptions a reader throws: Jackson's own types, with the dataset path in the message. */
final class Problems {
  /** A model message that names its field: "Claim.proposition: must not be blank". */
  private static final Pattern FIELD_MESSAGE = Pattern.compile(
      "[A-Z][A-Za-z]*\\.([a-z][A-Za-z]*(?:\\[\\d+\\])*(?:\\.[a-z][A-Za-z]*)?): (.*)",
      Pattern.DOTALL);

  /** A model message that names only its type: "ActorId: 'x y' is not a valid id". */
  private static final Pattern OWNER_PREFIX =
      Pattern.compile("[A-Z][A-Za-z]*(?:\\.[a-z][A-Za-z]*)?: ");

  private Problems() {}

  static String where(Path path, Class<?> type) {
    return path.isRoot() ? type.getSimpleName() : path.toString();
  }

  static MismatchedInputException at(JsonParser p, Class<?> type, Path path, String message) {
    return MismatchedInputException.from(p, type, where(path, type) + ": " + message);
  }

  static MismatchedInputException at(JsonParser p, Class<?> type, String path, String message) {
    return MismatchedInputException.from(p, type, path + ": " + message);
  }

  static MismatchedInputException wrongToken(
      JsonParser p, Class<?> type, Path path, String expected) {
    return at(p, type, path, "expected " + expected + ", found " + describe(p.currentToken()));
  }

  /** A value that a model type refused, such as an id that breaks the id pattern. */
  static MismatchedInputException refused(
      JsonParser p, Class<?> type, Path path, RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    Matcher owner = OWNER_PREFIX.matcher(message);
    if (owner.lookingAt()) {
      message = message.substring(owner.end());
    }
    return withCause(at(p, type, path, message), e);
  }

  /** A check of a whole value that failed when it was built. */
  static MismatchedInputException invalid(
      JsonParser p, Class<?> type, Path path, RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    Matcher field = FIELD_MESSAGE.matcher(message);
    if (field.matches()) {
      return withCause(
          at(p, type, path.plus(field.group(1)), field.group(2)), e);
    }
    return withCause(at(p, type, path, message), e);
  }

  static StreamReadException syntax(JsonParser p, Path path, StreamReadException e) {
    String where = path.isRoot() ? "" : path + ": ";
    return new StreamReadException(p, where + e.getOriginalMessage(), e.getLocation(), e);
  }

  static UnrecognizedPropertyException unknown(
      JsonParser p, Class<?> type, Path at, String name) {
    String message = at + ": '" + name + "' is not a field of " + type.getSimpleName()
        + "; correct its name, or disable DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES"
        + " to skip unknown fields";
    return new UnrecognizedPropertyException(
        p, message, p.currentTokenLocation(), type, name, null);
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
