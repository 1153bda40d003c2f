package dev.hearsay.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.jackson.HearsayModule;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * An application that is itself a named module compiles against the built modules, runs on the
 * module path, and sees only what they export.
 */
class NamedModuleConsumerTest {
  private static final String MODULE_INFO =
      """
      module consumer.app {
        requires dev.hearsay.jackson;
      }
      """;

  private static final String MAIN =
      """
      package consumer.app;

      import dev.hearsay.core.model.*;
      import dev.hearsay.core.query.ProvenanceIndex;
      import dev.hearsay.jackson.HearsayMappers;
      import tools.jackson.databind.json.JsonMapper;

      public final class Main {
        public static void main(String[] args) {
          Actor outlet = Actor.of("outlet", "An outlet", ActorKind.MEDIA_OUTLET);
          Actor officials = Actor.of("officials", "Officials", ActorKind.GROUP);
          Claim claim = Claim.of("c-one", "Something happened.", Chain.of(
              Hop.of(outlet, ReportingMode.PARAPHRASE, Commitment.UNCOMMITTED),
              Hop.of(officials, ReportingMode.PARAPHRASE, Commitment.CERTAIN)));
          Dataset dataset = new Dataset.Builder().metadata(DatasetMetadata.of("A consumer"))
              .addActors(outlet, officials).addClaims(claim).build();
          JsonMapper mapper = HearsayMappers.recommended().build();
          String json = mapper.writeValueAsString(dataset);
          Dataset back = mapper.readValue(json, Dataset.class);
          System.out.println(back.equals(dataset));
          System.out.println(ProvenanceIndex.of(back).evidence(claim.id()).partiesFor().size());
        }
      }
      """;

  private static final String INTERNAL_USE =
      """
      package consumer.app;

      public final class Internal {
        Object reader = dev.hearsay.jackson.internal.read.DatasetReader.class;
      }
      """;

  @TempDir Path work;

  @Test
  void aNamedModuleReadsAndWritesThroughTheExportedPackages() throws Exception {
    Path classes = work.resolve("classes");
    List<String> errors = compile(classes, MODULE_INFO, MAIN);
    assertThat(errors).as("the consumer compiles on the module path").isEmpty();

    Process program =
        new ProcessBuilder(
                javaCommand(),
                "--module-path",
                modulePath() + File.pathSeparator + classes,
                "-m",
                "consumer.app/consumer.app.Main")
            .redirectErrorStream(true)
            .start();
    String output = new String(program.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(program.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(program.exitValue()).as(output).isZero();
    assertThat(output.lines().toList()).containsExactly("true", "1");
  }

  @Test
  void theJsonModulesImplementationIsNotVisible() throws Exception {
    List<String> errors = compile(work.resolve("internal"), MODULE_INFO, INTERNAL_USE);

    assertThat(errors)
        .anySatisfy(
            message ->
                assertThat(message)
                    .contains("dev.hearsay.jackson.internal.read")
                    .contains("not visible"));
  }

  /** Compiles the module with its one class, returning the compiler's errors. */
  private static List<String> compile(Path classes, String moduleInfo, String type)
      throws IOException, URISyntaxException {
    Path sources = classes.resolveSibling(classes.getFileName() + "-src");
    Path typeFile = sources.resolve("consumer/app/" + typeName(type) + ".java");
    Files.createDirectories(typeFile.getParent());
    Files.writeString(sources.resolve("module-info.java"), moduleInfo);
    Files.writeString(typeFile, type);
    Files.createDirectories(classes);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (var files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of("-d", classes.toString(), "--module-path", modulePath(), "-proc:none");
      javac
          .getTask(
              null,
              files,
              diagnostics,
              options,
              null,
              files.getJavaFileObjects(sources.resolve("module-info.java"), typeFile))
          .call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
  }

  private static String typeName(String source) {
    return source
        .lines()
        .filter(line -> line.startsWith("public final class"))
        .map(line -> line.split(" ")[3])
        .findFirst()
        .orElseThrow();
  }

  /** Where the built modules and Jackson's are: jars, or class folders within the build. */
  private static String modulePath() throws URISyntaxException {
    List<String> entries = new ArrayList<>();
    for (Class<?> type :
        List.of(
            Dataset.class,
            HearsayModule.class,
            JsonMapper.class,
            JsonParser.class,
            JsonProperty.class)) {
      entries.add(
          Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
