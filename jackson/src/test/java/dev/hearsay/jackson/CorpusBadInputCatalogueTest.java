package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hearsay.core.corpus.Links;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bad-input catalogue of a corpus's documents, beside the datasets' ({@link
 * BadInputCatalogueTest}), read with the recommended mapper:
 *
 * <ul>
 *   <li>{@code bad-input/links/<name>.json}: a links document, refused with the error its {@code
 *       .expected} file names, in the dataset catalogue's form ({@code exception:} and the
 *       {@code message:} texts that the message contains);
 *   <li>{@code bad-input/corpus/<name>/}: a corpus, as a manifest ({@code corpus.json}) with the
 *       files it names, or as JSON Lines ({@code corpus.jsonl}) with {@code links.json} if
 *       present, refused with an {@link InvalidCorpusException} whose problems are, in order,
 *       the {@code problem:} lines of its {@code expected} file, each {@code file:line:column:
 *       path: message [CODE]}.
 * </ul>
 *
 * <p>Run with {@code -Dhearsay.golden.update=true} to write the {@code expected} files of the
 * corpus catalogue from what is thrown, then review them.
 */
class CorpusBadInputCatalogueTest {
  private static final JsonMapper MAPPER = BadInputCatalogueTest.RECOMMENDED;

  static Stream<String> linksDocuments() throws IOException {
    try (Stream<Path> files = Files.list(directory("links"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  static Stream<String> corpora() throws IOException {
    try (Stream<Path> dirs = Files.list(directory("corpus"))) {
      return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @Test
  void theCatalogueCoversEveryDocumentAndKindOfProblem() throws IOException {
    List<String> links = linksDocuments().toList();
    List<String> corpora = corpora().toList();

    for (String kind :
        List.of(
            "entity-",
            "unknown-",
            "version-",
            "enum-",
            "type-",
            "syntax-",
            "missing-",
            "several-")) {
      assertThat(links).as(kind).anyMatch(n -> n.startsWith(kind));
    }
    for (String kind :
        List.of(
            "manifest-links-name-a-missing-dataset",
            "manifest-file-not-a-dataset",
            "manifest-file-missing",
            "manifest-duplicate-id",
            "manifest-dataset-violations",
            "manifest-corpus-violations",
            "lines-duplicate-id",
            "lines-line-problems",
            "lines-not-json",
            "lines-links-name-a-missing-dataset")) {
      assertThat(corpora).contains(kind);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("linksDocuments")
  void aLinksDocumentIsRefusedWithTheExpectedError(String name) throws IOException {
    Path dir = directory("links");
    byte[] json = Files.readAllBytes(dir.resolve(name + ".json"));
    List<String> expected = Files.readAllLines(dir.resolve(name + ".expected"));

    Throwable thrown = catchThrowable(() -> MAPPER.readValue(json, Links.class));

    assertThat(thrown).as(name).isInstanceOf(JacksonException.class);
    JacksonException e = (JacksonException) thrown;
    if (Boolean.getBoolean("hearsay.golden.update")) {
      List<String> lines = new ArrayList<>(List.of("exception: " + e.getClass().getSimpleName()));
      e.getOriginalMessage().lines().forEach(l -> lines.add("message: " + l.strip()));
      expected = lines;
      Files.write(
          Path.of("src/test/resources/bad-input/links", name + ".expected"),
          lines,
          StandardCharsets.UTF_8);
    }
    for (String line : expected) {
      if (line.startsWith("exception: ")) {
        assertThat(e.getClass().getSimpleName())
            .as(name)
            .isEqualTo(line.substring("exception: ".length()));
      } else if (line.startsWith("message: ")) {
        assertThat(e.getOriginalMessage()).as(name).contains(line.substring("message: ".length()));
      }
    }
    assertThat(e.getLocation()).as(name).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpora")
  void aCorpusIsRefusedWithEveryExpectedProblem(String name) throws IOException {
    Path dir = directory("corpus").resolve(name);
    Path manifest = dir.resolve("corpus.json");
    Path links = dir.resolve("links.json");

    Throwable thrown =
        catchThrowable(
            () -> {
              if (Files.exists(manifest)) {
                CorpusFiles.read(MAPPER, manifest);
              } else {
                CorpusFiles.readLines(
                    MAPPER,
                    dir.resolve("corpus.jsonl"),
                    Files.exists(links) ? Optional.of(links) : Optional.empty());
              }
            });

    assertThat(thrown).as(name).isInstanceOf(InvalidCorpusException.class);
    List<String> problems = new ArrayList<>();
    for (CorpusProblem problem : ((InvalidCorpusException) thrown).problems()) {
      problems.add(problem.toString().replace(dir + dir.getFileSystem().getSeparator(), ""));
    }
    Path expectedFile = dir.resolve("expected");
    if (Boolean.getBoolean("hearsay.golden.update")) {
      List<String> lines = new ArrayList<>(List.of("exception: InvalidCorpusException"));
      problems.forEach(p -> lines.add("problem: " + p));
      Path source = Path.of("src/test/resources/bad-input/corpus", name, "expected");
      Files.write(source, lines, StandardCharsets.UTF_8);
    }
    List<String> expected =
        Files.readAllLines(expectedFile).stream()
            .filter(line -> line.startsWith("problem: "))
            .map(line -> line.substring("problem: ".length()))
            .toList();
    assertThat(problems).as(name).containsExactlyElementsOf(expected);
  }

  private static Path directory(String name) {
    try {
      return Path.of(CorpusBadInputCatalogueTest.class.getResource("/bad-input/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
