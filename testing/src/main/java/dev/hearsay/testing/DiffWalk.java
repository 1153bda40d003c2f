package dev.hearsay.testing;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Walks two values side by side, into the fields of the model's values, the elements of lists
 * (by id where the elements have one) and the components of records, and notes each place where
 * they differ, in the order of the JSON form.
 */
final class DiffWalk {
  private final List<Difference> found = new ArrayList<>();

  List<Difference> found() {
    return List.copyOf(found);
  }

  void compare(DiffPath path, Object expected, Object actual) {
    if (expected instanceof Optional<?> e) {
      expected = e.orElse(null);
    }
    if (actual instanceof Optional<?> a) {
      actual = a.orElse(null);
    }
    if (Objects.equals(expected, actual)) {
      return;
    }
    int before = found.size();
    if (expected != null && actual != null) {
      into(path, expected, actual);
    }
    if (found.size() == before) {
      // A leaf, values of different kinds, or a difference in a field the walk does not know.
      found.add(new Difference(path.path(), ValueText.of(expected), ValueText.of(actual)));
    }
  }

  private void into(DiffPath path, Object expected, Object actual) {
    Optional<?> hops = ValueFields.hops(expected);
    if (hops.isPresent() && ValueFields.hops(actual).isPresent()) {
      elements(path, (List<?>) hops.get(), ValueFields.hops(actual).get());
    } else if (expected instanceof List<?> e && actual instanceof List<?> a) {
      elements(path, e, a);
    } else if (expected.getClass() == actual.getClass()
        && expected instanceof Record
        && !ValueText.isId(expected)) {
      components(path, (Record) expected, (Record) actual);
    } else {
      ValueFields.of(expected)
          .filter(f -> ValueFields.of(actual).equals(Optional.of(f)))
          .ifPresent(
              fields ->
                  fields.forEach(
                      field ->
                          compare(
                              path.field(field.name()),
                              field.read().apply(expected),
                              field.read().apply(actual))));
    }
  }

  private void elements(DiffPath path, List<?> expected, List<?> actual) {
    if (!expected.isEmpty() && ValueFields.id(expected.get(0)).isPresent()
        || !actual.isEmpty() && ValueFields.id(actual.get(0)).isPresent()) {
      byId(path, expected, actual);
      return;
    }
    int common = Math.min(expected.size(), actual.size());
    for (int i = 0; i < common; i++) {
      compare(path.at(i), expected.get(i), actual.get(i));
    }
    for (int i = common; i < Math.max(expected.size(), actual.size()); i++) {
      compare(
          path.at(i),
          i < expected.size() ? expected.get(i) : null,
          i < actual.size() ? actual.get(i) : null);
    }
  }

  /** Elements with ids, matched by id; when the same ids come in another order, the order. */
  private void byId(DiffPath path, List<?> expected, List<?> actual) {
    Map<Object, Object> expectedById = byId(expected);
    Map<Object, Object> actualById = byId(actual);
    int before = found.size();
    expectedById.forEach((id, e) -> compare(path.at(id), e, actualById.get(id)));
    actualById.forEach(
        (id, a) -> {
          if (!expectedById.containsKey(id)) {
            compare(path.at(id), null, a);
          }
        });
    if (found.size() == before) {
      found.add(
          new Difference(
              path.path(),
              "the order " + ValueText.of(ids(expectedById)),
              ValueText.of(ids(actualById))));
    }
  }

  private static Map<Object, Object> byId(List<?> values) {
    Map<Object, Object> byId = new LinkedHashMap<>();
    values.forEach(v -> byId.putIfAbsent(ValueFields.id(v).orElse(v), v));
    return byId;
  }

  private static List<Object> ids(Map<Object, Object> byId) {
    return List.copyOf(byId.keySet());
  }

  private void components(DiffPath path, Record expected, Record actual) {
    for (RecordComponent component : expected.getClass().getRecordComponents()) {
      try {
        compare(
            path.field(component.getName()),
            component.getAccessor().invoke(expected),
            component.getAccessor().invoke(actual));
      } catch (ReflectiveOperationException e) {
        return; // not readable from here: the record is then reported whole
      }
    }
  }
}
