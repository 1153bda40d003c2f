package dev.hearsay.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of Hearsay's value types: strict builders that callers reach through
 * each value's own {@code Builder}, package-private generated classes, JDK collections only, and
 * no annotation in the compiled classes that a user's class path would lack.
 *
 * <p>A value that implements its generated {@code WithX} interface offers the generated copies
 * with one change ({@code withCue}, ...). The generated builders are package-private, so Javadoc
 * documents their methods on each value's public {@code Builder}. A missing required field and a
 * null fail as every other check does, with a {@link ValueCheckException}: the generated code
 * throws {@link MissingFields}, which each {@code Builder.build()} turns into one, and builds a
 * {@code ValueCheckException} for a null through the constructor made for it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    strictBuilder = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    jdk9Collections = true,
    jacksonIntegration = false,
    stagedBuilder = false,
    visibilityString = "PACKAGE",
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    throwForInvalidImmutableState = MissingFields.class,
    throwForNullPointer = ValueCheckException.class,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases"},
    // Only @Override: no @Generated in the published classes, whose annotation types are absent
    // from users' class paths and would make javac warn in builds that use -Werror.
    allowedClasspathAnnotations = {Override.class})
@interface HearsayStyle {}
