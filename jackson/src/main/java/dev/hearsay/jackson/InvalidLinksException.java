package dev.hearsay.jackson;

import dev.hearsay.core.corpus.Links;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A links document that is JSON but not valid links, with every problem found: a misspelt field,
 * a value of the wrong type, an entity reference that names none or two of actor, source and
 * place, a schema version this library does not read. Each {@link Problem} has its path in the
 * document ({@code identities[3].second.actor}), its line and column, and a message for people.
 * Whether the datasets, claims and entities that the links name exist is for the corpus to check
 * ({@link dev.hearsay.core.corpus.Corpus.Builder#build()}).
 *
 * <pre>{@code
 * try {
 *   links = mapper.readValue(file, Links.class);
 * } catch (InvalidLinksException e) {
 *   e.problems().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>A document that is not JSON, or that breaks a read limit of the mapper, is refused with
 * Jackson's {@code StreamReadException} or {@code StreamConstraintsException} instead.
 */
public final class InvalidLinksException extends MismatchedInputException {
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
  public InvalidLinksException(
      JsonParser p, List<Problem> problems, long total, TokenStreamLocation location) {
    super(p, describe(problems, total), Links.class);
    this._location = location;
    this.problems = List.copyOf(problems);
    this.total = total;
  }

  /**
   * The problems kept, in the order of the document.
   *
   * @return the problems, an unmodifiable list
   */
  public List<Problem> problems() {
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

  private static String describe(List<Problem> problems, long total) {
    ProblemListing.requireSome(InvalidLinksException.class, problems, total);
    if (total == 1) {
      return problems.get(0).where() + ": " + problems.get(0).message();
    }
    return ProblemListing.counted("The links document", "problem", problems, total);
  }
}
