package dev.hearsay.examples.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --links FILE} option of the commands that read several datasets as a corpus. */
final class LinksOption {
  @Option(
      names = "--links",
      paramLabel = "FILE",
      description = "The links document between the datasets given as FILEs.")
  private String links;

  /** The links file given, if any. */
  Optional<String> file() {
    return Optional.ofNullable(links);
  }
}
