package dev.hearsay.examples.cli;

import dev.hearsay.core.time.ImpreciseTime;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --as-of DATE} option of the questions that can be asked as of a date. */
final class AsOfOption {
  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = CorpusCommand.DateConverter.class,
      description =
          "Answers on what had been said by the date (EDTF, such as 2024-10-30: by the"
              + " end of that day): the claims that may have been said by then.")
  private ImpreciseTime asOf;

  /** The date given, if any. */
  Optional<ImpreciseTime> date() {
    return Optional.ofNullable(asOf);
  }
}
