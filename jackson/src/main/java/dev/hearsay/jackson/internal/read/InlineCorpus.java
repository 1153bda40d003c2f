package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.jackson.Problem;

/**
 * Reads a corpus manifest from a stream, as the mapper does: every dataset and the links must be
 * inline, since there is no directory to find files in.
 */
final class InlineCorpus {
  private static final String DOCUMENT = "corpus";

  private InlineCorpus() {}

  static Corpus read(JsonCursor in) {
    CorpusAssembly assembly = new CorpusAssembly(DOCUMENT, in.maxProblems());
    // The manifest reader moves to the first token itself; the mapper stands on it already.
    ManifestReader.Manifest manifest = ManifestReader.read(in);
    CorpusReaders.resolve(
        manifest,
        DOCUMENT,
        assembly,
        new CorpusReaders.Files() {
          @Override
          public Dataset dataset(String file, CorpusAssembly.Origin origin) {
            assembly.problem(
                DOCUMENT,
                new Problem(
                    origin.idPath().replace(".id", ".file"),
                    -1,
                    -1,
                    "names a file, but a manifest read from a stream has no directory to find it in;"
                        + " give the dataset inline, or read the manifest with CorpusFiles.read",
                    null,
                    null));
            return null;
          }

          @Override
          public void links(String file) {
            assembly.problem(
                DOCUMENT,
                new Problem(
                    "links",
                    -1,
                    -1,
                    "names a file, but a manifest read from a stream has no directory to find it in;"
                        + " give the links inline, or read the manifest with CorpusFiles.read",
                    null,
                    null));
          }
        });
    return assembly.build();
  }
}
