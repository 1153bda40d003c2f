package dev.hearsay.jackson;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem of a corpus read from JSON, as {@link InvalidCorpusException} lists it: the
 * document it is in (the file, as the manifest or the caller named it), and the {@link Problem}
 * there, with its path in that document, its line and column, and a message for people.
 *
 * <pre>{@code
 * } catch (InvalidCorpusException e) {
 *   for (CorpusProblem problem : e.problems()) {
 *     System.err.println(problem);   // links.json:14:7: identities[2].second.dataset: ...
 *   }
 * }
 * }</pre>
 *
 * @param document the file the problem is in, such as {@code links.json}, {@code kursk.json} or
 *     {@code corpus.jsonl}; {@code corpus} or {@code links} for a document read from a stream
 * @param problem the problem: its path in the document (a dataset inline in a manifest has the
 *     path {@code datasets[2].dataset.claims[c1]}, a line of JSON Lines {@code dataset.claims[c1]}),
 *     its line in the file and its column, and its message
 */
public record CorpusProblem(String document, Problem problem) implements Serializable {
  /**
   * Checks that both parts are present.
   *
   * @throws NullPointerException when a part is null
   */
  public CorpusProblem {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(problem, "problem");
  }

  /** Formats the problem as {@code document:line:column: problem}, without an unknown place. */
  @Override
  public String toString() {
    String place =
        problem.line() <= 0
            ? ""
            : problem.column() <= 0
                ? ":" + problem.line()
                : ":" + problem.line() + ":" + problem.column();
    return document
        + place
        + ": "
        + problem.where()
        + ": "
        + problem.message()
        + problem.code().map(code -> " [" + code + "]").orElse("");
  }
}
