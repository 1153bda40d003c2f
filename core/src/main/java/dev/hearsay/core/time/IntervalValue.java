package dev.hearsay.core.time;

import java.time.Instant;

/** An interval; start is null unless startKind is DATE, and end likewise. */
record IntervalValue(IntervalEnd startKind, DateValue start, IntervalEnd endKind, DateValue end)
    implements Shape {

  @Override
  public String text() {
    return endText(startKind, start) + "/" + endText(endKind, end);
  }

  private static String endText(IntervalEnd kind, DateValue date) {
    switch (kind) {
      case DATE:
        return date.text();
      case OPEN:
        return "..";
      default:
        return "";
    }
  }

  @Override
  public Instant earliest() {
    return start == null ? null : start.earliest();
  }

  @Override
  public Instant latest() {
    return end == null ? null : end.latest();
  }

  @Override
  public Precision precision() {
    if (start == null) {
      return end.precision();
    }
    if (end == null || start.precision().compareTo(end.precision()) <= 0) {
      return start.precision();
    }
    return end.precision();
  }

  @Override
  public Qualification qualification(Precision component) {
    return qualificationOf(start, component).and(qualificationOf(end, component));
  }

  private static Qualification qualificationOf(DateValue date, Precision component) {
    return date == null ? Qualification.NONE : date.qualification(component);
  }

  @Override
  public Qualification lowerQualification() {
    return start == null ? Qualification.NONE : start.qualification();
  }

  @Override
  public Qualification upperQualification() {
    return end == null ? Qualification.NONE : end.qualification();
  }
}
