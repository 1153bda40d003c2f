package dev.hearsay.claimreview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The test documents, from the test resources. */
final class Resources {
  private Resources() {}

  static Path directory(String name) {
    try {
      return Path.of(Resources.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The names of the JSON documents in a directory, without {@code .json}, sorted. */
  static List<String> documents(String directory) {
    try (Stream<Path> files = Files.list(directory(directory))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(String directory, String name) {
    try {
      return Files.readAllBytes(directory(directory).resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String directory, String name) {
    return new String(bytes(directory, name), java.nio.charset.StandardCharsets.UTF_8);
  }
}
