package dev.hearsay.core.time;

/**
 * The months each EDTF season code covers. Seasons are whole months (meteorological seasons), so
 * that a season is as precise as the months it spans; a season that crosses a new year starts in
 * the year written, so winter 2024 runs from December 2024 to February 2025.
 *
 * <ul>
 *   <li>21 spring, 22 summer, 23 autumn, 24 winter: as in the Northern Hemisphere, below.
 *   <li>25-28 Northern Hemisphere spring (March to May), summer (June to August), autumn
 *       (September to November), winter (December to February).
 *   <li>29-32 Southern Hemisphere spring (September to November), summer (December to February),
 *       autumn (March to May), winter (June to August).
 *   <li>33-36 quarters 1 to 4 (three months each, from January).
 *   <li>37-39 quadrimesters 1 to 3 (four months each, from January).
 *   <li>40-41 semesters 1 and 2 (six months each, from January).
 * </ul>
 */
final class Seasons {
  static final int FIRST = 21;
  static final int LAST = 41;

  private static final int[] FIRST_MONTH = {
    3, 6, 9, 12, 3, 6, 9, 12, 9, 12, 3, 6, 1, 4, 7, 10, 1, 5, 9, 1, 7
  };
  private static final int[] MONTHS = {
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 6, 6
  };

  private Seasons() {}

  static boolean isSeason(int code) {
    return code >= FIRST && code <= LAST;
  }

  static int firstMonth(int code) {
    return FIRST_MONTH[code - FIRST];
  }

  /** The last month, counted from January of the season's year: 14 is February of the next. */
  static int lastMonth(int code) {
    return FIRST_MONTH[code - FIRST] + MONTHS[code - FIRST] - 1;
  }
}
