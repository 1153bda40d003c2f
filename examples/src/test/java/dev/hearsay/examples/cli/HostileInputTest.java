package dev.hearsay.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code hostile/} given to {@code validate} and to {@code show}: the exit code, the
 * message in words, no stack trace or Java name, and nothing a terminal would act on.
 */
class HostileInputTest {
  /**
   * A hostile file and what the program must make of it.
   *
   * @param file its name in {@code hostile/}
   * @param exit the exit code of {@code validate} and {@code show}
   * @param message what {@code validate} prints about it, escaped
   */
  record Hostile(String file, int exit, String message) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Hostile> files() {
    return List.of(
        new Hostile("null.json", 1, "line 1, column 1: expected a dataset object, found null"),
        new Hostile("array.json", 1, "expected a dataset object, found an array"),
        new Hostile("number.json", 1, "expected a dataset object, found a number"),
        new Hostile("empty.json", 2, ": the file is empty"),
        new Hostile("white-space.json", 2, ": the file holds only white space"),
        new Hostile("bom-and-white-space.json", 2, ": the file holds only white space"),
        new Hostile("truncated.json", 2, "the input ends before the object is closed"),
        new Hostile("comment.json", 2, "found a comment, which JSON does not allow"),
        new Hostile(
            "single-quotes.json",
            2,
            "line 1, column 2: expected a field name in double quotes, found \"'\""),
        new Hostile("nan.json", 2, "places[p].coordinates: 'NaN' is not a value in JSON"),
        new Hostile("plus-sign.json", 2, "a number with a plus sign, which JSON does not allow"),
        new Hostile(
            "leading-zero.json", 2, "a number with a leading zero, which JSON does not allow"),
        new Hostile(
            "raw-escape-in-string.json",
            2,
            "metadata.title: a string holds a control character as it is; write it as the escape"
                + " \\u001b"),
        new Hostile(
            "raw-nul-between-values.json", 2, "a control character '\\u0000' between values"),
        new Hostile(
            "bidi-override-between-values.json",
            2,
            "expected a field name in double quotes, found '\\u202e'"),
        new Hostile("bad-escape.json", 2, "a backslash before 'x', which is not an escape in JSON"),
        new Hostile("not-utf8.json", 2, "not UTF-8 text: the byte 0xff cannot stand here"),
        new Hostile("not-unicode.json", 2, "not text in UTF-8, UTF-16 or UTF-32"),
        new Hostile(
            "ansi-in-field-name.json",
            1,
            "'\\u001b]0;pwned\\u0007\\u001b[2J' is not a field of Dataset"),
        new Hostile("bidi-in-field-name.json", 1, "'abc\\u202edef' is not a field of Dataset"),
        new Hostile("nul-in-field-name.json", 1, "'a\\u0000b' is not a field of Dataset"),
        new Hostile(
            "ansi-in-enum-value.json",
            1,
            "actors[a].kind: '\\u001b[2Jperson' is not an actor kind; use one of person,"),
        new Hostile("ansi-in-id.json", 1, "actors[0].id: 'a\\u001b[2J' is not a valid id"),
        new Hostile("ansi-in-version.json", 1, "schemaVersion: '\\u001b[2J1.1' is not a version"),
        new Hostile(
            "long-id.json",
            1,
            "'" + "a".repeat(200) + "… (4,800 more characters)' is not a valid id"),
        new Hostile(
            "misspelt-field.json",
            1,
            "claims[c1].propositon: 'propositon' is not a field of Claim; did you mean"
                + " 'proposition'?"),
        new Hostile("unknown-field.json", 1, "claims[c1].colour: 'colour' is not a field of Claim"),
        new Hostile(
            "misspelt-top-level-field.json",
            1,
            "claim: 'claim' is not a field of Dataset; did you mean 'claims'?"),
        new Hostile(
            "two-documents.json",
            2,
            "line 2, column 1: more after the end of the dataset; a file holds one dataset"),
        new Hostile("trailing-garbage.json", 2, "line 2, column 1: 'x' is not a JSON value"),
        new Hostile("long-number.json", 2, "a number longer than the limit of 1,000 digits"),
        new Hostile(
            "long-field-name.json", 2, "a field name longer than the limit of 1,000 characters"),
        new Hostile("deep-nesting.json", 2, "values nested deeper than the limit of 32 levels"),
        new Hostile(
            "bad-date.json",
            1,
            "metadata.created: '2024-02-30' is not a date or time as ISO 8601 writes it"),
        new Hostile("hostile-texts.json", 0, ": valid (1 claim, 0 events)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void validateSaysWhatIsWrongInWords(Hostile hostile) throws URISyntaxException {
    ProgramRun run = ProgramRun.of("validate", path(hostile.file()).toString());

    assertThat(run.exit()).as(run.printed()).isEqualTo(hostile.exit());
    assertThat(run.printed()).contains(hostile.message());
    assertSafe(run);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void showRefusesOrShowsItSafely(Hostile hostile) throws URISyntaxException {
    ProgramRun run = ProgramRun.of("show", path(hostile.file()).toString());

    assertThat(run.exit()).as(run.printed()).isEqualTo(hostile.exit());
    if (hostile.exit() != 0) {
      assertThat(run.err())
          .contains(
              hostile.message().startsWith(": ")
                  ? hostile.message().substring(2)
                  : hostile.message());
      assertThat(run.out()).isEmpty();
    }
    assertSafe(run);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyFormatOfShowIsSafe(Hostile hostile) throws URISyntaxException {
    for (String format : List.of("json", "mermaid")) {
      ProgramRun run = ProgramRun.of("show", "--format", format, path(hostile.file()).toString());

      assertThat(run.exit()).as(format).isEqualTo(hostile.exit());
      assertSafe(run);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void aCorpusWithTheFileIsRefusedOrAnsweredSafely(Hostile hostile) throws URISyntaxException {
    Path seed = Path.of(HostileInputTest.class.getResource(DatasetFiles.EMBEDDED).toURI());
    for (List<String> command :
        List.of(
            List.of("timeline"),
            List.of("conflicts"),
            List.of("origins", "kursk-report:c-set-to-join"),
            List.of("show"))) {
      List<String> args = new java.util.ArrayList<>(command);
      args.add(seed.toString());
      args.add(path(hostile.file()).toString());
      ProgramRun run = ProgramRun.of(args.toArray(String[]::new));

      assertThat(run.exit()).as("%s: %s", command, run.printed()).isEqualTo(hostile.exit());
      if (hostile.exit() != 0) {
        assertThat(run.out()).isEmpty();
      }
      assertSafe(run);
    }
  }

  @Test
  void showEscapesEveryTextOfAValidHostileDataset() throws URISyntaxException {
    String out = ProgramRun.of("show", path("hostile-texts.json").toString()).out();

    assertThat(out)
        .contains(
            "T\\u001b]0;pwned\\u0007\\u001b[2J\\u202eevil\\u0000x\\ud800",
            "  c1  p\\u001b[2J\\nfake line\\u200b",
            "    N\\u001b[31mred\\u2066 (\"c\\u001b\\u061c\\u200e\", CT+)",
            "    parties: 1 for (N\\u001b[31mred\\u2066), 0 against; channels: 1",
            "    note: n\\u0085\\u009b31m");
    assertThat(out).doesNotContain("\nfake line");
  }

  @Test
  void theJsonOfAValidHostileDatasetIsEscapedAndMeansTheSame(@TempDir Path dir)
      throws IOException, URISyntaxException {
    ProgramRun run =
        ProgramRun.of("show", "--format", "json", path("hostile-texts.json").toString());
    Path written = Files.writeString(dir.resolve("written.json"), run.out());

    assertThat(run.out())
        .contains("\"T\\u001B]0;pwned\\u0007\\u001B[2J\\u202Eevil\\u0000x\\uD800\"");
    assertThat(new DatasetFiles().read(written))
        .isEqualTo(new DatasetFiles().read(path("hostile-texts.json")));
  }

  @Test
  void everyFileIsListedInTheReadmeAndHasAnExpectation() throws IOException, URISyntaxException {
    Path folder = path("README.md").getParent();
    Set<String> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files =
          listed
              .map(p -> p.getFileName().toString())
              .filter(name -> !name.equals("README.md"))
              .collect(Collectors.toSet());
    }
    Matcher rows =
        Pattern.compile("(?m)^\\| `([^`]+)` \\|")
            .matcher(Files.readString(folder.resolve("README.md"), StandardCharsets.UTF_8));
    Set<String> described = new HashSet<>();
    while (rows.find()) {
      described.add(rows.group(1));
    }

    assertThat(described).isEqualTo(files);
    assertThat(files().stream().map(Hostile::file).collect(Collectors.toSet())).isEqualTo(files);
  }

  /** No stack trace, no Java name, nothing a terminal would act on. */
  static void assertSafe(ProgramRun run) {
    assertThat(ProgramRun.JAVA.matcher(run.printed()).find())
        .as("Java in %s", run.printed())
        .isFalse();
    assertThat(run.firstUnsafeCharacter())
        .as("a character a terminal acts on in %s", run.printed())
        .isEqualTo(-1);
  }

  private static Path path(String file) throws URISyntaxException {
    return Path.of(HostileInputTest.class.getResource("/hostile/" + file).toURI());
  }
}
