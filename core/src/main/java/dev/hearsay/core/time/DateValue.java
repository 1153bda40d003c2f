package dev.hearsay.core.time;

import java.time.Instant;

/**
 * One date or date-time, as parsed. The year, month and day are kept as written (digits or X);
 * month holds the season code for a season; month and day are null when not written, time is
 * null for a date.
 */
record DateValue(
    boolean negative,
    boolean longYear,
    String year,
    String month,
    String day,
    Time time,
    Qualification yearQualification,
    Qualification monthQualification,
    Qualification dayQualification,
    Precision precision,
    Instant earliest,
    Instant latest)
    implements Shape {

  /** A time of day to the second, with its UTC offset as written ("", "Z", "+04" or "+04:30"). */
  record Time(int hour, int minute, int second, String offset) {}

  @Override
  public String text() {
    String yearText = (longYear ? "Y" : "") + (negative ? "-" : "") + year;
    String[] parts = {yearText, month, day};
    Qualification[] qualifications = {yearQualification, monthQualification, dayQualification};
    int count = day != null ? 3 : month != null ? 2 : 1;
    // The year, and the components after it that share its qualification, are qualified as a
    // group by one character after the last of them; any later component is qualified alone,
    // by a character before it.
    Qualification group = yearQualification;
    int grouped = 0;
    while (group != Qualification.NONE && grouped < count && qualifications[grouped] == group) {
      grouped++;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append('-');
      }
      if (i >= grouped) {
        sb.append(qualifications[i].symbol());
      }
      sb.append(parts[i]);
      if (i == grouped - 1) {
        sb.append(group.symbol());
      }
    }
    if (time != null) {
      sb.append('T')
          .append(twoDigits(time.hour()))
          .append(':')
          .append(twoDigits(time.minute()))
          .append(':')
          .append(twoDigits(time.second()))
          .append(time.offset());
    }
    return sb.toString();
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  /** The union of the qualifications of all components. */
  Qualification qualification() {
    return yearQualification.and(monthQualification).and(dayQualification);
  }

  @Override
  public Qualification qualification(Precision component) {
    switch (component) {
      case YEAR:
        return yearQualification;
      case SEASON:
      case MONTH:
        return monthQualification;
      case DAY:
        return dayQualification;
      default:
        return Qualification.NONE;
    }
  }

  @Override
  public Qualification lowerQualification() {
    return qualification();
  }

  @Override
  public Qualification upperQualification() {
    return qualification();
  }
}
