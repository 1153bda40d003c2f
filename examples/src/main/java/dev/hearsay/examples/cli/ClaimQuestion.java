package dev.hearsay.examples.cli;

import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusIndex;
import dev.hearsay.examples.render.AnswerJson;
import dev.hearsay.examples.render.ClaimWords;
import dev.hearsay.examples.render.SafeText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A question about one claim, such as {@code trace} and {@code origins}: {@code CLAIM [FILE...]}
 * and {@code --as-of DATE}. The claim is looked up once here; a claim that is not there is
 * reported with the date and, when it looks like a file, a hint, and the command exits with
 * {@value HearsayCli#INVALID}.
 */
abstract class ClaimQuestion extends DatedQuestion {
  @Parameters(index = "0", paramLabel = "CLAIM", description = "The claim asked about.")
  private String claim;

  @Parameters(
      index = "1..*",
      paramLabel = "FILE",
      description = "Datasets in JSON, a corpus manifest, or JSON Lines.")
  private List<String> files = new ArrayList<>();

  @Override
  List<String> files() {
    return files;
  }

  @Override
  Optional<String> claim() {
    return Optional.ofNullable(claim);
  }

  /**
   * Answers about the claim found.
   *
   * @param index the corpus, as of the date when one was given
   * @param ref the claim asked about
   * @param answer where the answer goes, and in which form
   * @return the exit code
   */
  abstract int answer(CorpusIndex index, ClaimRef ref, Answer answer);

  @Override
  final int answer(CorpusIndex index, Answer answer, PrintWriter err) {
    ClaimName.Lookup lookup =
        ClaimName.find(
            index.corpus(),
            claim,
            asOf().map(t -> " as of " + SafeText.value(t.toEdtf())).orElse(""));
    if (lookup instanceof ClaimName.NotFound notFound) {
      err.println(notFound.problem() + CorpusCommand.fileFirst(claim));
      return HearsayCli.INVALID;
    }
    return answer(index, ((ClaimName.Found) lookup).claim(), answer);
  }

  /** The first line of a text answer: the claim, its proposition and the date asked as of. */
  String headline(Corpus corpus, ClaimRef ref) {
    return ref
        + ": "
        + SafeText.escape(ClaimWords.proposition(corpus, ref))
        + asOfWords("  (as of ", ")");
  }

  /** The start of a JSON answer: the claim, the claims that say the same, and the date. */
  ObjectNode jsonHead(ClaimRef ref, List<ClaimRef> cluster) {
    ObjectNode root = AnswerJson.object();
    root.set("claim", AnswerJson.claim(ref));
    ArrayNode claims = root.putArray("cluster");
    cluster.forEach(c -> claims.add(AnswerJson.claim(c)));
    putAsOf(root);
    return root;
  }
}
