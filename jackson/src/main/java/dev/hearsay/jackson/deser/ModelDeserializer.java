package dev.hearsay.jackson.deser;

import java.util.function.BiFunction;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads one model type with its hand-written reader, starting at the top of the path. */
final class ModelDeserializer<T> extends StdDeserializer<T> {
  private final transient BiFunction<Input, Path, T> reader;

  ModelDeserializer(Class<T> type, BiFunction<Input, Path, T> reader) {
    super(type);
    this.reader = reader;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    return reader.apply(new Input(p, ctxt), Path.root());
  }
}
