package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.corpus.Identity;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Credibility;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.EventStatus;
import dev.hearsay.core.model.Likelihood;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.Reliability;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.ViolationCode;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The module's registration, version and schema, and the one spelling of every enum. */
class ModuleTest {
  @Test
  void isFoundByFindAndAddModules() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    assertThat(mapper.registeredModules())
        .anySatisfy(m -> assertThat(m).isInstanceOf(HearsayModule.class));
    Dataset kursk = Samples.kursk();
    assertThat(mapper.readValue(mapper.writeValueAsString(kursk), Dataset.class)).isEqualTo(kursk);
  }

  @Test
  void reportsTheBuildVersion() {
    HearsayModule module = new HearsayModule();

    assertThat(module.version().isUnknownVersion()).isFalse();
    assertThat(module.version().getGroupId()).isEqualTo("dev.hearsay");
    assertThat(module.version().getArtifactId()).isEqualTo("hearsay-jackson");
    assertThat(module.getModuleName()).isEqualTo("hearsay");
  }

  @Test
  void shipsItsSchema() throws Exception {
    try (InputStream in = HearsayModule.openJsonSchema()) {
      JsonNode schema = Json.PLAIN.readTree(in);

      assertThat(schema.get("$schema").asString())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(schema.get("$defs").get("Dataset")).isNotNull();
    }
    assertThat(HearsayModule.class.getResource(HearsayModule.JSON_SCHEMA_RESOURCE)).isNotNull();
  }

  @Test
  void theModulesCarryTheLicence() throws Exception {
    byte[] licence = Files.readAllBytes(Path.of("..", "LICENSE"));
    for (Class<?> type : List.of(HearsayModule.class, Dataset.class)) {
      URL location = type.getProtectionDomain().getCodeSource().getLocation();
      try (URLClassLoader jar = new URLClassLoader(new URL[] {location}, null);
          InputStream in = jar.getResourceAsStream("META-INF/LICENSE")) {
        assertThat(in).as("META-INF/LICENSE in %s", location).isNotNull();
        assertThat(in.readAllBytes()).as("META-INF/LICENSE in %s", location).isEqualTo(licence);
      }
    }
  }

  static Stream<Enum<?>> constants() {
    return Stream.of(
            ActorKind.values(),
            SourceKind.values(),
            ReportingMode.values(),
            Commitment.values(),
            Likelihood.values(),
            EventStatus.values(),
            RelationKind.values(),
            ViolationCode.values(),
            Reliability.values(),
            Credibility.values(),
            Identity.values())
        .flatMap(Stream::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constants")
  void everyEnumConstantHasOneSpellingThatTheSchemaKnows(Enum<?> constant) {
    String json = Json.MAPPER.writeValueAsString(constant);
    String expected;
    if (constant instanceof Reliability r) {
      expected = "\"" + r.grade() + "\"";
    } else if (constant instanceof Credibility c) {
      expected = Integer.toString(c.grade());
    } else {
      expected = "\"" + constant.name().toLowerCase(Locale.ROOT) + "\"";
    }

    assertThat(json).isEqualTo(expected);
    assertThat(Json.MAPPER.readValue(json, constant.getDeclaringClass())).isEqualTo(constant);
    assertThat(Json.schemaErrors(json, constant.getDeclaringClass().getSimpleName())).isEmpty();
  }
}
