package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.corpus.DatasetId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * A directory where a links document, a manifest or a dataset should be is a file that cannot be
 * read, and so is a pipe or a device that a manifest names: one problem of the corpus, named by its
 * file, never another exception, never a wait.
 */
class CorpusDirectoryTest {
  private final JsonMapper mapper = HearsayMappers.recommended().build();

  @TempDir Path dir;

  @Test
  void aLinksFileThatIsADirectoryIsAProblem() throws IOException {
    Path links = Files.createDirectory(dir.resolve("links.json"));

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () -> CorpusFiles.read(mapper, Map.<DatasetId, Path>of(), Optional.of(links)));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.document()).isEqualTo(links.toString());
              assertThat(p.problem().message()).startsWith("cannot be read");
            });
  }

  @Test
  void aManifestThatIsADirectoryIsAProblem() throws IOException {
    Path manifest = Files.createDirectory(dir.resolve("corpus.json"));

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class, () -> CorpusFiles.read(mapper, manifest));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.document()).isEqualTo(manifest.toString());
              assertThat(p.problem().message()).startsWith("cannot be read");
            });
  }

  @Test
  void aDatasetThatIsADirectorySaysSo() throws IOException {
    Files.createDirectory(dir.resolve("a.json"));
    Path manifest =
        Files.writeString(
            dir.resolve("corpus.json"),
            "{\"schemaVersion\": \"1.1\", \"datasets\": [{\"id\": \"a\", \"file\": \"a.json\"}]}");

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class, () -> CorpusFiles.read(mapper, manifest));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.document()).isEqualTo("a.json");
              assertThat(p.problem().message()).isEqualTo("cannot be read: it is a directory");
            });
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aPipeNamedByAManifestIsRefusedWithoutWaitingForAWriter() throws Exception {
    Path pipe = dir.resolve("a.json");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    } catch (IOException noMkfifo) {
      Assumptions.abort("mkfifo is not available here");
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo made no pipe");
    Path manifest =
        Files.writeString(
            dir.resolve("corpus.json"),
            "{\"schemaVersion\": \"1.1\", \"datasets\": [{\"id\": \"a\", \"file\": \"a.json\"}]}");

    InvalidCorpusException e =
        catchThrowableOfType(
            InvalidCorpusException.class, () -> CorpusFiles.read(mapper, manifest));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.problem().message())
                    .isEqualTo("cannot be read: it is not a regular file but a pipe or a device"));
  }
}
