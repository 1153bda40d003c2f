package dev.hearsay.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each value's public {@code Builder} says in its Javadoc which fields are required and which are
 * optional, and the lists agree with the value's fields and with what {@code build()} demands.
 */
class BuilderJavadocTest {
  private static final Path SOURCES =
      Path.of("src", "main", "java", "dev", "hearsay", "core", "model");
  private static final Pattern CODE = Pattern.compile("\\{@code (\\w+)}");
  private static final Pattern ALSO_MISSING = Pattern.compile("\\(also missing: ([\\w, ]+)\\)");

  static Stream<Arguments> builders() {
    return Stream.of(
        Arguments.of(Actor.class, (Supplier<?>) () -> new Actor.Builder().build()),
        Arguments.of(Affiliation.class, (Supplier<?>) () -> new Affiliation.Builder().build()),
        Arguments.of(Chain.class, (Supplier<?>) () -> new Chain.Builder().build()),
        Arguments.of(Claim.class, (Supplier<?>) () -> new Claim.Builder().build()),
        Arguments.of(Dataset.class, (Supplier<?>) () -> new Dataset.Builder().build()),
        Arguments.of(
            DatasetMetadata.class, (Supplier<?>) () -> new DatasetMetadata.Builder().build()),
        Arguments.of(Event.class, (Supplier<?>) () -> new Event.Builder().build()),
        Arguments.of(Hop.class, (Supplier<?>) () -> new Hop.Builder().build()),
        Arguments.of(Place.class, (Supplier<?>) () -> new Place.Builder().build()),
        Arguments.of(Quantity.class, (Supplier<?>) () -> new Quantity.Builder().build()),
        Arguments.of(Quote.class, (Supplier<?>) () -> new Quote.Builder().build()),
        Arguments.of(Relation.class, (Supplier<?>) () -> new Relation.Builder().build()),
        Arguments.of(Source.class, (Supplier<?>) () -> new Source.Builder().build()),
        Arguments.of(TimeMention.class, (Supplier<?>) () -> new TimeMention.Builder().build()));
  }

  @ParameterizedTest
  @MethodSource("builders")
  void theBuildersJavadocListsEveryFieldAsRequiredOrOptional(Class<?> type, Supplier<?> empty)
      throws Exception {
    String javadoc = builderJavadoc(type);
    Set<String> required = codeNames(paragraph(javadoc, "Required:"));
    Set<String> optional = codeNames(paragraph(javadoc, "Optional:"));

    Set<String> all = new HashSet<>(required);
    all.addAll(optional);
    Set<String> both = new HashSet<>(required);
    both.retainAll(optional);
    assertThat(required).as("required").isNotEmpty();
    assertThat(both).as("both required and optional").isEmpty();
    assertThat(all).as("required and optional").isEqualTo(fields(type));
    assertThat(required).as("required").containsAll(demanded(empty));
  }

  @ParameterizedTest
  @MethodSource("builders")
  void theGeneratedBuilderIsPackagePrivateSoJavadocShowsItsMethodsOnThePublicOne(Class<?> type)
      throws Exception {
    Class<?> builder = Class.forName(type.getName() + "$Builder");

    assertThat(Modifier.isPublic(builder.getModifiers())).isTrue();
    assertThat(Modifier.isPublic(builder.getSuperclass().getModifiers())).isFalse();
    assertThat(Arrays.stream(builder.getMethods()).map(Method::getDeclaringClass))
        .contains(builder.getSuperclass());
  }

  /** The fields of a value: one generated copy method, or more, for each. */
  private static Set<String> fields(Class<?> type) throws ClassNotFoundException {
    Class<?> withers = Class.forName(type.getPackageName() + ".With" + type.getSimpleName());
    return Arrays.stream(withers.getDeclaredMethods())
        .map(m -> m.getName().substring(4, 5).toLowerCase() + m.getName().substring(5))
        .collect(Collectors.toSet());
  }

  /** The fields that an empty builder reports missing; none when it has no required field. */
  private static Set<String> demanded(Supplier<?> empty) {
    ValueCheckException e = catchThrowableOfType(ValueCheckException.class, empty::get);
    Set<String> names = new LinkedHashSet<>();
    if (e.rule().startsWith("is required")) {
      names.add(e.field().substring(e.field().indexOf('.') + 1));
      Matcher others = ALSO_MISSING.matcher(e.rule());
      if (others.find()) {
        names.addAll(Arrays.asList(others.group(1).split(", ")));
      }
    }
    return names;
  }

  /** The Javadoc of the value's public Builder, as text without the leading asterisks. */
  private static String builderJavadoc(Class<?> type) throws IOException {
    String source = Files.readString(SOURCES.resolve(type.getSimpleName() + ".java"));
    int builder = source.indexOf("public static final class Builder");
    int start = source.lastIndexOf("/**", builder);
    int end = source.lastIndexOf("*/", builder);
    assertThat(start).as("the Javadoc of %s.Builder", type.getSimpleName()).isNotNegative();
    return source
        .substring(start + 3, end)
        .replaceAll("(?m)^\\s*\\*\\s?", "")
        .replaceAll("\\s+", " ");
  }

  /** The paragraph that starts with the given word, up to the next paragraph. */
  private static String paragraph(String javadoc, String start) {
    int at = javadoc.indexOf(start);
    if (at < 0) {
      return "";
    }
    int next = javadoc.indexOf("<p>", at);
    return javadoc.substring(at, next < 0 ? javadoc.length() : next);
  }

  private static Set<String> codeNames(String text) {
    Set<String> names = new HashSet<>();
    Matcher m = CODE.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
