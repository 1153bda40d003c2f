package dev.hearsay.examples.cli;

import dev.hearsay.examples.render.SafeText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * How the commands end when something is wrong: one place for what they print on the error
 * stream and the exit code that goes with it, so that {@code show}, {@code validate}, {@code
 * export} and {@code import} say the same thing the same way.
 */
final class Outcome {
  /** How many of an invalid dataset's violations the commands other than {@code validate} list. */
  static final int LISTED_VIOLATIONS = 5;

  private Outcome() {}

  /**
   * Prints why a file cannot be used, after its name.
   *
   * @param err the error stream
   * @param shown the file's name as shown
   * @param problem why, in words
   * @return {@value HearsayCli#UNREADABLE}
   */
  static int unreadable(PrintWriter err, String shown, String problem) {
    return print(err, shown + ": " + SafeText.message(problem), HearsayCli.UNREADABLE);
  }

  /**
   * Prints what is wrong with a dataset that was not read whole, and gives the exit code; nothing
   * when it was read.
   *
   * @param err the error stream
   * @param input the FILE argument
   * @param reading what came of reading it
   * @return the exit code, or nothing when the dataset was read
   */
  static OptionalInt failed(PrintWriter err, DatasetInput input, DatasetFiles.Reading reading) {
    if (reading instanceof DatasetFiles.Unreadable unreadable) {
      return OptionalInt.of(unreadable(err, input.shown(), unreadable.problem()));
    }
    if (reading instanceof DatasetFiles.Invalid invalid) {
      err.println(
          input.shown()
              + ": invalid dataset; run 'hearsay validate "
              + (input.standardInput() ? "-" : input.shown())
              + "' for details");
      invalid.problems().stream()
          .limit(LISTED_VIOLATIONS)
          .forEach(p -> err.println("  " + SafeText.message(p)));
      long more = invalid.total() - Math.min(LISTED_VIOLATIONS, invalid.problems().size());
      if (more > 0) {
        err.println(String.format(Locale.ROOT, "  ... and %,d more", more));
      }
      err.flush();
      return OptionalInt.of(HearsayCli.INVALID);
    }
    return OptionalInt.empty();
  }

  /**
   * Prints a corpus that was refused: its first problems, and the command that lists them all.
   *
   * @return the refusal's exit code
   */
  static int refused(PrintWriter err, CorpusInput input, CorpusInput.Refused refused) {
    refused.print(err, input.validateArguments());
    return refused.exit();
  }

  /**
   * Writes a command's document to standard output or to the file of {@code -o}, and says why
   * when it cannot.
   *
   * @param text the document
   * @param output the file of {@code -o}, or null for standard output
   * @return 0, or {@value HearsayCli#UNREADABLE} when the file cannot be written
   */
  static int written(String text, String output, PrintWriter out, PrintWriter err) {
    err.flush();
    String problem = OutputFile.write(text, output, out);
    return problem == null ? 0 : unreadable(err, SafeText.value(output), problem);
  }

  /**
   * A file that cannot be read or written, in words.
   *
   * @param e what the file system said
   * @param verb {@code read} or {@code write}
   */
  static String fileProblem(IOException e, String verb) {
    if (e instanceof NoSuchFileException) {
      return verb.equals("write") ? "no such directory" : "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f) {
      return "cannot "
          + verb
          + " the file: "
          + (f.getReason() == null ? "the system refused" : f.getReason());
    }
    return "cannot " + verb + " the file: " + e.getMessage();
  }

  private static int print(PrintWriter err, String line, int exit) {
    err.println(line);
    err.flush();
    return exit;
  }
}
