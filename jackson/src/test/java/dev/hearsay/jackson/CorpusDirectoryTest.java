package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.corpus.DatasetId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * A directory where a links document or a manifest should be is a file that cannot be read: one
 * problem of the corpus, named by its file, never another exception.
 */
class CorpusDirectoryTest {
  private final JsonMapper mapper = HearsayMappers.recommended().build();

  @TempDir
  Path dir;

  @Test
  void aLinksFileThatIsADirectoryIsAProblem() throws IOException {
    Path links = Files.createDirectory(dir.resolve("links.json"));

    InvalidCorpusException e = catchThrowableOfType(InvalidCorpusException.class,
        () -> CorpusFiles.read(mapper, Map.<DatasetId, Path>of(), Optional.of(links)));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.document()).isEqualTo(links.toString());
      assertThat(p.problem().message()).startsWith("cannot be read");
    });
  }

  @Test
  void aManifestThatIsADirectoryIsAProblem() throws IOException {
    Path manifest = Files.createDirectory(dir.resolve("corpus.json"));

    InvalidCorpusException e = catchThrowableOfType(InvalidCorpusException.class,
        () -> CorpusFiles.read(mapper, manifest));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.document()).isEqualTo(manifest.toString());
      assertThat(p.problem().message()).startsWith("cannot be read");
    });
  }
}
