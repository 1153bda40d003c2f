package dev.hearsay.core.model;

import static dev.hearsay.core.model.Fixtures.claimBuilder;
import static dev.hearsay.core.model.Fixtures.hop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A null fails as every other check does: a {@link ValueCheckException} that names the value's
 * field, whether it is given to a builder, to a copy method or to a short form.
 */
class NullsAndMissingFieldsTest {
  private static Dataset rich;

  @BeforeAll
  static void buildRichDataset() {
    rich = EveryKindOfValueTest.kursk().build();
  }

  /** An empty builder of every value type with a field that is not a list. */
  static Stream<Arguments> builders() {
    return Stream.of(
        builder(Actor.class, Actor.Builder::new),
        builder(Affiliation.class, Affiliation.Builder::new),
        builder(Claim.class, Claim.Builder::new),
        builder(DatasetMetadata.class, DatasetMetadata.Builder::new),
        builder(Dataset.class, Dataset.Builder::new),
        builder(Event.class, Event.Builder::new),
        builder(Hop.class, Hop.Builder::new),
        builder(Place.class, Place.Builder::new),
        builder(Quantity.class, Quantity.Builder::new),
        builder(Quote.class, Quote.Builder::new),
        builder(Relation.class, Relation.Builder::new),
        builder(Source.class, Source.Builder::new),
        builder(TimeMention.class, TimeMention.Builder::new));
  }

  private static Arguments builder(Class<?> type, Supplier<?> builder) {
    return argumentSet(type.getSimpleName(), type, builder);
  }

  /** A value of every type with a field that is not a list, from a rich dataset. */
  static Stream<Arguments> values() {
    Claim claim =
        rich.claims().stream()
            .filter(c -> c.quote().isPresent() && !c.quantities().isEmpty())
            .findFirst()
            .orElseThrow();
    Actor affiliated =
        rich.actors().stream().filter(a -> !a.affiliations().isEmpty()).findFirst().orElseThrow();
    TimeMention time =
        rich.claims().stream().flatMap(c -> c.time().stream()).findFirst().orElseThrow();
    return Stream.of(
            rich,
            rich.metadata(),
            affiliated,
            affiliated.affiliations().get(0),
            rich.places().get(0),
            rich.sources().get(0),
            claim,
            claim.quote().orElseThrow(),
            claim.quantities().get(0),
            claim.attribution().get(0).origin(),
            time,
            rich.events().get(0),
            rich.relations().get(0))
        .map(value -> argumentSet(valueType(value).getSimpleName(), value));
  }

  @ParameterizedTest
  @MethodSource("builders")
  void everySetterRefusesANullByItsField(Class<?> type, Supplier<?> builder) {
    List<Method> setters = oneValueMethods(builder.get().getClass(), attributes(type));

    assertThat(setters).isNotEmpty();
    for (Method setter : setters) {
      assertRefusedAsNull(
          () -> invokeWithNull(setter, builder.get()),
          type.getSimpleName() + "." + setter.getName(),
          setter);
    }
  }

  @ParameterizedTest
  @MethodSource("values")
  void everyCopyMethodRefusesANullByItsField(Object value) {
    Class<?> type = valueType(value);
    Set<String> withers =
        attributes(type).stream().map(a -> "with" + capitalized(a)).collect(Collectors.toSet());
    List<Method> copies = oneValueMethods(value.getClass(), withers);

    assertThat(copies).isNotEmpty();
    for (Method copy : copies) {
      String attribute = copy.getName().substring(4, 5).toLowerCase() + copy.getName().substring(5);
      assertRefusedAsNull(
          () -> invokeWithNull(copy, value), type.getSimpleName() + "." + attribute, copy);
    }
  }

  @Test
  void aNullInAListIsRefusedByTheListsField() {
    assertRefusedAsNullElement(() -> claimBuilder("c").addNotes("fine", null), "Claim.notes");
    assertRefusedAsNullElement(
        () -> claimBuilder("c").addAttribution((Chain) null), "Claim.attribution");
    assertRefusedAsNullElement(() -> Chain.of(hop("a"), null), "Chain.hops");
    assertRefusedAsNullElement(
        () -> Fixtures.actorBuilder("a").addAliases((String) null), "Actor.aliases");
    assertRefusedAsNullElement(
        () -> Fixtures.dataset().addAllClaims(Arrays.asList((Claim) null)), "Dataset.claims");
  }

  @Test
  void theShortFormsRefuseANullByTheFieldTheySet() {
    assertRefusedAsNull(
        () -> Hop.of((Actor) null, ReportingMode.IMPLIED, Commitment.CERTAIN),
        "Hop.actor",
        "Hop.of");
    assertRefusedAsNull(() -> new Hop.Builder().source((String) null), "Hop.source", "source");
    assertRefusedAsNull(() -> hop("a").withActor((Actor) null), "Hop.actor", "withActor");
    assertRefusedAsNull(() -> Claim.of(null, "P.", Chain.of(hop("a"))), "Claim.id", "Claim.of");
    assertRefusedAsNull(() -> Actor.of("a", null, ActorKind.PERSON), "Actor.name", "Actor.of");
    assertRefusedAsNull(
        () -> Relation.of((Claim) null, RelationKind.SUPPORTS, null),
        "Relation.from",
        "Relation.of");
    assertRefusedAsNull(() -> DatasetMetadata.of(null), "DatasetMetadata.title", "of");
    assertRefusedAsNull(() -> TimeMention.of((String) null), "TimeMention.value", "of");
  }

  @Test
  void idsAndTheSmallValuesRefuseANullByName() {
    assertRefusedAsNull(() -> ActorId.of(null), "ActorId", "ActorId.of");
    assertRefusedAsNull(() -> Bound.inclusive(null), "Bound.value", "Bound.inclusive");
    assertRefusedAsNull(() -> Unit.currency(null), "CurrencyUnit.code", "Unit.currency");
    assertRefusedAsNull(() -> Unit.count(null), "CountUnit.thing", "Unit.count");
  }

  private static void assertRefusedAsNull(ThrowingCallable call, String field, Object what) {
    assertThatThrownBy(call)
        .as("%s", what)
        .isInstanceOfSatisfying(
            ValueCheckException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo("must not be null");
            });
  }

  private static void assertRefusedAsNullElement(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .as(field)
        .isInstanceOf(ValueCheckException.class)
        .hasMessage(field + ": must not contain null");
  }

  /** The value type that the value implements: Hop for an ImmutableHop. */
  private static Class<?> valueType(Object value) {
    Class<?> type = value.getClass();
    while (!Modifier.isAbstract(type.getModifiers())) {
      type = type.getSuperclass();
    }
    return type;
  }

  /** The names of the type's fields: its public accessors without parameters. */
  private static Set<String> attributes(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(
            m ->
                Modifier.isPublic(m.getModifiers())
                    && !Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == 0)
        .map(Method::getName)
        .collect(Collectors.toSet());
  }

  /** Public methods with the given names that take one value: not a list, an array or Optional. */
  private static List<Method> oneValueMethods(Class<?> type, Set<String> names) {
    List<Method> methods = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 1 && names.contains(m.getName())) {
        Class<?> parameter = m.getParameterTypes()[0];
        if (!parameter.isPrimitive()
            && !parameter.isArray()
            && parameter != Optional.class
            && !Iterable.class.isAssignableFrom(parameter)) {
          methods.add(m);
        }
      }
    }
    return methods;
  }

  private static void invokeWithNull(Method method, Object target) throws Throwable {
    method.setAccessible(true);
    try {
      method.invoke(target, (Object) null);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
