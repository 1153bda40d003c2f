package dev.hearsay.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The Spark module uses the other modules of the project through their public API alone: no class of
 * theirs from a package named {@code internal}, which their {@code module-info} does not export.
 */
class ModuleBoundaryTest {
  private static final ArchRule NO_INTERNALS_OF_OTHER_MODULES =
      noClasses()
          .that()
          .resideInAPackage("dev.hearsay.spark..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.hearsay..internal..")
          .because("another module's internal packages are its implementation, free to change");

  @Test
  void usesNoClassOfAnotherModulesInternalPackages() {
    JavaClasses classes = new ClassFileImporter().importPackages("dev.hearsay.spark");

    NO_INTERNALS_OF_OTHER_MODULES.check(classes);
  }
}
