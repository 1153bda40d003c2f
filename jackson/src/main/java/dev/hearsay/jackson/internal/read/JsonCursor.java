package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.jackson.HearsayModule;
import dev.hearsay.jackson.Problem;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A parser and its context, with the few moves every reader makes: step through an object's
 * fields or an array's elements, read a scalar of the expected JSON type, and turn every failure
 * into a Jackson exception that names the path.
 *
 * <p>An input that notes problems ({@link #noting()}), as a dataset's readers use, reads on past a
 * value with a problem: it notes the problem in its {@link ProblemLog}, skips the rest of the
 * value, reads the fields and elements after it, and leaves out each value that holds it ({@link
 * LeftOut}), up to the element of the dataset's list. Otherwise the first problem is thrown.
 */
final class JsonCursor {
  private final JsonParser p;
  private final DeserializationContext ctxt;

  /** The bytes the parser reads, checked for UTF-8, or null when they are not checked. */
  private final Utf8CheckedStream utf8;

  /** The problems noted so far, or null when the first problem is thrown. */
  private final ProblemLog log;

  /** Made when first asked for, so that reading a single scalar value makes none. */
  private Interner shared;

  /** The id of the element of a dataset's list being read, once its reader has read it. */
  private String elementId;

  /** Whether the element's id was read by the field just read, and the path must name it. */
  private boolean idRead;

  /**
   * The names of the fields read so far in the object being read at each depth: one set per
   * depth, emptied for each object, since the objects at one depth are read one after another.
   */
  private FieldNames[] namesByDepth = new FieldNames[8];

  /** How many objects are being read through {@link #object}, one inside the other. */
  private int objectDepth;

  JsonCursor(JsonParser p, DeserializationContext ctxt) {
    this(
        p,
        ctxt,
        null,
        p.streamReadInputSource() instanceof Utf8CheckedStream checked ? checked : null,
        null);
  }

  private JsonCursor(
      JsonParser p,
      DeserializationContext ctxt,
      Interner shared,
      Utf8CheckedStream utf8,
      ProblemLog log) {
    this.p = p;
    this.ctxt = ctxt;
    this.shared = shared;
    this.utf8 = utf8;
    this.log = log;
  }

  /**
   * An input over another parser, with the same context, shared values and problems. Its bytes
   * are not checked: the other parser replays tokens that this one read and checked.
   */
  JsonCursor over(JsonParser other) {
    return new JsonCursor(other, ctxt, shared(), null, log);
  }

  /**
   * An input over the same parser that notes problems and reads on, keeping as many as the
   * context's limit says ({@link #maxProblems()}).
   */
  JsonCursor noting() {
    return new JsonCursor(p, ctxt, shared, utf8, new ProblemLog(maxProblems()));
  }

  /** The problems noted, or null when this input throws the first problem. */
  ProblemLog log() {
    return log;
  }

  /** The values this read shares among the values it builds. */
  Interner shared() {
    if (shared == null) {
      shared = new Interner();
    }
    return shared;
  }

  /**
   * Notes the id of the element of a dataset's list being read: the paths of its fields read
   * after it, and of its problems, name the element by its id ({@code claims[c-trucks]}) rather
   * than its position.
   */
  void identify(String id) {
    elementId = id;
    idRead = true;
  }

  /** The id read for the element of a dataset's list last read, or null when none was read. */
  String elementId() {
    return elementId;
  }

  /** Forgets the id of the last element, before the next element of a dataset's list is read. */
  void startElement() {
    elementId = null;
    idRead = false;
  }

  JsonParser parser() {
    return p;
  }

  DeserializationContext context() {
    return ctxt;
  }

  JsonToken token() {
    return p.currentToken();
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
      throw new IllegalArgumentException(
          HearsayModule.MAX_PROBLEMS
              + ": must be an Integer of at least 1, so that a problem is always shown; was "
              + value);
    }
    return max;
  }

  /** Moves to the next token; broken JSON, a read limit or bytes that are not UTF-8 name the path. */
  JsonToken next(DatasetPath at) {
    JsonToken token;
    try {
      token = p.nextToken();
    } catch (StreamReadException e) {
      throw Problems.syntax(p, at, e);
    } catch (StreamConstraintsException e) {
      throw Problems.limit(p, at, e);
    }
    checkUtf8(at);
    return token;
  }

  /**
   * Refuses the bytes the parser has read so far when they are not UTF-8, naming the path and the
   * line and column of the first byte that is not. Bytes are checked when the parser's input is a
   * {@link Utf8CheckedStream}.
   */
  void checkUtf8(DatasetPath at) {
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
    boolean read(String name, DatasetPath at);
  }

  /** Reads one element of an array, with the parser on its first token. */
  @FunctionalInterface
  interface ElementReader {
    void read(DatasetPath at);
  }

  /** Told of each element of a dataset's list that was left out because of its problems. */
  @FunctionalInterface
  interface LeftOutElement {
    void leftOut(int index, DatasetPath at);
  }

  /**
   * Reads an object field by field, checks that the required fields were given, then builds the
   * value, turning a failed check into an exception at the path. A field given twice is refused;
   * an unknown field fails or is skipped as the caller's {@link
   * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} says.
   */
  <T> T object(
      DatasetPath path,
      Class<?> type,
      List<String> required,
      FieldReader fields,
      Supplier<T> build) {
    if (token() != JsonToken.START_OBJECT) {
      throw Problems.wrongToken(p, type, path, "an object");
    }
    FieldNames seen = names();
    try {
      return fields(path, type, seen, required, fields, build);
    } finally {
      objectDepth--;
    }
  }

  /**
   * The set of names for an object whose reading starts, emptied: the set of its depth among the
   * objects being read.
   */
  private FieldNames names() {
    int depth = objectDepth++;
    if (depth == namesByDepth.length) {
      namesByDepth = Arrays.copyOf(namesByDepth, depth * 2);
    }
    FieldNames names = namesByDepth[depth];
    if (names == null) {
      names = new FieldNames();
      namesByDepth[depth] = names;
    } else {
      names.clear();
    }
    return names;
  }

  /**
   * Reads the remaining fields of an object, of which those in {@code seen} were read already,
   * checks that the required fields were given, then builds the value. While noting problems, a
   * field whose value has one is skipped and the rest are read; the object is then left out.
   */
  <T> T fields(
      DatasetPath path,
      Class<?> type,
      FieldNames seen,
      List<String> required,
      FieldReader fields,
      Supplier<T> build) {
    boolean failed = false;
    DatasetPath here = path;
    while (next(here = identified(here)) == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      DatasetPath at = FieldPaths.field(here, name);
      TokenStreamContext object = p.streamReadContext();
      if (!onNewField(seen, type, name, at)) {
        continue;
      }
      if (log == null) {
        if (!fields.read(name, at)) {
          unknown(type, name, at);
        }
        continue;
      }
      try {
        if (!fields.read(name, at)) {
          unknown(type, name, at);
        }
      } catch (Refusal e) {
        log.add(e);
        recover(object, at);
        failed = true;
      } catch (LeftOut e) {
        recover(object, at);
        failed = true;
      }
    }
    if (failed) {
      MismatchedInputException missing = missing(here, type, seen, required);
      if (missing != null) {
        log.add((Refusal) missing);
      }
      throw LeftOut.VALUE;
    }
    requireAll(here, type, seen, required);
    return build(here, type, build);
  }

  /**
   * Moves from a field's name onto its value when the object has not given the field before. A
   * field given twice is refused (thrown, or noted while noting problems) and its value skipped:
   * the one check of every object of the form, the dataset's own fields included.
   *
   * @param seen the names of the object's fields read so far, to which the name is added
   * @return whether the field is new, with the parser on its value; false once it is skipped
   */
  boolean onNewField(FieldNames seen, Class<?> type, String name, DatasetPath at) {
    if (!seen.add(name)) {
      refuse(Problems.at(p, type, at, "is given twice; give each field once"));
      next(at);
      skip(at);
      return false;
    }
    next(at);
    return true;
  }

  /**
   * The path of the value being read: once the field just read was the id of an element of a
   * list, the element named by its id rather than its position.
   */
  private DatasetPath identified(DatasetPath here) {
    if (!idRead) {
      return here;
    }
    idRead = false;
    return here.lastIndex() >= 0 ? here.parent().id(elementId) : here;
  }

  /** Throws a refusal, or notes it and reads on while noting problems. */
  private void refuse(MismatchedInputException refusal) {
    if (log == null) {
      throw refusal;
    }
    log.add((Refusal) refusal);
  }

  /**
   * Skips what is left of a value whose reader stopped at a problem: up to the last token of the
   * value, a child of {@code parent}, the object or array that holds it.
   */
  void recover(TokenStreamContext parent, DatasetPath at) {
    while (p.streamReadContext() != parent) {
      JsonToken token = token();
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        skip(at);
      } else if (next(at) == null) {
        return;
      }
    }
  }

  /** Fails, naming each by its path, when required fields were not given. */
  void requireAll(DatasetPath path, Class<?> type, FieldNames seen, List<String> required) {
    MismatchedInputException missing = missing(path, type, seen, required);
    if (missing != null) {
      throw missing;
    }
  }

  private MismatchedInputException missing(
      DatasetPath path, Class<?> type, FieldNames seen, List<String> required) {
    List<DatasetPath> missing = null;
    for (int i = 0, n = required.size(); i < n; i++) {
      String name = required.get(i);
      if (!seen.contains(name)) {
        if (missing == null) {
          missing = new ArrayList<>();
        }
        missing.add(path.field(name));
      }
    }
    if (missing == null) {
      return null;
    }
    return Problems.missing(
        p,
        type,
        missing,
        missing.size() == 1 ? "is required but missing" : "are required but missing");
  }

  /** Builds a value, turning a failed check or a missing field into an exception at the path. */
  <T> T build(DatasetPath path, Class<?> type, Supplier<T> build) {
    try {
      return build.get();
    } catch (dev.hearsay.core.model.DatasetValidationException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw Problems.invalid(p, type, path, e);
    }
  }

  /**
   * Fails on an unknown field, or notes it while noting problems, or skips its value, as the
   * caller's configuration says: its problem handlers first ({@link
   * tools.jackson.databind.deser.DeserializationProblemHandler}, through the context), then {@link
   * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}. A value with an unknown field is not left
   * out: the field is skipped, so that what else the value holds is checked.
   */
  void unknown(Class<?> type, String name, DatasetPath at) {
    boolean fail = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    if ((!fail || ctxt.getConfig().getProblemHandlers() != null) && handled(type, name, at)) {
      return;
    }
    if (fail) {
      if (log == null) {
        throw Problems.unknown(p, type, at, name);
      }
      if (log.keepsMore()) {
        TokenStreamLocation where = p.currentTokenLocation();
        log.add(
            new Problem(
                at,
                Problems.where(at, type),
                where.getLineNr(),
                where.getColumnNr(),
                Problems.unknownStatement(type, name),
                null,
                Problems.unknownDetail(type, name)),
            where);
      } else {
        log.count();
      }
    }
    skip(at);
  }

  /**
   * Whether the context took the unknown field: a problem handler of the caller's read or skipped
   * its value, or the configuration lets it be skipped. A string's bytes are read first, so that
   * they are checked whoever skips it.
   */
  private boolean handled(Class<?> type, String name, DatasetPath at) {
    boolean handled;
    try {
      if (token() == JsonToken.VALUE_STRING) {
        p.finishToken();
      }
      handled = ctxt.handleUnknownProperty(p, null, type, name);
    } catch (UnrecognizedPropertyException e) {
      return false; // no handler took it, and it fails: said below in this reader's words
    } catch (StreamReadException e) {
      throw Problems.syntax(p, at, e);
    } catch (StreamConstraintsException e) {
      throw Problems.limit(p, at, e);
    }
    checkUtf8(at);
    return handled;
  }

  void skip(DatasetPath at) {
    try {
      if (token() == JsonToken.VALUE_STRING) {
        p.finishToken(); // so that its bytes are read, and checked, now
      }
      p.skipChildren();
    } catch (StreamReadException e) {
      throw Problems.syntax(p, at, e);
    } catch (StreamConstraintsException e) {
      throw Problems.limit(p, at, e);
    }
    checkUtf8(at);
  }

  /** Reads every element of an array; while noting problems, the array is left out after all. */
  void array(DatasetPath at, ElementReader elements) {
    if (!readElements(at, elements, null)) {
      throw LeftOut.VALUE;
    }
  }

  /**
   * Reads every element of one of the dataset's lists. While noting problems, an element with a
   * problem is left out, {@code leftOut} is told, and the next element is read.
   */
  void elements(DatasetPath at, ElementReader elements, LeftOutElement leftOut) {
    readElements(at, elements, leftOut);
  }

  /** Reads an array's elements; returns false when an element was left out. */
  private boolean readElements(DatasetPath at, ElementReader elements, LeftOutElement leftOut) {
    if (token() != JsonToken.START_ARRAY) {
      throw Problems.wrongToken(p, Object.class, at, "an array");
    }
    TokenStreamContext array = p.streamReadContext();
    boolean whole = true;
    int i = 0;
    while (next(at) != JsonToken.END_ARRAY) {
      DatasetPath element = at.index(i);
      if (leftOut != null) {
        startElement();
      }
      if (!readElement(array, element, elements)) {
        whole = false;
        if (leftOut != null) {
          leftOut.leftOut(i, element);
        }
      }
      i++;
    }
    return whole;
  }

  /** Reads one element; returns false when it was left out because of a problem noted. */
  private boolean readElement(
      TokenStreamContext array, DatasetPath element, ElementReader elements) {
    if (log == null) {
      elements.read(element);
      return true;
    }
    try {
      elements.read(element);
      return true;
    } catch (Refusal e) {
      log.add(e);
    } catch (LeftOut e) {
      // its problems are noted
    }
    recover(array, element);
    return false;
  }

  String string(DatasetPath at) {
    if (token() != JsonToken.VALUE_STRING) {
      throw Problems.wrongToken(p, String.class, at, "a string");
    }
    String text;
    try {
      text = p.getString();
    } catch (StreamReadException e) {
      throw Problems.syntax(p, at, e);
    } catch (StreamConstraintsException e) {
      throw Problems.limit(p, at, e);
    }
    checkUtf8(at);
    return text;
  }

  /**
   * Reads a string and finds the value of that text among the values this read shares, without
   * making a string when the text was seen before; the first time, converts it as {@link #text}
   * does and keeps the value.
   */
  <T> T shared(DatasetPath at, Class<T> type, SharedValues<T> kind) {
    int length = stringCharacters(at);
    if (length >= 0 && length <= kind.longest()) {
      T value = kind.find(chars, charsStart, length);
      if (value != null) {
        return value;
      }
    }
    String text = string(at);
    try {
      return kind.make(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw Problems.refused(p, type, at, e);
    }
  }

  /** Reads a string, the instance this read shares when the text is short. */
  String sharedText(DatasetPath at) {
    return shared(at, String.class, shared().texts);
  }

  /**
   * Reads a free text (a proposition, a quote, a note, a name), the instance of an equal text read
   * lately when there is one ({@link Interner#freeTexts}).
   */
  String recentText(DatasetPath at) {
    return shared().freeTexts.of(string(at));
  }

  /**
   * The index of the current string among the given texts, compared in the parser's characters
   * without making a string, or -1 when it is none of them.
   */
  int choice(DatasetPath at, String[] texts) {
    int length = stringCharacters(at);
    if (length < 0) {
      return -1;
    }
    for (int i = 0; i < texts.length; i++) {
      String text = texts[i];
      if (Chars.same(text, chars, charsStart, length)) {
        return i;
      }
    }
    return -1;
  }

  /** The parser's characters of the string read last by {@link #stringCharacters}. */
  private char[] chars;

  private int charsStart;

  /**
   * Reads the current string into the parser's characters ({@link #chars} from {@link
   * #charsStart}), checking its token and its bytes as {@link #string} does.
   *
   * @return its length, or -1 when it is longer than the parser's limit on strings
   */
  private int stringCharacters(DatasetPath at) {
    if (token() != JsonToken.VALUE_STRING) {
      throw Problems.wrongToken(p, String.class, at, "a string");
    }
    int length;
    try {
      chars = p.getStringCharacters();
      charsStart = p.getStringOffset();
      length = p.getStringLength();
    } catch (StreamReadException e) {
      throw Problems.syntax(p, at, e);
    } catch (StreamConstraintsException e) {
      throw Problems.limit(p, at, e);
    }
    checkUtf8(at);
    return length > p.streamReadConstraints().getMaxStringLength() ? -1 : length;
  }

  /** Reads a string and converts it, turning the model's refusal into an exception at the path. */
  <T> T text(DatasetPath at, Class<T> type, Function<String, T> convert) {
    String text = string(at);
    try {
      return convert.apply(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw Problems.refused(p, type, at, e);
    }
  }

  boolean bool(DatasetPath at) {
    JsonToken token = token();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw Problems.wrongToken(p, Boolean.class, at, "true or false");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  int integer(DatasetPath at) {
    if (token() != JsonToken.VALUE_NUMBER_INT) {
      throw Problems.wrongToken(p, Integer.class, at, "a whole number");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw Problems.at(p, Integer.class, at, p.getString() + " is too large");
    }
    return p.getIntValue();
  }

  double number(DatasetPath at) {
    JsonToken token = token();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw Problems.wrongToken(p, Double.class, at, "a number");
    }
    return p.getDoubleValue();
  }
}
