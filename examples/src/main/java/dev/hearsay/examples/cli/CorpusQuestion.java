package dev.hearsay.examples.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/**
 * A question about the whole corpus, such as {@code conflicts} and {@code timeline}: {@code
 * [FILE...]} and {@code --as-of DATE}.
 */
abstract class CorpusQuestion extends DatedQuestion {
  @Parameters(
      index = "0..*",
      paramLabel = "FILE",
      description = "Datasets in JSON, a corpus manifest, or JSON Lines.")
  private List<String> files = new ArrayList<>();

  @Override
  List<String> files() {
    return files;
  }
}
