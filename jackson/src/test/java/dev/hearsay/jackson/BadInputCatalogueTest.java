package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hearsay.core.model.Dataset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bad-input catalogue: every document in {@code bad-input/} in the test resources is refused
 * with the error its {@code .expected} file names, both by the mapper and by the stream reader.
 *
 * <p>An {@code .expected} file has the lines {@code exception: <simple class name>} and {@code
 * message: <text the message contains>}, which starts with the path (several {@code message:}
 * lines for a document with several problems, each a text that the message contains), and may
 * have {@code mapper: recommended} (the default: the mapper that docs/json-format.md recommends
 * for data from elsewhere), {@code lenient} (the same, skipping unknown fields) or {@code default}
 * (Jackson's defaults). The message must start with a path, unless a {@code gap:} line says why it
 * does not (see {@link PathGapsTest}). In a document, {@code {{repeat N text}}} stands for the text
 * N times, so that large inputs stay small in the repository, and {@code {{bytes C1 B4}}} for the
 * bytes written in hex,
 * so that bytes that are not UTF-8 can be written in a file that is. Documents are read as bytes,
 * as from a file.
 */
class BadInputCatalogueTest {
  private static final String DIRECTORY = "bad-input";
  private static final Pattern REPEAT = Pattern.compile("\\{\\{repeat (\\d+) (.*?)\\}\\}");
  private static final Pattern BYTES = Pattern.compile("\\{\\{bytes ([0-9A-F ]+)\\}\\}");

  /** The mapper that docs/json-format.md recommends for data from elsewhere. */
  static final JsonMapper RECOMMENDED = RecommendedMapperTest.recommendedMapper();

  private static final Map<String, JsonMapper> MAPPERS =
      Map.of(
          "recommended",
          RECOMMENDED,
          "lenient",
          RECOMMENDED.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build(),
          "default",
          Json.MAPPER);

  static Stream<String> documents() throws IOException {
    try (Stream<Path> files = Files.list(directory())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void theCatalogueCoversEveryKindOfBadInput() throws IOException {
    List<String> names = documents().toList();

    assertThat(names).hasSizeGreaterThanOrEqualTo(60);
    for (String kind :
        List.of(
            "syntax-",
            "type-",
            "missing-",
            "unknown-",
            "duplicate-",
            "cycle-",
            "time-",
            "quantity-",
            "quote-",
            "enum-",
            "version-",
            "limit-",
            "encoding-",
            "several-")) {
      assertThat(names).as(kind).anyMatch(n -> n.startsWith(kind));
    }
    for (String name : names) {
      assertThat(directory().resolve(name + ".expected")).as(name).exists();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theMapperRefusesWithTheExpectedError(String name) {
    Map<String, String> expected = expected(name);
    JsonMapper mapper = MAPPERS.get(expected.getOrDefault("mapper", "recommended"));
    byte[] json = bytes(name);

    Throwable thrown = catchThrowable(() -> mapper.readValue(json, Dataset.class));

    assertThat(thrown).as(name).isInstanceOf(JacksonException.class);
    JacksonException e = (JacksonException) thrown;
    assertThat(e.getClass().getSimpleName()).as(name).isEqualTo(expected.get("exception"));
    for (String message : messages(name)) {
      assertThat(e.getOriginalMessage()).as(name).contains(message);
    }
    if (!expected.getOrDefault("gap", "").contains("no location")) {
      assertThat(e.getLocation()).as(name).isNotNull();
    }
    if (!expected.containsKey("gap")) {
      assertThat(JsonMutationTest.hasPath(e)).as("%s starts with a path", name).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theStreamReaderRefusesItToo(String name) {
    JsonMapper mapper = MAPPERS.get(expected(name).getOrDefault("mapper", "recommended"));
    byte[] json = bytes(name);

    Throwable thrown =
        catchThrowable(
            () -> {
              try (DatasetStreamReader reader =
                  DatasetStreamReader.open(mapper, new ByteArrayInputStream(json))) {
                while (reader.hasNextClaim()) {
                  reader.nextClaim();
                }
                reader.events();
                reader.relations();
              }
            });

    assertThat(thrown).as(name).isInstanceOf(JacksonException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theStreamReaderWithItsIdsOnDiskRefusesItAsWithThemInMemory(
      String name, @TempDir Path directory) throws IOException {
    JsonMapper mapper = MAPPERS.get(expected(name).getOrDefault("mapper", "recommended"));
    byte[] json = bytes(name);

    Throwable inMemory = streamFailure(mapper, json, IdSpill.defaults());
    Throwable onDisk = streamFailure(mapper, json, new IdSpill(directory, 1));

    assertThat(onDisk).as(name).isInstanceOf(JacksonException.class);
    assertThat(onDisk.getClass()).as(name).isEqualTo(inMemory.getClass());
    if (inMemory instanceof InvalidDatasetException e) {
      assertThat(((InvalidDatasetException) onDisk).violations())
          .as(name)
          .isEqualTo(e.violations());
    } else {
      assertThat(((JacksonException) onDisk).getOriginalMessage())
          .as(name)
          .isEqualTo(((JacksonException) inMemory).getOriginalMessage());
    }
    try (Stream<Path> left = Files.list(directory)) {
      assertThat(left).as(name).isEmpty();
    }
  }

  /** What the stream reader throws when it reads the whole document. */
  private static Throwable streamFailure(JsonMapper mapper, byte[] json, IdSpill spill) {
    return catchThrowable(
        () -> {
          try (DatasetStreamReader reader =
              DatasetStreamReader.open(mapper, new ByteArrayInputStream(json), spill)) {
            reader.finish();
          }
        });
  }

  /** The document as bytes, with its {@code {{repeat N text}}} and {@code {{bytes ..}}} expanded. */
  static byte[] bytes(String name) {
    String text = document(name);
    Matcher m = BYTES.matcher(text);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (m.find()) {
      out.writeBytes(text.substring(at, m.start()).getBytes(StandardCharsets.UTF_8));
      out.writeBytes(HexFormat.of().parseHex(m.group(1).replace(" ", "")));
      at = m.end();
    }
    out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** The document with its {@code {{repeat N text}}} expanded. */
  static String document(String name) {
    Matcher m = REPEAT.matcher(read(name + ".json"));
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          sb, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
    }
    return m.appendTail(sb).toString();
  }

  /** The texts the message must contain: every {@code message:} line. */
  private static List<String> messages(String name) {
    return read(name + ".expected")
        .lines()
        .filter(line -> line.startsWith("message: "))
        .map(line -> line.substring("message: ".length()))
        .toList();
  }

  private static Map<String, String> expected(String name) {
    Map<String, String> expected = new LinkedHashMap<>();
    for (String line : read(name + ".expected").split("\n")) {
      int colon = line.indexOf(": ");
      if (colon > 0) {
        expected.put(line.substring(0, colon), line.substring(colon + 2));
      }
    }
    return expected;
  }

  private static String read(String file) {
    try (InputStream in =
        BadInputCatalogueTest.class.getResourceAsStream("/" + DIRECTORY + "/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no " + DIRECTORY + "/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path directory() {
    try {
      return Path.of(BadInputCatalogueTest.class.getResource("/" + DIRECTORY).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
