package dev.hearsay.examples.cli;

import dev.hearsay.examples.render.SafeText;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A FILE on the command line: the path of a dataset file, or {@value #STANDARD_INPUT} for
 * standard input. A file named {@code -} is given as {@code ./-}.
 *
 * @param argument the argument as given
 */
record DatasetInput(String argument) {
  /** The argument that stands for standard input. */
  static final String STANDARD_INPUT = "-";

  /** Whether this is standard input. */
  boolean standardInput() {
    return argument.equals(STANDARD_INPUT);
  }

  /** The name to print before what came of reading it: safe for a terminal, and cut if long. */
  String shown() {
    return standardInput() ? "standard input" : SafeText.value(argument);
  }

  /** Reads the dataset; never throws for bad input. */
  DatasetFiles.Reading read(DatasetFiles files, InputStream standardInput) {
    if (standardInput()) {
      return files.read(standardInput);
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      return new DatasetFiles.Unreadable("not a file name this system allows");
    }
    return files.read(path);
  }
}
