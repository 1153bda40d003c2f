package dev.hearsay.jackson.internal.write;

import dev.hearsay.jackson.internal.EnumSpelling;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;

/**
 * The field-writing habits of the JSON form: empty optionals and empty lists are left out, flags
 * that default to false are written only when true, decimals are strings in plain notation, enums
 * are lower snake case.
 */
final class Fields {
  private Fields() {}

  static void text(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  static void flag(JsonGenerator g, String name, boolean value) {
    if (value) {
      g.writeBooleanProperty(name, true);
    }
  }

  static void texts(JsonGenerator g, String name, List<?> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (Object value : values) {
      g.writeString(value.toString());
    }
    g.writeEndArray();
  }

  static <T> void list(
      JsonGenerator g, String name, List<T> values, BiConsumer<JsonGenerator, T> writer) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (T value : values) {
      writer.accept(g, value);
    }
    g.writeEndArray();
  }

  static <T> void optional(
      JsonGenerator g, String name, Optional<T> value, BiConsumer<JsonGenerator, T> writer) {
    if (value.isPresent()) {
      g.writeName(name);
      writer.accept(g, value.get());
    }
  }

  static <T> void value(
      JsonGenerator g, String name, T value, BiConsumer<JsonGenerator, T> writer) {
    g.writeName(name);
    writer.accept(g, value);
  }

  static void enumField(JsonGenerator g, String name, Enum<?> value) {
    g.writeStringProperty(name, EnumSpelling.of(value));
  }

  static void decimal(JsonGenerator g, BigDecimal value) {
    g.writeString(value.toPlainString());
  }

  static void enumValue(JsonGenerator g, Enum<?> value) {
    g.writeString(EnumSpelling.of(value));
  }
}
