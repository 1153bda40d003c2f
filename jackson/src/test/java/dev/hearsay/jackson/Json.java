package dev.hearsay.jackson;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The mappers, printer and schema the tests share. */
final class Json {
  /** A mapper with the module and Jackson's defaults otherwise. */
  static final JsonMapper MAPPER = JsonMapper.builder().addModule(new HearsayModule()).build();

  /** As {@link #MAPPER}, failing on unknown fields. */
  static final JsonMapper STRICT =
      MAPPER.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /** Jackson with no module, to look at JSON as a tree. */
  static final JsonMapper PLAIN = JsonMapper.builder().build();

  /** The golden files' layout: two spaces, one value per line, "name": value. */
  static final ObjectWriter PRETTY =
      MAPPER
          .writer()
          .with(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private static final JsonNode SCHEMA = loadSchema();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private Json() {}

  static String pretty(Object value) {
    return PRETTY.writeValueAsString(value) + "\n";
  }

  static String resource(String name) {
    try (InputStream in = Json.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The schema's complaints about a JSON text, checked against one definition of the shipped
   * schema ({@code Dataset}, {@code Claim}, ...).
   */
  static List<Error> schemaErrors(String json, String definition) {
    Schema schema =
        SCHEMAS.computeIfAbsent(
            definition,
            d -> {
              ObjectNode node = (ObjectNode) SCHEMA.deepCopy();
              node.put("$id", "https://hearsay.dev/schema/test/" + d + ".json");
              node.put("$ref", "#/$defs/" + d);
              return REGISTRY.getSchema(node);
            });
    return schema.validate(PLAIN.readTree(json));
  }

  private static ObjectNode loadSchema() {
    try (InputStream in = HearsayModule.openJsonSchema()) {
      return (ObjectNode) PLAIN.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
