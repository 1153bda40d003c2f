package dev.hearsay.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The diff's table of fields knows every field of every value, so that a field added to the
 * model is compared by name, not only as part of its whole value.
 */
class ValueFieldsTest {
  @Test
  void theTableNamesEveryFieldOfEveryValue() {
    for (Class<?> type : ValueFields.types()) {
      List<String> fields =
          Arrays.stream(type.getMethods())
              .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
              .map(Method::getName)
              .toList();

      assertThat(ValueFields.names(type))
          .as("the fields of %s in ValueFields", type.getSimpleName())
          .containsAll(fields);
    }
  }

  @Test
  void everyNameInTheTableIsAnAccessor() throws NoSuchMethodException {
    for (Class<?> type : ValueFields.types()) {
      for (String name : ValueFields.names(type)) {
        assertThat(type.getMethod(name).getParameterCount()).isZero();
      }
    }
  }
}
