package dev.hearsay.examples.cli;

import dev.hearsay.core.time.ImpreciseTime;
import java.util.Optional;
import picocli.CommandLine.Mixin;

/** A question that can be asked as of a date: {@code --as-of DATE}. */
abstract class DatedQuestion extends CorpusCommand {
  @Mixin private AsOfOption asOf = new AsOfOption();

  @Override
  final Optional<ImpreciseTime> asOf() {
    return asOf.date();
  }
}
