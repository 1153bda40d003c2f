package dev.hearsay.claimreview;

/**
 * A fact-check document that cannot be read: it is not JSON, or a value in it is missing, of the
 * wrong type or refused by the model. The message starts with where: a JSON path such as {@code
 * $.@graph[2].reviewRating.ratingValue}, or for broken JSON the line and column.
 */
public final class ClaimReviewException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String location;

  ClaimReviewException(String location, String problem) {
    this(location, problem, null);
  }

  ClaimReviewException(String location, String problem, Throwable cause) {
    super(location + ": " + problem, cause);
    this.location = location;
  }

  /**
   * Where the problem is: a JSON path such as {@code $.claims[0].claimReview[1].textualRating},
   * or {@code line 3, column 14} for JSON that cannot be parsed.
   *
   * @return the location
   */
  public String location() {
    return location;
  }
}
