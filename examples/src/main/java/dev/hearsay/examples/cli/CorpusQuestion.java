package dev.hearsay.examples.cli;

import dev.hearsay.core.time.ImpreciseTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * A question about the whole corpus, such as {@code conflicts} and {@code timeline}: {@code
 * [FILE...]} and {@code --as-of DATE}.
 */
abstract class CorpusQuestion extends CorpusCommand {
  @Parameters(
      index = "0..*",
      paramLabel = "FILE",
      description = "Datasets in JSON, a corpus manifest, or JSON Lines.")
  private List<String> files = new ArrayList<>();

  @Mixin private AsOfOption asOf = new AsOfOption();

  @Override
  List<String> files() {
    return files;
  }

  @Override
  Optional<ImpreciseTime> asOf() {
    return asOf.date();
  }
}
