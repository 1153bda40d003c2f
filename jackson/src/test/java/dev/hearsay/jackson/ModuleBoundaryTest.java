package dev.hearsay.jackson;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON module's implementation lives in packages named {@code internal}, which its {@code
 * module-info} does not export; the readers and the writers share only what {@code internal}
 * itself holds, and the module uses no other module's internals.
 */
class ModuleBoundaryTest {
  private static final String READ = "dev.hearsay.jackson.internal.read..";
  private static final String WRITE = "dev.hearsay.jackson.internal.write..";

  private static final ArchRule READERS_DO_NOT_USE_WRITERS =
      noClasses()
          .that()
          .resideInAPackage(READ)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(WRITE)
          .because("what readers and writers share lives in dev.hearsay.jackson.internal");

  private static final ArchRule WRITERS_DO_NOT_USE_READERS =
      noClasses()
          .that()
          .resideInAPackage(WRITE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(READ)
          .because("what readers and writers share lives in dev.hearsay.jackson.internal");

  private static final ArchRule NO_INTERNALS_OF_OTHER_MODULES =
      noClasses()
          .that()
          .resideInAPackage("dev.hearsay.jackson..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("dev.hearsay..internal..")
                  .and(not(resideInAPackage("dev.hearsay.jackson.."))))
          .because("another module's internal packages are its implementation, free to change");

  private static JavaClasses jackson;

  @BeforeAll
  static void importJackson() {
    jackson =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.hearsay.jackson");
  }

  @Test
  void theReadersAndTheWritersDoNotImportEachOther() {
    READERS_DO_NOT_USE_WRITERS.check(jackson);
    WRITERS_DO_NOT_USE_READERS.check(jackson);
  }

  @Test
  void usesNoClassOfAnotherModulesInternalPackages() {
    NO_INTERNALS_OF_OTHER_MODULES.check(jackson);
  }

  @Test
  void theModuleExportsItsApiAndNoInternalPackage() throws IOException, URISyntaxException {
    Path classes =
        Path.of(HearsayModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }

    assertThat(jackson.stream().map(JavaClass::getPackageName))
        .contains(
            "dev.hearsay.jackson.internal",
            "dev.hearsay.jackson.internal.read",
            "dev.hearsay.jackson.internal.write");
    assertThat(module.exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactly("dev.hearsay.jackson");
  }
}
