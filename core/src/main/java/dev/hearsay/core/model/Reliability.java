package dev.hearsay.core.model;

/**
 * How reliable a source is, graded by the curator on the Admiralty (NATO) scale from A to F. The
 * grade is about the source's track record, not about any one claim.
 */
public enum Reliability {
  /** A: no doubt about authenticity, trustworthiness or competency. */
  COMPLETELY_RELIABLE('A'),
  /** B: minor doubt; a history of mostly valid information. */
  USUALLY_RELIABLE('B'),
  /** C: doubt; has provided valid information in the past. */
  FAIRLY_RELIABLE('C'),
  /** D: significant doubt; has provided valid information in the past. */
  NOT_USUALLY_RELIABLE('D'),
  /** E: lacking authenticity, trustworthiness and competency; a history of invalid information. */
  UNRELIABLE('E'),
  /** F: no basis for judging reliability. */
  CANNOT_BE_JUDGED('F');

  private final char grade;

  Reliability(char grade) {
    this.grade = grade;
  }

  /**
   * The letter of the grade, from 'A' to 'F'.
   *
   * @return the letter
   */
  public char grade() {
    return grade;
  }

  /**
   * Returns the reliability with the given letter.
   *
   * @param grade a letter from 'A' to 'F'
   * @return the reliability
   * @throws IllegalArgumentException when the letter is not a grade
   */
  public static Reliability ofGrade(char grade) {
    for (Reliability r : values()) {
      if (r.grade == grade) {
        return r;
      }
    }
    throw new ValueCheckException(
        "Reliability", "'" + grade + "' is not an Admiralty reliability grade (A to F)");
  }
}
