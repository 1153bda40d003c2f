package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;

/** A caller's problem handler decides about unknown fields before the readers do. */
class ProblemHandlerTest {
  private static final Dataset KURSK = Samples.kursk();

  /** Notes each unknown field it is offered, and takes those whose name starts with "x-". */
  private static final class Extensions extends DeserializationProblemHandler {
    final List<String> offered = new ArrayList<>();

    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        ValueDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName) {
      offered.add(((Class<?>) beanOrClass).getSimpleName() + "." + propertyName);
      if (!propertyName.startsWith("x-")) {
        return false;
      }
      p.skipChildren();
      return true;
    }
  }

  private static String withExtensions(String unknown) {
    String json = Json.MAPPER.writeValueAsString(KURSK);
    String firstClaim = "\"id\":\"" + KURSK.claims().get(0).id() + "\",";
    assertThat(json).contains(firstClaim).startsWith("{\"schemaVersion\":\"1.1\",");
    return json.replace(firstClaim, firstClaim + "\"" + unknown + "\":{\"a\":[1,2]},")
        .replace("{\"schemaVersion\":\"1.1\",", "{\"schemaVersion\":\"1.1\",\"x-tool\":\"t\",");
  }

  @Test
  void fieldsTheHandlerTakesAreSkippedEvenWhenUnknownFieldsFail() {
    Extensions handler = new Extensions();
    JsonMapper mapper = Json.STRICT.rebuild().addHandler(handler).build();

    Dataset read = mapper.readValue(withExtensions("x-colour"), Dataset.class);

    assertThat(read).isEqualTo(KURSK);
    assertThat(handler.offered).containsExactly("Dataset.x-tool", "Claim.x-colour");
  }

  @Test
  void fieldsTheHandlerDeclinesFailInTheReadersWords() {
    Extensions handler = new Extensions();
    JsonMapper mapper = Json.STRICT.rebuild().addHandler(handler).build();

    InvalidDatasetException e =
        catchThrowableOfType(
            InvalidDatasetException.class,
            () -> mapper.readValue(withExtensions("colour"), Dataset.class));

    assertThat(handler.offered).contains("Claim.colour");
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.where())
                  .isEqualTo("claims[" + KURSK.claims().get(0).id() + "].colour");
              assertThat(problem.message()).isEqualTo("'colour' is not a field of Claim");
            });
  }

  @Test
  void theStreamReaderAsksTheHandlerToo() {
    Extensions handler = new Extensions();
    JsonMapper mapper = Json.STRICT.rebuild().addHandler(handler).build();
    List<Claim> claims = new ArrayList<>();

    try (DatasetStreamReader reader =
        DatasetStreamReader.open(
            mapper,
            new ByteArrayInputStream(
                withExtensions("x-colour").getBytes(StandardCharsets.UTF_8)))) {
      while (reader.hasNextClaim()) {
        claims.add(reader.nextClaim());
      }
      reader.finish();
    }

    assertThat(claims).isEqualTo(KURSK.claims());
    assertThat(handler.offered).containsExactly("Dataset.x-tool", "Claim.x-colour");
  }
}
