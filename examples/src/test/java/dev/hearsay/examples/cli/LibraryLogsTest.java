package dev.hearsay.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program, run as its own process with the libraries' logging configuration on its class
 * path, prints no library's log: a PROV document ProvToolbox cannot read leaves standard output
 * empty and one line on standard error.
 */
class LibraryLogsTest {
  @TempDir Path dir;

  @Test
  void aProvDocumentProvToolboxRefusesPrintsNoLogAndNoStackTrace() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("review.json"),
            "{\"@type\": \"ClaimReview\", \"claimReviewed\": \"x\"}",
            StandardCharsets.UTF_8);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");

    Process program =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-classpath",
                System.getProperty("java.class.path"),
                HearsayCli.class.getName(),
                "import",
                "--from",
                "prov",
                file.toString())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();

    assertThat(program.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(program.exitValue()).isEqualTo(2);
    assertThat(read(out)).isEmpty();
    assertThat(read(err).lines())
        .singleElement()
        .asString()
        .startsWith(file + ": cannot be imported: ");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
