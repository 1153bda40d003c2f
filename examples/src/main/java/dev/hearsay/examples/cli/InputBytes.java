package dev.hearsay.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The bytes of a FILE on the command line, or of standard input for {@code -}, up to a limit;
 * for documents in other formats, which their own readers parse.
 */
final class InputBytes {
  /** What came of reading: the bytes, or why there are none. */
  sealed interface Result permits Read, Unreadable {}

  /** The input's bytes. */
  record Read(byte[] bytes) implements Result {}

  /** Why the input cannot be read. */
  record Unreadable(String problem) implements Result {}

  private InputBytes() {}

  /** Reads the input; never throws for bad input. */
  static Result read(DatasetInput input, InputStream standardInput, long maxBytes) {
    try {
      if (input.standardInput()) {
        return limited(standardInput, maxBytes, "input");
      }
      Path path;
      try {
        path = Path.of(input.argument());
      } catch (InvalidPathException e) {
        return new Unreadable("not a file name this system allows");
      }
      if (Files.isDirectory(path)) {
        return new Unreadable("a directory, not a file");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return limited(in, maxBytes, "file");
      }
    } catch (IOException e) {
      return new Unreadable(Outcome.fileProblem(e, "read"));
    }
  }

  private static Result limited(InputStream in, long maxBytes, String what) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      return new Unreadable(
          String.format(Locale.ROOT, "the %s has more than %,d bytes, the limit", what, maxBytes));
    }
    if (bytes.length == 0) {
      return new Unreadable("the " + what + " is empty");
    }
    return new Read(bytes);
  }
}
