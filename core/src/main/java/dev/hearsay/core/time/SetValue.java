package dev.hearsay.core.time;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A set of dates: one of them ({@code [...]}) or all of them ({@code {...}}). */
record SetValue(boolean oneOf, List<Member> members) implements Shape {

  SetValue {
    members = List.copyOf(members);
  }

  /**
   * A single date (first == last, range false) or a range {@code first..last}, where a null first
   * is open before and a null last open after.
   */
  record Member(DateValue first, DateValue last, boolean range) {
    String text() {
      if (!range) {
        return first.text();
      }
      return (first == null ? "" : first.text()) + ".." + (last == null ? "" : last.text());
    }
  }

  @Override
  public String text() {
    StringBuilder sb = new StringBuilder().append(oneOf ? '[' : '{');
    for (int i = 0; i < members.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(members.get(i).text());
    }
    return sb.append(oneOf ? ']' : '}').toString();
  }

  @Override
  public Instant earliest() {
    Instant min = null;
    for (Member m : members) {
      if (m.first() == null) {
        return null;
      }
      if (min == null || m.first().earliest().isBefore(min)) {
        min = m.first().earliest();
      }
    }
    return min;
  }

  @Override
  public Instant latest() {
    Instant max = null;
    for (Member m : members) {
      if (m.last() == null) {
        return null;
      }
      if (max == null || m.last().latest().isAfter(max)) {
        max = m.last().latest();
      }
    }
    return max;
  }

  @Override
  public Precision precision() {
    Precision coarsest = Precision.SECOND;
    for (DateValue date : dates()) {
      if (date.precision().compareTo(coarsest) < 0) {
        coarsest = date.precision();
      }
    }
    return coarsest;
  }

  @Override
  public Qualification qualification(Precision component) {
    Qualification q = Qualification.NONE;
    for (DateValue date : dates()) {
      q = q.and(date.qualification(component));
    }
    return q;
  }

  /** Any member could be the earliest in fact, so a qualified member weakens both bounds. */
  @Override
  public Qualification lowerQualification() {
    Qualification q = Qualification.NONE;
    for (DateValue date : dates()) {
      q = q.and(date.qualification());
    }
    return q;
  }

  @Override
  public Qualification upperQualification() {
    return lowerQualification();
  }

  private List<DateValue> dates() {
    List<DateValue> dates = new ArrayList<>();
    for (Member m : members) {
      if (m.first() != null) {
        dates.add(m.first());
      }
      if (m.range() && m.last() != null) {
        dates.add(m.last());
      }
    }
    return dates;
  }
}
