package dev.hearsay.core.model;

import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Names the field of a null that the generated code refused. The generated code gives the
 * attribute alone, such as {@code proposition} or {@code notes element}; the value type is found
 * on the stack, as the abstract value that the calling generated class ({@code ImmutableClaim} or
 * its builder) implements.
 */
final class NullAttribute {
  private static final String ELEMENT = " element";

  private static final StackWalker STACK =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private NullAttribute() {}

  /** The field, such as {@code Claim.proposition} or {@code Claim.notes}. */
  static String field(String attribute) {
    String name =
        attribute.endsWith(ELEMENT)
            ? attribute.substring(0, attribute.length() - ELEMENT.length())
            : attribute;
    return valueType().map(type -> type.getSimpleName() + "." + name).orElse(name);
  }

  /** The rule: a field must not be null, a list must not hold a null. */
  static String rule(String attribute) {
    return attribute.endsWith(ELEMENT) ? "must not contain null" : "must not be null";
  }

  /** The value type whose generated class is the nearest caller on the stack. */
  private static Optional<Class<?>> valueType() {
    return STACK.walk(
        frames ->
            frames
                .map(frame -> implemented(frame.getDeclaringClass()))
                .flatMap(Optional::stream)
                .findFirst());
  }

  /**
   * The abstract value of this package that a generated class implements: {@code Claim} for
   * {@code ImmutableClaim} and for its nested builder; empty for any other class.
   */
  private static Optional<Class<?>> implemented(Class<?> type) {
    Class<?> implementation = type.isMemberClass() ? type.getEnclosingClass() : type;
    Class<?> value = implementation.getSuperclass();
    boolean isValue =
        value != null
            && value.getPackage() == NullAttribute.class.getPackage()
            && Modifier.isAbstract(value.getModifiers());
    return isValue ? Optional.of(value) : Optional.empty();
  }
}
