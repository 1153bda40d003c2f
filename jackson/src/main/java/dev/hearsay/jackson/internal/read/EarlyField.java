package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.DatasetPath;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.util.TokenBuffer;

/**
 * A top-level field that came before the schema version, kept as tokens until the version is
 * known. Its tokens carry no location of their own, so it keeps where its value starts and, for a
 * list, where each element starts; read again, a token reports the start of the element (or of
 * the value) that holds it.
 */
final class EarlyField {
  private final String name;
  private final DatasetPath path;
  private final TokenBuffer tokens;
  private final TokenStreamLocation start;
  private final List<TokenStreamLocation> elementStarts = new ArrayList<>();
  private Located replay;

  private EarlyField(String name, DatasetPath path, TokenBuffer tokens, TokenStreamLocation start) {
    this.name = name;
    this.path = path;
    this.tokens = tokens;
    this.start = start;
  }

  /** Copies the current value, on which the parser stands, element by element for a list. */
  static EarlyField copy(JsonCursor in, String name, DatasetPath path) {
    JsonParser p = in.parser();
    TokenBuffer tokens = in.context().bufferForInputBuffering(p);
    EarlyField field = new EarlyField(name, path, tokens, p.currentTokenLocation());
    if (in.token() != JsonToken.START_ARRAY) {
      copyValue(p, tokens, path);
      in.checkUtf8(path);
      return field;
    }
    tokens.writeStartArray();
    int i = 0;
    while (in.next(path) != JsonToken.END_ARRAY) {
      field.elementStarts.add(p.currentTokenLocation());
      DatasetPath element = path.index(i++);
      copyValue(p, tokens, element);
      in.checkUtf8(element);
    }
    tokens.writeEndArray();
    return field;
  }

  private static void copyValue(JsonParser p, TokenBuffer tokens, DatasetPath at) {
    try {
      tokens.copyCurrentStructure(p);
    } catch (StreamReadException e) {
      throw Problems.syntax(p, at, e);
    } catch (StreamConstraintsException e) {
      throw Problems.limit(p, at, e);
    }
  }

  String name() {
    return name;
  }

  DatasetPath path() {
    return path;
  }

  /** An input over the kept tokens, on the value's first token, with the same context. */
  JsonCursor replay(JsonCursor in) {
    replay = new Located(tokens.asParser(in.context(), in.parser()), start);
    JsonCursor input = in.over(replay);
    input.next(path);
    return input;
  }

  /** Where the element with the given index starts; its tokens report that location from now. */
  TokenStreamLocation elementStart(int index) {
    TokenStreamLocation location = index < elementStarts.size() ? elementStarts.get(index) : start;
    replay.location = location;
    return location;
  }

  /** A parser over kept tokens that reports a location given to it. */
  private static final class Located extends JsonParserDelegate {
    private TokenStreamLocation location;

    Located(JsonParser tokens, TokenStreamLocation location) {
      super(tokens);
      this.location = location;
    }

    @Override
    public TokenStreamLocation currentTokenLocation() {
      return location;
    }

    @Override
    public TokenStreamLocation currentLocation() {
      return location;
    }
  }
}
