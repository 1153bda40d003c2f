package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an application on Jackson 2 sees when Maven keeps its older {@code jackson-annotations}:
 * the module and its classes, with this build's Jackson 3, in a class loader whose only {@code
 * jackson-annotations} is another version; and the check itself on such loaders and on the module
 * path. The build copies those versions into the directory that the system property {@code
 * hearsay.jacksonAnnotations} names.
 */
class OldJacksonAnnotationsTest {
  private static final String NEEDS =
      "hearsay-jackson runs on Jackson 3.1, which needs"
          + " com.fasterxml.jackson.core:jackson-annotations 2.21 or later, but the class path has ";
  private static final String KEPT =
      ", probably one that another dependency such as Jackson 2 brings and that the build kept.";
  private static final String FIX =
      " Declare com.fasterxml.jackson.core:jackson-annotations 2.21 or later as a dependency of"
          + " the application, or import Jackson 3's BOM (tools.jackson:jackson-bom) ahead of any"
          + " Jackson 2 BOM.";

  @ParameterizedTest(name = "jackson-annotations {0}")
  @ValueSource(strings = {"2.17.2", "2.20"})
  void theModuleNamesTheFix(String version) throws Exception {
    try (URLClassLoader application = applicationWith(annotations(version))) {
      assertThatThrownBy(() -> run(application, "moduleFirst"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(NEEDS + version + KEPT + FIX);
    }
  }

  @ParameterizedTest(name = "jackson-annotations {0}")
  @ValueSource(strings = {"2.17.2", "2.20"})
  void theRecommendedMapperNamesTheFix(String version) throws Exception {
    try (URLClassLoader application = applicationWith(annotations(version))) {
      assertThatThrownBy(() -> run(application, "recommended"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(NEEDS + version + KEPT + FIX);
    }
  }

  /** The check itself, in this class loader, on a loader that has only the annotations. */
  @Test
  void theCheckReadsTheLoaderItIsGiven() throws Exception {
    try (URLClassLoader old = new URLClassLoader(new URL[] {url(annotations("2.17.2"))}, null);
        URLClassLoader enough =
            new URLClassLoader(
                new URL[] {url(annotations(AnnotationsCheck.MINIMUM_VERSION))}, null)) {
      assertThatThrownBy(() -> AnnotationsCheck.require(old))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(NEEDS + "2.17.2" + KEPT + FIX)
          .hasCauseInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> AnnotationsCheck.require(null))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(NEEDS + "none." + FIX);
      AnnotationsCheck.require(enough);
    }
    AnnotationsCheck.require();
  }

  /** On the module path, the version is the module's. */
  @Test
  void aModuleNamesItsVersion() throws Exception {
    Configuration configuration =
        ModuleLayer.boot()
            .configuration()
            .resolve(
                ModuleFinder.of(annotations("2.17.2")),
                ModuleFinder.of(),
                List.of("com.fasterxml.jackson.annotation"));
    ModuleLayer layer =
        ModuleLayer.boot()
            .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("com.fasterxml.jackson.annotation");

    assertThat(
            Class.forName("com.fasterxml.jackson.annotation.JsonProperty", false, loader)
                .getModule()
                .getLayer())
        .isSameAs(layer);
    assertThatThrownBy(() -> AnnotationsCheck.require(loader))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(NEEDS + "2.17.2" + KEPT + FIX);
  }

  /** As in a jar that merges the application with its dependencies, under its own manifest. */
  @Test
  void annotationsUnderAnotherManifestAreAnOlderVersion(@TempDir Path temp) throws Exception {
    Path merged = underApplicationManifest(annotations("2.17.2"), temp.resolve("merged.jar"));

    try (URLClassLoader application = applicationWith(merged)) {
      assertThatThrownBy(() -> run(application, "moduleFirst"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(NEEDS + "an older version" + KEPT + FIX);
    }
  }

  @Test
  void noAnnotationsAtAll() throws Exception {
    try (URLClassLoader application = applicationWith(null)) {
      assertThatThrownBy(() -> run(application, "moduleFirst"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(NEEDS + "none." + FIX);
    }
  }

  /** What the README says a mapper builder created before the module gives. */
  @Test
  void jacksonsBuilderFailsFirstWithoutTheFix() throws Exception {
    try (URLClassLoader application = applicationWith(annotations("2.17.2"))) {
      assertThatThrownBy(() -> run(application, "builderFirst"))
          .isInstanceOf(NoClassDefFoundError.class)
          .hasMessage("com/fasterxml/jackson/annotation/JsonSerializeAs");
    }
  }

  /** The version that the message names is enough for this build's Jackson, in every way. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"builderFirst", "moduleFirst", "recommended"})
  void theVersionNamedIsEnough(String way) throws Throwable {
    try (URLClassLoader application =
        applicationWith(annotations(AnnotationsCheck.MINIMUM_VERSION))) {
      assertThat(run(application, way)).isEqualTo("\"nyt\"");
    }
  }

  /** The jar of the version given, which the build copied. */
  private static Path annotations(String version) {
    String directory = System.getProperty("hearsay.jacksonAnnotations");
    assertThat(directory)
        .as("the system property hearsay.jacksonAnnotations, which the Maven build sets")
        .isNotNull();
    Path jar = Path.of(directory).resolve("jackson-annotations-" + version + ".jar");
    assertThat(Files.isRegularFile(jar)).as("%s, which the Maven build copies there", jar).isTrue();
    return jar;
  }

  private static Path underApplicationManifest(Path jar, Path copy) throws IOException {
    try (ZipFile in = new ZipFile(jar.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
      out.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
      out.write(
          ("Manifest-Version: 1.0\r\nImplementation-Title: jackson2-app\r\n"
                  + "Implementation-Version: 1.0\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      Enumeration<? extends ZipEntry> entries = in.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (!entry.getName().equals("META-INF/MANIFEST.MF")) {
          out.putNextEntry(new ZipEntry(entry.getName()));
          try (InputStream bytes = in.getInputStream(entry)) {
            bytes.transferTo(out);
          }
          out.closeEntry();
        }
      }
    }
    try (URLClassLoader check = new URLClassLoader(new URL[] {url(copy)}, null)) {
      Package merged =
          check.loadClass("com.fasterxml.jackson.annotation.JsonProperty").getPackage();
      assertThat(merged.getImplementationVersion()).isEqualTo("1.0");
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    return copy;
  }

  /**
   * A class loader with this module, hearsay-core, Jackson 3's databind and core, the test's
   * {@link Jackson2Application}, and the {@code jackson-annotations} jar given, if any; none of
   * the test's own class path.
   */
  private static URLClassLoader applicationWith(Path annotations) throws IOException {
    List<URL> urls =
        new ArrayList<>(
            List.of(
                locationOf(Jackson2Application.class),
                locationOf(HearsayModule.class),
                locationOf(Dataset.class),
                locationOf(JsonMapper.class),
                locationOf(JsonFactory.class)));
    if (annotations != null) {
      urls.add(url(annotations));
    }
    return new Isolated(urls.toArray(URL[]::new));
  }

  private static URL url(Path jar) throws IOException {
    return jar.toUri().toURL();
  }

  private static URL locationOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  /** Runs one of {@link Jackson2Application}'s ways in the loader and rethrows what it throws. */
  private static String run(ClassLoader application, String way) throws Throwable {
    Class<?> app = Class.forName(Jackson2Application.class.getName(), true, application);
    assertThat(app.getClassLoader()).isSameAs(application);
    try {
      return (String) app.getMethod(way).invoke(null);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /**
   * Loads Hearsay's and Jackson's classes from its own jars only. A plain child of the platform
   * loader would not do: the platform loader hands a package of a named module, such as the
   * test's {@code com.fasterxml.jackson.annotation}, to the loader that defines the module.
   */
  private static final class Isolated extends URLClassLoader {
    private static final String[] OWN = {
      "dev.hearsay.", "tools.jackson.", "com.fasterxml.jackson."
    };

    Isolated(URL[] urls) {
      super("application", urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      for (String prefix : OWN) {
        if (name.startsWith(prefix)) {
          synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            Class<?> type = loaded != null ? loaded : findClass(name);
            if (resolve) {
              resolveClass(type);
            }
            return type;
          }
        }
      }
      return super.loadClass(name, resolve);
    }
  }
}
