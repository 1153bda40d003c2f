package dev.hearsay.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Core depends on the JDK alone: no JSON library, no other Hearsay module. */
class ArchitectureTest {
  private static final String CORE = "dev.hearsay.core..";

  private static final ArchRule NO_JSON_AND_NO_OTHER_MODULE =
      noClasses()
          .that()
          .resideInAPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.fasterxml..",
              "tools.jackson..",
              "com.google.gson..",
              "jakarta.json..",
              "javax.json..",
              "org.json..",
              "dev.hearsay.jackson..",
              "dev.hearsay.examples..")
          .because(
              "core must stay free of any serialization library and of the modules built on it");

  private static final ArchRule ONLY_JDK_AND_IMMUTABLES =
      classes()
          .that()
          .resideInAPackage(CORE)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", CORE, "org.immutables..")
          .because("core has no runtime dependency beyond the JDK; Immutables is compile-only");

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.hearsay.core");
  }

  @Test
  void theImportHoldsTheMainClassesOfCoreAndNoTests() {
    assertThat(core).isNotEmpty();
    assertThat(core.stream().map(JavaClass::getName))
        .contains(
            "dev.hearsay.core.model.Dataset",
            "dev.hearsay.core.model.ImmutableDataset",
            "dev.hearsay.core.model.DatasetRules",
            "dev.hearsay.core.time.ImpreciseTime")
        .doesNotContain(ArchitectureTest.class.getName(), Offender.class.getName());
  }

  @Test
  void coreDependsOnNoJsonLibraryAndNoOtherHearsayModule() {
    NO_JSON_AND_NO_OTHER_MODULE.check(core);
  }

  @Test
  void coreDependsOnlyOnTheJdkItselfAndImmutablesAnnotations() {
    ONLY_JDK_AND_IMMUTABLES.check(core);
  }

  @Test
  void theDependencyRuleCatchesAClassOfCoreThatUsesAnotherLibrary() {
    JavaClasses offender = new ClassFileImporter().importClasses(Offender.class);

    EvaluationResult result = ONLY_JDK_AND_IMMUTABLES.evaluate(offender);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line).contains("org.assertj.core.api.Assertions"));
  }

  /** A class in core's package that depends on a library core must not use. */
  static final class Offender {
    private Offender() {}

    static void fail() {
      Assertions.fail("never called");
    }
  }
}
