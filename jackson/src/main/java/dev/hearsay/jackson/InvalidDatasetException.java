package dev.hearsay.jackson;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.core.model.Violation;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A dataset document that is JSON but not a valid dataset, with every problem found: values that
 * cannot be read (a misspelt field, a value of the wrong type, a value the model refuses) and
 * violations of the dataset's rules, each with its path, line and column and a message for people
 * ({@link #problems()}).
 *
 * <p>The whole-document reader reads on past a value with a problem, leaving the value out, and
 * throws this once, at the end, with the problems of the whole document; the stream reader throws
 * it at the first value with a problem, with every problem of that value. The first problems are
 * kept, up to a limit ({@link HearsayModule#MAX_PROBLEMS}, 1,000 by default), and the rest are
 * counted ({@link #total()}). The violations of the rules among them are also given as the
 * model's {@link Violation}s ({@link #violations()}); when every problem is one, the {@link
 * DatasetValidationException} that lists them is also the cause.
 *
 * <pre>{@code
 * try {
 *   dataset = mapper.readValue(file, Dataset.class);
 * } catch (InvalidDatasetException e) {
 *   e.problems().forEach(System.err::println);
 *   if (e.omitted() > 0) {
 *     System.err.println("and " + e.omitted() + " more");
 *   }
 * }
 * }</pre>
 *
 * <p>A document that is not JSON, or that breaks a read limit of the mapper, is refused with
 * Jackson's {@code StreamReadException} or {@code StreamConstraintsException} instead, since it
 * cannot be read on; the problems found before it are then attached to it as a suppressed
 * exception of this type.
 */
public final class InvalidDatasetException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // List.copyOf returns a serializable list of Problems
  private final List<Problem> problems;

  private final long total;

  /**
   * Creates the exception.
   *
   * @param p the parser that read the document, or null
   * @param problems the problems kept, at least one, in the order found
   * @param total how many problems were found, at least as many as were kept
   * @param location where the exception points: the first problem, or where the reader stood
   * @throws IllegalArgumentException when there are no problems, or fewer in all than kept
   */
  public InvalidDatasetException(
      JsonParser p, List<Problem> problems, long total, TokenStreamLocation location) {
    super(p, describe(requireSome(problems, total), total), Dataset.class);
    this._location = location;
    this.problems = List.copyOf(problems);
    this.total = total;
  }

  /**
   * The problems kept: every problem found, or the first ones when there were more than the
   * limit. Problems of reading come first, in the order of the document, then the violations of
   * the rules, in the order of the dataset.
   *
   * @return the problems, an unmodifiable list
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The violations of the dataset's rules among the problems kept, as the model's violations,
   * each with its path: none when every problem is one of reading.
   *
   * @return the violations, in the order of the problems; an unmodifiable list
   */
  public List<Violation> violations() {
    return problems.stream()
        .filter(problem -> problem.code().isPresent())
        .map(problem -> new Violation(problem.path(), problem.code().get(), problem.message()))
        .toList();
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

  private static List<Problem> requireSome(List<Problem> problems, long total) {
    ProblemListing.requireSome(InvalidDatasetException.class, problems, total);
    return problems;
  }

  /**
   * One problem alone as {@code path: message}; several as a list under a line that counts them,
   * in the words of the model's violations when they are all violations of the rules.
   */
  private static String describe(List<Problem> problems, long total) {
    boolean rules = problems.stream().allMatch(p -> p.code().isPresent());
    if (total == 1 && !rules) {
      return problems.get(0).where() + ": " + problems.get(0).message();
    }
    return ProblemListing.counted("The dataset", rules ? "violation" : "problem", problems, total);
  }
}
