package dev.hearsay.examples;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.jackson.HearsayMappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One report of the worked corpus: its dataset id, its JSON resource, and the file and SHA-256 of
 * the text it encodes. The seed report is not among them; {@link ReportText} has its text.
 */
public record CorpusReport(String id, String resource, String textFile, String sha256) {
  /** The class-path folder of the corpus. */
  public static final String FOLDER = "/dev/hearsay/examples/corpus/";

  /** The reports of the corpus beside the seed, in the manifest's order. */
  public static final List<CorpusReport> ALL =
      List.of(
          new CorpusReport(
              "kyiv",
              "kyiv.json",
              "kyivindependent-2024-10-25.txt",
              "c7b9e359aad7459b737dcdf4001dc3ede5c73d7733a83d98c37cf2afa0a98547"),
          new CorpusReport(
              "pravda",
              "pravda.json",
              "pravda-nyt-2024-10-26.txt",
              "8e8652ff01aaba0358507418c937247564c837146ebdee862d5f5d27bc8b6c54"),
          new CorpusReport(
              "ooda",
              "ooda.json",
              "ooda-nyt-2024-10-28.txt",
              "f9e643ccd6d869b290af70427557c6d7220982b70ff334f0316045cfc3678594"),
          new CorpusReport(
              "nyt-am1",
              "nyt-am1.json",
              "nyt-am1-2024-10-28.txt",
              "c6b9e04ded7d966d9d60796211aae58f9bae8fa304b7edddc5b5e2c4552ae61b"),
          new CorpusReport(
              "swissinfo",
              "swissinfo.json",
              "reuters-swissinfo-2024-10-29.txt",
              "2a1eeffa15fa058e9265c44d2bc1c194c84e47fad6a3cf219b2218a4ec43eb34"),
          new CorpusReport(
              "oafnation",
              "oafnation.json",
              "reuters-oafnation-2024-10-29.txt",
              "0ef1ccdc505c1f215142dddf7859237019cd567046a6ae860ca4c9f2a3860ba5"),
          new CorpusReport(
              "kbs",
              "kbs.json",
              "kbs-188765-2024-10-30.txt",
              "b95749180464afe82d80332bb066081008e6da702595bc663bc261eac4f09245"));

  /** The dataset, read from its resource with the recommended mapper. */
  public Dataset dataset() {
    try (InputStream in = CorpusReport.class.getResourceAsStream(FOLDER + resource)) {
      if (in == null) {
        throw new IllegalStateException("The corpus dataset " + FOLDER + resource + " is missing");
      }
      return HearsayMappers.recommended().build().readValue(in, Dataset.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return id;
  }
}
