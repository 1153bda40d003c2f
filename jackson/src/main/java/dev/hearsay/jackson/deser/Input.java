package dev.hearsay.jackson.deser;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.jackson.HearsayModule;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;

/**
 * A parser and its context, with the few moves every reader makes: step through an object's
 * fields or an array's elements, read a scalar of the expected JSON type, and turn every failure
 * into a Jackson exception that names the path.
 */
final class Input {
  /** The digits of a decimal as this format writes it, and the exponent form as well. */
  private static final Pattern DECIMAL =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  /**
   * The most characters a decimal may have when written plainly, as {@link
   * BigDecimal#toPlainString()} writes it without trailing zeros: sign, digits and point.
   */
  static final int MAX_PLAIN_LENGTH = 1_000;

  private final JsonParser p;
  private final DeserializationContext ctxt;
  /** The bytes the parser reads, checked for UTF-8, or null when they are not checked. */
  private final Utf8CheckedStream utf8;
  /** Made when first asked for, so that reading a single scalar value makes none. */
  private Shared shared;

  Input(JsonParser p, DeserializationContext ctxt) {
    this(p, ctxt, null, p.streamReadInputSource() instanceof Utf8CheckedStream checked
        ? checked : null);
  }

  private Input(
      JsonParser p, DeserializationContext ctxt, Shared shared, Utf8CheckedStream utf8) {
    this.p = p;
    this.ctxt = ctxt;
    this.shared = shared;
    this.utf8 = utf8;
  }

  /**
   * An input over another parser, with the same context and the same shared values. Its bytes are
   * not checked: the other parser replays tokens that this one read and checked.
   */
  Input over(JsonParser other) {
    return new Input(other, ctxt, shared(), null);
  }

  /** The values this read shares among the values it builds. */
  Shared shared() {
    if (shared == null) {
      shared = new Shared();
    }
    return shared;
  }

  JsonParser parser() {
    return p;
  }

  /**
   * How many problems a dataset reader reports before it only counts them: the context's {@value
   * dev.hearsay.jackson.HearsayModule#MAX_PROBLEMS} attribute, or {@link
   * Dataset#DEFAULT_MAX_VIOLATIONS}.
   *
   * @throws IllegalArgumentException when the attribute is not a whole number of at least 1
   */
  int maxProblems() {
    Object value = ctxt.getAttribute(HearsayModule.MAX_PROBLEMS);
    if (value == null) {
      return Dataset.DEFAULT_MAX_VIOLATIONS;
    }
    if (!(value instanceof Integer max) || max < 1) {
      throw new IllegalArgumentException(HearsayModule.MAX_PROBLEMS
          + ": must be an Integer of at least 1, so that a problem is always shown; was " + value);
    }
    return max;
  }

  DeserializationContext context() {
    return ctxt;
  }

  JsonToken token() {
    return p.currentToken();
  }

  /** Moves to the next token; a syntax error names the path. */
  JsonToken next(Path at) {
    JsonToken token;
    try {
      token = p.nextToken();
    } catch (StreamReadException e) {
      throw Problems.syntax(p, at, e);
    }
    checkUtf8(at);
    return token;
  }

  /**
   * Refuses the bytes the parser has read so far when they are not UTF-8, naming the path and the
   * line and column of the first byte that is not. Bytes are checked when the parser's input is a
   * {@link Utf8CheckedStream}.
   */
  void checkUtf8(Path at) {
    if (utf8 != null && utf8.hasErrors()) {
      Utf8Error error = utf8.errorBefore(p.currentLocation().getByteOffset());
      if (error != null) {
        throw Problems.notUtf8(p, at, error);
      }
    }
  }

  /** Reads the fields of one object. */
  @FunctionalInterface
  interface FieldReader {
    /**
     * Reads the value of one field, with the parser on its first token.
     *
     * @return false when the name is not a field of the object
     */
    boolean read(String name, Path at);
  }

  /** Reads one element of an array, with the parser on its first token. */
  @FunctionalInterface
  interface ElementReader {
    void read(Path at);
  }

  /**
   * Reads an object field by field, checks that the required fields were given, then builds the
   * value, turning a failed check into an exception at the path. A field given twice is refused;
   * an unknown field fails or is skipped as the caller's {@link
   * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} says.
   */
  <T> T object(
      Path path, Class<?> type, List<String> required, FieldReader fields, Supplier<T> build) {
    if (token() != JsonToken.START_OBJECT) {
      throw Problems.wrongToken(p, type, path, "an object");
    }
    return fields(path, type, new FieldNames(), required, fields, build);
  }

  /**
   * Reads the remaining fields of an object, of which those in {@code seen} were read already,
   * checks that the required fields were given, then builds the value.
   */
  <T> T fields(Path path, Class<?> type, FieldNames seen, List<String> required,
      FieldReader fields, Supplier<T> build) {
    while (next(path) == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      Path at = path.field(name);
      if (!seen.add(name)) {
        throw Problems.at(p, type, at, "is given twice; give each field once");
      }
      next(at);
      if (!fields.read(name, at)) {
        unknown(type, name, at);
      }
    }
    requireAll(path, type, seen, required);
    return build(path, type, build);
  }

  /** Fails, naming each by its path, when required fields were not given. */
  void requireAll(Path path, Class<?> type, FieldNames seen, List<String> required) {
    List<String> missing = new ArrayList<>();
    for (String name : required) {
      if (!seen.contains(name)) {
        missing.add(path.field(name).toString());
      }
    }
    if (!missing.isEmpty()) {
      throw Problems.at(p, type, String.join(", ", missing),
          missing.size() == 1 ? "is required but missing" : "are required but missing");
    }
  }

  /** Builds a value, turning a failed check or a missing field into an exception at the path. */
  <T> T build(Path path, Class<?> type, Supplier<T> build) {
    try {
      return build.get();
    } catch (DatasetValidationException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw Problems.invalid(p, type, path, e);
    }
  }

  /** Fails on an unknown field, or skips its value, as the caller's configuration says. */
  void unknown(Class<?> type, String name, Path at) {
    if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
      throw Problems.unknown(p, type, at, name);
    }
    skip(at);
  }

  void skip(Path at) {
    try {
      if (token() == JsonToken.VALUE_STRING) {
        p.finishToken(); // so that its bytes are read, and checked, now
      }
      p.skipChildren();
    } catch (StreamReadException e) {
      throw Problems.syntax(p, at, e);
    }
    checkUtf8(at);
  }

  /** Reads every element of an array. */
  void array(Path at, ElementReader elements) {
    if (token() != JsonToken.START_ARRAY) {
      throw Problems.wrongToken(p, Object.class, at, "an array");
    }
    int i = 0;
    while (next(at) != JsonToken.END_ARRAY) {
      elements.read(at.index(i++));
    }
  }

  String string(Path at) {
    if (token() != JsonToken.VALUE_STRING) {
      throw Problems.wrongToken(p, String.class, at, "a string");
    }
    String text;
    try {
      text = p.getString();
    } catch (StreamReadException e) {
      throw Problems.syntax(p, at, e);
    }
    checkUtf8(at);
    return text;
  }

  /** Reads a string and converts it, turning the model's refusal into an exception at the path. */
  <T> T text(Path at, Class<T> type, Function<String, T> convert) {
    String text = string(at);
    try {
      return convert.apply(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw Problems.refused(p, type, at, e);
    }
  }

  boolean bool(Path at) {
    JsonToken token = token();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw Problems.wrongToken(p, Boolean.class, at, "true or false");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  int integer(Path at) {
    if (token() != JsonToken.VALUE_NUMBER_INT) {
      throw Problems.wrongToken(p, Integer.class, at, "a whole number");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw Problems.at(p, Integer.class, at, p.getString() + " is too large");
    }
    return p.getIntValue();
  }

  double number(Path at) {
    JsonToken token = token();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw Problems.wrongToken(p, Double.class, at, "a number");
    }
    return p.getDoubleValue();
  }

  /**
   * Reads an exact decimal from a string or a JSON number, never through a double. A string must
   * be a JSON number in form and no longer than the parser's number limit; the number, written
   * plainly, must have at most {@link #MAX_PLAIN_LENGTH} characters.
   */
  BigDecimal decimal(Path at) {
    BigDecimal value;
    switch (token()) {
      case VALUE_STRING -> {
        String text = string(at);
        int limit = p.streamReadConstraints().getMaxNumberLength();
        if (text.length() > limit) {
          throw Problems.at(p, BigDecimal.class, at,
              "has " + text.length() + " characters, more than the number length limit of "
                  + limit);
        }
        if (!DECIMAL.matcher(text).matches()) {
          throw Problems.at(p, BigDecimal.class, at,
              "'" + text + "' is not a decimal number such as \"5000000000\" or \"0.25\"");
        }
        value = exact(at, () -> new BigDecimal(text));
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = exact(at, p::getDecimalValue);
      default -> throw Problems.wrongToken(p, BigDecimal.class, at,
          "a decimal as a string such as \"5000000000\"");
    }
    long length = plainLength(value);
    if (length > MAX_PLAIN_LENGTH) {
      throw Problems.at(p, BigDecimal.class, at,
          "is too long: written plainly it has " + length + " characters, more than "
              + MAX_PLAIN_LENGTH);
    }
    return value;
  }

  /** Converts a number, refusing one whose exponent is beyond what a decimal can hold. */
  private BigDecimal exact(Path at, Supplier<BigDecimal> convert) {
    try {
      return convert.get();
    } catch (NumberFormatException | ArithmeticException e) {
      throw Problems.at(p, BigDecimal.class, at,
          "is too long: its exponent is beyond what a decimal can hold");
    }
  }

  /**
   * The length of {@code value.stripTrailingZeros().toPlainString()}, counted without writing it,
   * so that a short text such as {@code "1e999999"} costs no megabyte, and without stripping a
   * whole number, whose stripped exponent may lie beyond the range of an {@code int} ({@code
   * "100e2147483647"}).
   */
  static long plainLength(BigDecimal value) {
    if (value.signum() == 0) {
      return 1;
    }
    long sign = value.signum() < 0 ? 1 : 0;
    if (value.scale() <= 0) {
      // A whole number: its zeros are all written, stripped or not.
      return sign + value.precision() - (long) value.scale();
    }
    // A positive scale: stripping lowers it by fewer than the number of digits, without overflow.
    BigDecimal stripped = value.stripTrailingZeros();
    long digits = stripped.precision();
    long scale = stripped.scale();
    if (scale <= 0) {
      return sign + digits - scale;
    }
    return scale >= digits ? sign + 2 + scale : sign + digits + 1;
  }
}
