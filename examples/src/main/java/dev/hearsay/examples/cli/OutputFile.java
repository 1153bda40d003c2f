package dev.hearsay.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Where a command's document goes: standard output, or the file of {@code -o}. */
final class OutputFile {
  private OutputFile() {}

  /**
   * Writes the text; returns why it could not, or null when it was written.
   *
   * @param file the file of {@code -o}, or null for standard output
   */
  static String write(String text, String file, PrintWriter out) {
    if (file == null) {
      out.print(text);
      out.flush();
      return null;
    }
    try {
      Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
      return null;
    } catch (InvalidPathException e) {
      return "not a file name this system allows";
    } catch (IOException e) {
      return Outcome.fileProblem(e, "write");
    }
  }
}
