package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.jackson.CorpusProblem;
import dev.hearsay.jackson.InvalidCorpusException;
import dev.hearsay.jackson.Problem;
import java.util.List;
import java.util.function.BiFunction;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/** Reads one model type with its hand-written reader, starting at the top of the path. */
final class ModelDeserializer<T> extends StdDeserializer<T> {
  private final transient BiFunction<JsonCursor, DatasetPath, T> reader;
  private final String expected;

  /**
   * @param expected what the value is, as a refusal of a whole document that is JSON {@code null}
   *     says it: "a dataset object"
   */
  ModelDeserializer(Class<T> type, BiFunction<JsonCursor, DatasetPath, T> reader, String expected) {
    super(type);
    this.reader = reader;
    this.expected = expected;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    return reader.apply(new JsonCursor(p, ctxt), DatasetPath.root());
  }

  /**
   * Refuses a document that is nothing but {@code null}, which Jackson would otherwise hand back
   * as a null value. A {@code null} inside a caller's own type (a field of theirs that holds a
   * Hearsay value) stays null, as the caller's type decides.
   */
  @Override
  public Object getNullValue(DeserializationContext ctxt) {
    JsonParser p = ctxt.getParser();
    if (p != null && p.streamReadContext().inRoot()) {
      MismatchedInputException refusal =
          Problems.wrongToken(p, handledType(), DatasetPath.root(), expected);
      if (handledType() == Dataset.class || handledType() == Links.class) {
        ProblemLog log = new ProblemLog(1);
        log.add((Refusal) refusal);
        throw handledType() == Dataset.class ? log.exception(p) : log.linksException(p);
      }
      if (handledType() == Corpus.class) {
        Refusal refused = (Refusal) refusal;
        TokenStreamLocation at = refused.getLocation();
        throw new InvalidCorpusException(
            List.of(
                new CorpusProblem(
                    "corpus",
                    new Problem(
                        refused.where(),
                        at == null ? -1 : at.getLineNr(),
                        at == null ? -1 : at.getColumnNr(),
                        refused.statement(),
                        null,
                        null))),
            1);
      }
      throw refusal;
    }
    return null;
  }
}
