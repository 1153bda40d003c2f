package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.CountUnit;
import dev.hearsay.core.model.CurrencyUnit;
import dev.hearsay.core.model.EventStatus;
import dev.hearsay.core.model.Likelihood;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.Violation;
import dev.hearsay.core.model.ViolationCode;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mapper built here, with the module registered here, reads and writes every type in its golden
 * form: registering the module installs a reader and a writer for each type, whatever mappers were
 * built before.
 */
class FreshMapperTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.hearsay.jackson.GoldenTest#goldens")
  void aNewlyBuiltMapperReadsAndWritesTheType(
      String name, Class<?> type, String definition, Object value) {
    JsonMapper mapper = JsonMapper.builder().addModule(new HearsayModule()).build();
    String golden = Json.resource("golden/" + name + ".json");

    assertThat(mapper.readValue(golden, type)).isEqualTo(value);
    assertThat(Json.PLAIN.readTree(mapper.writeValueAsString(value)))
        .isEqualTo(Json.PLAIN.readTree(golden));
  }

  static Stream<Enum<?>> constants() {
    return Stream.of(
            ActorKind.class,
            SourceKind.class,
            Commitment.class,
            Likelihood.class,
            ReportingMode.class,
            EventStatus.class,
            RelationKind.class,
            ViolationCode.class)
        .flatMap(type -> Stream.of(type.getEnumConstants()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constants")
  void everyEnumConstantIsWrittenInLowerSnakeCaseAndReadBack(Enum<?> constant) {
    JsonMapper mapper = JsonMapper.builder().addModule(new HearsayModule()).build();
    String json = mapper.writeValueAsString(constant);

    assertThat(json).isEqualTo("\"" + constant.name().toLowerCase(Locale.ROOT) + "\"");
    assertThat(mapper.readValue(json, constant.getDeclaringClass())).isEqualTo(constant);
  }

  @Test
  void eachKindOfUnitReadsAsItselfAndRefusesTheOther() {
    JsonMapper mapper = JsonMapper.builder().addModule(new HearsayModule()).build();

    assertThat(mapper.readValue("{\"currency\":\"EUR\"}", CurrencyUnit.class))
        .isEqualTo(new CurrencyUnit("EUR"));
    assertThat(mapper.readValue("{\"count\":\"soldiers\"}", CountUnit.class))
        .isEqualTo(new CountUnit("soldiers"));
    assertThat(
            catchThrowableOfType(
                    MismatchedInputException.class,
                    () -> mapper.readValue("{\"count\":\"soldiers\"}", CurrencyUnit.class))
                .getMessage())
        .contains("expected a currency unit");
    assertThat(
            catchThrowableOfType(
                    MismatchedInputException.class,
                    () -> mapper.readValue("{\"currency\":\"EUR\"}", CountUnit.class))
                .getMessage())
        .contains("expected a count unit");
  }

  @Test
  void aViolationNamesEveryMissingField() {
    JsonMapper mapper = JsonMapper.builder().addModule(new HearsayModule()).build();

    assertThat(
            mapper.readValue(
                "{\"path\":\"actors[1].id\",\"code\":\"duplicate_id\",\"message\":\"m\"}",
                Violation.class))
        .isEqualTo(new Violation("actors[1].id", ViolationCode.DUPLICATE_ID, "m"));
    assertThat(
            catchThrowableOfType(
                    MismatchedInputException.class,
                    () -> mapper.readValue("{\"code\":\"duplicate_id\"}", Violation.class))
                .getMessage())
        .contains("path, message");
  }
}
