package dev.hearsay.jackson.internal.write;

import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes one model type with its hand-written writer. */
final class ModelSerializer<T> extends StdSerializer<T> {
  private final transient BiConsumer<JsonGenerator, T> writer;

  ModelSerializer(Class<T> type, BiConsumer<JsonGenerator, T> writer) {
    super(type);
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
    writer.accept(g, value);
  }
}
