package dev.hearsay.jackson;

import tools.jackson.databind.JacksonModule;

/**
 * Whether the {@code jackson-annotations} beside Jackson's databind is as new as Jackson 3.1
 * needs. An application on Jackson 2 brings its own, older {@code jackson-annotations}, which a
 * build that resolves the nearest version (Maven) keeps; Jackson 3.1 then fails when a mapper is
 * first built, with a {@link NoClassDefFoundError} that names an annotation but not the fix.
 */
final class AnnotationsCheck {
  /** The oldest {@code jackson-annotations} that Jackson 3.1 works with. */
  static final String MINIMUM_VERSION = "2.21";

  /**
   * An annotation type that {@code jackson-annotations} has from {@link #MINIMUM_VERSION} on, and
   * that Jackson 3.1 loads when it builds its first mapper.
   */
  private static final String NEWEST_TYPE = "com.fasterxml.jackson.annotation.JsonSerializeAs";

  /** An annotation type that every version of {@code jackson-annotations} has. */
  private static final String ANY_VERSION_TYPE = "com.fasterxml.jackson.annotation.JsonProperty";

  /** The name of {@code jackson-annotations} on the module path. */
  private static final String ANNOTATIONS_MODULE = "com.fasterxml.jackson.annotation";

  private AnnotationsCheck() {}

  /**
   * Checks that the {@code jackson-annotations} that Jackson's databind sees is {@link
   * #MINIMUM_VERSION} or later.
   *
   * @throws IllegalStateException if it is older or missing, with a message that names the fix
   */
  static void require() {
    require(JacksonModule.class.getClassLoader());
  }

  /**
   * Checks that the {@code jackson-annotations} that a class loader sees is {@link
   * #MINIMUM_VERSION} or later.
   *
   * @param loader the class loader, or {@code null} for the bootstrap class loader
   * @throws IllegalStateException if it is older or missing, with a message that names the fix
   */
  static void require(ClassLoader loader) {
    try {
      Class.forName(NEWEST_TYPE, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(message(loader), e);
    }
  }

  /** The version of the {@code jackson-annotations} that holds a type, or null if unknown. */
  private static String version(Class<?> annotation) {
    Module module = annotation.getModule();
    if (module.getName() != null && module.getName().equals(ANNOTATIONS_MODULE)) {
      return module.getDescriptor().rawVersion().orElse(null);
    }
    // The jar's own manifest names it; a jar that merges it with others may name another.
    Package annotations = annotation.getPackage();
    return "Jackson-annotations".equals(annotations.getImplementationTitle())
        ? annotations.getImplementationVersion()
        : null;
  }

  private static String message(ClassLoader loader) {
    String has;
    try {
      String version = version(Class.forName(ANY_VERSION_TYPE, false, loader));
      has =
          (version == null ? "an older version" : version)
              + ", probably one that another dependency such as Jackson 2 brings and that the build"
              + " kept";
    } catch (ClassNotFoundException e) {
      has = "none";
    }
    return "hearsay-jackson runs on Jackson 3.1, which needs"
        + " com.fasterxml.jackson.core:jackson-annotations "
        + MINIMUM_VERSION
        + " or later, but"
        + " the class path has "
        + has
        + ". Declare"
        + " com.fasterxml.jackson.core:jackson-annotations "
        + MINIMUM_VERSION
        + " or later as a"
        + " dependency of the application, or import Jackson 3's BOM (tools.jackson:jackson-bom)"
        + " ahead of any Jackson 2 BOM.";
  }
}
