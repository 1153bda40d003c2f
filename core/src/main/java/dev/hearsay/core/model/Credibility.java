package dev.hearsay.core.model;

/**
 * How credible a piece of information is, graded by the curator on the Admiralty (NATO) scale from
 * 1 to 6.
 */
public enum Credibility {
  /** 1: confirmed by other independent sources. */
  CONFIRMED(1),
  /** 2: not confirmed, but logical and consistent with other information. */
  PROBABLY_TRUE(2),
  /** 3: not confirmed, reasonably logical, agrees with some other information. */
  POSSIBLY_TRUE(3),
  /** 4: not confirmed, possible but not logical, no other information on the subject. */
  DOUBTFUL(4),
  /** 5: not confirmed, not logical, contradicted by other information. */
  IMPROBABLE(5),
  /** 6: no basis for judging the validity of the information. */
  CANNOT_BE_JUDGED(6);

  private final int grade;

  Credibility(int grade) {
    this.grade = grade;
  }

  /**
   * The number of the grade, from 1 to 6.
   *
   * @return the number
   */
  public int grade() {
    return grade;
  }

  /**
   * Returns the credibility with the given number.
   *
   * @param grade a number from 1 to 6
   * @return the credibility
   * @throws IllegalArgumentException when the number is not a grade
   */
  public static Credibility ofGrade(int grade) {
    for (Credibility c : values()) {
      if (c.grade == grade) {
        return c;
      }
    }
    throw new ValueCheckException(
        "Credibility", "" + grade + " is not an Admiralty credibility grade (1 to 6)");
  }
}
