package dev.hearsay.jackson;

import dev.hearsay.core.corpus.Corpus;
import java.util.List;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A corpus that could not be read whole, with every problem found in all its documents at once:
 * files that cannot be read or are not JSON, files that are not datasets, problems inside each
 * dataset and the links, two datasets under one id, links that name a missing dataset, claim or
 * entity, and every other rule of {@link Corpus.Builder#build()}. Each {@link CorpusProblem}
 * names its file and the path, line and column in it. Nothing of the corpus is handed back.
 *
 * <pre>{@code
 * try {
 *   Corpus corpus = CorpusFiles.read(mapper, Path.of("corpus.json"));
 * } catch (InvalidCorpusException e) {
 *   e.problems().forEach(System.err::println);   // links.json:14:7: identities[2]...
 * }
 * }</pre>
 *
 * <p>The first problems are kept, up to a limit ({@link HearsayModule#MAX_PROBLEMS}, 1,000 by
 * default), and the rest are counted ({@link #total()}).
 */
public final class InvalidCorpusException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // List.copyOf returns a serializable list of records
  private final List<CorpusProblem> problems;

  private final long total;

  /**
   * Creates the exception.
   *
   * @param problems the problems kept, at least one, in the order found
   * @param total how many problems were found, at least as many as were kept
   * @throws IllegalArgumentException when there are no problems, or fewer in all than kept
   */
  public InvalidCorpusException(List<CorpusProblem> problems, long total) {
    super(null, describe(problems, total), Corpus.class);
    this.problems = List.copyOf(problems);
    this.total = total;
  }

  /**
   * The problems kept: those of the manifest, then of each dataset in the corpus's order, then of
   * the links, then the violations of the corpus's rules.
   *
   * @return the problems, an unmodifiable list
   */
  public List<CorpusProblem> problems() {
    return problems;
  }

  /**
   * How many problems were found in all, those kept included.
   *
   * @return the number of problems
   */
  public long total() {
    return total;
  }

  /**
   * How many problems were found beyond those kept.
   *
   * @return {@code total() - problems().size()}
   */
  public long omitted() {
    return total - problems.size();
  }

  private static String describe(List<CorpusProblem> problems, long total) {
    ProblemListing.requireSome(InvalidCorpusException.class, problems, total);
    return ProblemListing.counted("The corpus", "problem", problems, total);
  }
}
