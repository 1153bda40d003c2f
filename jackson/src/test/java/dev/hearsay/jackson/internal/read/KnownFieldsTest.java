package dev.hearsay.jackson.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Affiliation;
import dev.hearsay.core.model.Bound;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Coordinates;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Quote;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.model.Unit;
import dev.hearsay.core.model.Violation;
import dev.hearsay.jackson.HearsayModule;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The names that suggestions are made from are exactly the fields each reader takes: every name
 * listed is taken, and a name that is not listed is not.
 */
class KnownFieldsTest {
  private static final JsonMapper STRICT =
      JsonMapper.builder()
          .addModule(new HearsayModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private static final List<Class<?>> OBJECTS =
      List.of(
          Dataset.class,
          DatasetMetadata.class,
          Actor.class,
          Place.class,
          Source.class,
          Claim.class,
          Event.class,
          Relation.class,
          Affiliation.class,
          Coordinates.class,
          Quote.class,
          Quantity.class,
          Bound.class,
          Unit.class,
          TimeMention.class,
          Hop.class,
          Violation.class);

  /** The message of reading a one-field object as the type, which must fail somehow. */
  private static String refusal(Class<?> type, String name) {
    String json =
        type == Dataset.class && !name.equals("schemaVersion")
            ? "{\"schemaVersion\": \"1.1\", \"" + name + "\": 12345}"
            : "{\"" + name + "\": 12345}";
    Throwable thrown = catchThrowable(() -> STRICT.readValue(json, type));
    assertThat(thrown).as("%s.%s", type.getSimpleName(), name).isNotNull();
    return thrown.getMessage();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void everyNameListedIsAFieldAndNoOther(int which) {
    Class<?> type = OBJECTS.get(which);
    List<String> names = KnownFields.of(type);
    assertThat(names).as(type.getSimpleName()).isNotEmpty().doesNotHaveDuplicates();

    for (String name : names) {
      assertThat(refusal(type, name))
          .as("%s.%s", type.getSimpleName(), name)
          .doesNotContain("is not a field of");
    }
    assertThat(refusal(type, "notAField")).contains("'notAField' is not a field of");
  }
}
