package dev.hearsay.examples.cli;

import picocli.CommandLine.Option;

/** The {@code -o OUT} option of the commands that write a document. */
final class OutputOption {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Writes to the file OUT instead of standard output.")
  private String output;

  /** The file of {@code -o}, or null for standard output. */
  String file() {
    return output;
  }
}
