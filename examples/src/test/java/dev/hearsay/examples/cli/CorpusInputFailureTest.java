package dev.hearsay.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.examples.CorpusReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that cannot be one corpus is refused whole, by every command that reads a corpus: a
 * message in words that names the file and the path, the exit code of {@code validate}, nothing on
 * standard output, and nothing a terminal would act on.
 */
class CorpusInputFailureTest {
  /** Every command that reads a corpus, with the arguments before the files. */
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("show"),
          List.of("trace", "kbs/c-some-in-kursk"),
          List.of("origins", "kbs/c-some-in-kursk"),
          List.of("conflicts"),
          List.of("timeline"),
          List.of("asof", "2024-10-30"));

  @TempDir Path dir;

  private Path copy(String resource) {
    try (InputStream in = getClass().getResourceAsStream(CorpusReport.FOLDER + resource)) {
      Path file = dir.resolve(resource);
      Files.copy(in, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** Runs every command on the files, and checks that each refuses them alike. */
  private static void everyCommandRefuses(int exit, String message, String... files) {
    for (List<String> command : COMMANDS) {
      String[] args = new String[command.size() + files.length];
      for (int i = 0; i < command.size(); i++) {
        args[i] = command.get(i);
      }
      System.arraycopy(files, 0, args, command.size(), files.length);
      ProgramRun run = ProgramRun.of(args);

      assertThat(run.exit()).as("%s: %s", command, run.printed()).isEqualTo(exit);
      assertThat(run.err()).as("%s", command).contains(message);
      assertThat(run.out()).as("%s", command).isEmpty();
      HostileInputTest.assertSafe(run);
    }
  }

  @Test
  void linksNamingAMissingDatasetAreRefusedWithTheFileAndThePath() throws IOException {
    Path kbs = copy("kbs.json");
    Path links =
        write(
            "links.json",
            "{\"schemaVersion\": \"1.1\", \"identities\": [{\"identity\":"
                + " \"same\", \"first\": {\"dataset\": \"kbs\", \"actor\": \"reuters\"}, \"second\":"
                + " {\"dataset\": \"nowhere\", \"actor\": \"reuters\"}}]}");

    everyCommandRefuses(
        1,
        links
            + ", line 1, column 41: identities[0].second.dataset: no"
            + " dataset has the id 'nowhere'",
        kbs.toString(),
        "--links",
        links.toString());
  }

  @Test
  void manyProblemsAreCountedWithTheCommandThatListsThemAll() {
    Path kbs = copy("kbs.json");
    Path links = copy("links.json");
    ProgramRun origins =
        ProgramRun.of("origins", "c-some-in-kursk", kbs.toString(), "--links", links.toString());
    ProgramRun validate = ProgramRun.of("validate", kbs.toString(), "--links", links.toString());

    long listed = validate.out().lines().filter(l -> l.startsWith("  " + links)).count();
    assertThat(validate.exit()).isEqualTo(1);
    assertThat(validate.out()).startsWith("the corpus: invalid corpus, " + listed + " problems:");
    assertThat(origins.exit()).isEqualTo(1);
    assertThat(origins.err().lines()).hasSize(CorpusInput.LISTED + 1);
    assertThat(origins.err())
        .contains(
            "... and "
                + (listed - CorpusInput.LISTED)
                + " more problems; run 'hearsay validate "
                + kbs
                + " --links "
                + links
                + "' for every"
                + " problem");
  }

  @Test
  void aFileThatIsNotADatasetIsRefused() throws IOException {
    Path kbs = copy("kbs.json");
    Path array = write("array.json", "[1, 2]");

    everyCommandRefuses(
        1,
        array + ", line 1, column 1: expected a dataset object, found an" + " array",
        kbs.toString(),
        array.toString());
  }

  @Test
  void aFileThatIsNotJsonIsUnreadable() throws IOException {
    Path kbs = copy("kbs.json");
    Path broken = write("broken.json", "{nope");

    everyCommandRefuses(
        2,
        broken + ", line 1, column 2: expected a field name in double" + " quotes, found 'n'",
        kbs.toString(),
        broken.toString());
  }

  @Test
  void aLineOfJsonLinesThatIsNotJsonIsUnreadable() throws IOException {
    Path lines = write("corpus.jsonl", "{\"id\": \"x\", \"dataset\": []}\nnot json\n");

    everyCommandRefuses(
        2, lines + ", line 2, column 1: 'not' is not a JSON value", lines.toString());
    assertThat(ProgramRun.of("show", lines.toString()).err())
        .contains(lines + ", line 1, column 24: dataset: expected a dataset object");
  }

  @Test
  void aDirectoryIsNoFile() throws IOException {
    Path kbs = copy("kbs.json");
    Path folder = Files.createDirectory(dir.resolve("links"));
    copy("swissinfo.json");
    Path manifest =
        write(
            "corpus.json",
            "{\"schemaVersion\": \"1.1\", \"datasets\": ["
                + "{\"id\": \"kbs\", \"file\": \"kbs.json\"}], \"links\": \"links\"}");

    everyCommandRefuses(
        2, folder + ": a directory, not a file", kbs.toString(), "--links", folder.toString());
    everyCommandRefuses(2, "links: ", manifest.toString());
  }

  @Test
  void twoDatasetsUnderOneIdAreRefused() throws IOException {
    Path kbs = copy("kbs.json");
    Path other = Files.createDirectory(dir.resolve("other")).resolve("kbs.json");
    Files.copy(kbs, other);

    everyCommandRefuses(
        1,
        other + ": two datasets under the id 'kbs', this and " + kbs,
        kbs.toString(),
        other.toString());
  }

  @Test
  void twoDatasetsUnderOneIdInAManifestAreRefused() throws IOException {
    copy("kbs.json");
    copy("swissinfo.json");
    Path manifest =
        write(
            "corpus.json",
            "{\"schemaVersion\": \"1.1\", \"datasets\": ["
                + "{\"id\": \"kbs\", \"file\": \"kbs.json\"}, {\"id\": \"kbs\", \"file\":"
                + " \"swissinfo.json\"}]}");

    everyCommandRefuses(1, "datasets[1].id: ", manifest.toString());
    assertThat(ProgramRun.of("show", manifest.toString()).err()).contains("DUPLICATE_ID");
  }

  @Test
  void aManifestNamingAMissingFileIsRefused() throws IOException {
    copy("kbs.json");
    Path manifest =
        write(
            "corpus.json",
            "{\"schemaVersion\": \"1.1\", \"datasets\": ["
                + "{\"id\": \"kbs\", \"file\": \"kbs.json\"}, {\"id\": \"gone\", \"file\":"
                + " \"gone.json\"}]}");

    everyCommandRefuses(2, "gone.json: cannot be read: there is no such file", manifest.toString());
  }

  @Test
  void aFileNameThatIsNoDatasetIdIsRefused() throws IOException {
    Path kbs = copy("kbs.json");
    Path badly = Files.copy(kbs, dir.resolve("9 \u001b[2J.json"));

    everyCommandRefuses(2, "'9 \\u001b[2J' is not a dataset id", kbs.toString(), badly.toString());
  }

  @Test
  void aClaimThatIsNotThereIsRefusedWithExitCode1() {
    ProgramRun missing = ProgramRun.of("origins", "--corpus", "kbs/c-\u001b[2Jnone");
    ProgramRun noDataset = ProgramRun.of("trace", "--corpus", "nowhere:c-arrived");
    ProgramRun bare = ProgramRun.of("trace", "--corpus", "c-none");

    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("the dataset 'kbs' has no claim 'c-\\u001b[2Jnone'");
    assertThat(noDataset.exit()).isEqualTo(1);
    assertThat(noDataset.err()).contains("no claim 'nowhere:c-arrived' in the corpus");
    assertThat(bare.exit()).isEqualTo(1);
    for (ProgramRun run : List.of(missing, noDataset, bare)) {
      assertThat(run.out()).isEmpty();
      HostileInputTest.assertSafe(run);
    }
  }

  @Test
  void aBareClaimIdOfTwoDatasetsIsRefusedWithTheCandidates() {
    ProgramRun run = ProgramRun.of("origins", "--corpus", "c-some-in-kursk");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "'c-some-in-kursk' names 2 claims; name one of them:"
                + " swissinfo/c-some-in-kursk, kbs/c-some-in-kursk");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aDateThatIsNotEdtfIsAWrongCommandLine() {
    ProgramRun run = ProgramRun.of("asof", "2024-13-45", "--corpus");
    ProgramRun asOf = ProgramRun.of("origins", "--corpus", "--as-of", "soon", "c-arrived-kursk");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("'2024-13-45' is not a date in EDTF");
    assertThat(asOf.exit()).isEqualTo(2);
    assertThat(asOf.err()).contains("'soon' is not a date in EDTF");
  }

  @Test
  void theWorkedCorpusTakesNoFile() throws IOException {
    Path kbs = copy("kbs.json");
    ProgramRun run = ProgramRun.of("timeline", "--corpus", kbs.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--corpus reads the worked corpus");
  }

  @Test
  void aManifestTakesNoLinksFile() throws IOException {
    copy("kbs.json");
    Path manifest =
        write(
            "corpus.json",
            "{\"schemaVersion\": \"1.1\", \"datasets\": ["
                + "{\"id\": \"kbs\", \"file\": \"kbs.json\"}]}");
    Path links = write("links.json", "{\"schemaVersion\": \"1.1\"}");
    ProgramRun run = ProgramRun.of("conflicts", manifest.toString(), "--links", links.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("a corpus manifest names its own links");
  }

  @Test
  void validateListsEveryProblemOfACorpusWithItsFile() throws IOException {
    Path kbs = copy("kbs.json");
    Path array = write("array.json", "[]");
    Path links =
        write(
            "links.json",
            "{\"schemaVersion\": \"1.1\", \"claims\": [{\"kind\":"
                + " \"supports\", \"from\": {\"dataset\": \"kbs\", \"claim\": \"c-none\"}, \"to\":"
                + " {\"dataset\": \"kbs\", \"claim\": \"c-some-in-kursk\"}}]}");
    ProgramRun run =
        ProgramRun.of("validate", kbs.toString(), array.toString(), "--links", links.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "the corpus: invalid corpus, 2 problems:",
            array + ", line 1, column 1: expected a dataset object, found an array",
            links + ", line 1, column 37: claims[0].from.claim: ");
    HostileInputTest.assertSafe(run);
  }
}
