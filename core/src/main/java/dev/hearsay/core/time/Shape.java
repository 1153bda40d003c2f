package dev.hearsay.core.time;

import java.time.Instant;

/** The parsed structure behind an {@link ImpreciseTime}: a date, an interval or a set. */
sealed interface Shape permits DateValue, IntervalValue, SetValue {
  /** The canonical EDTF text. */
  String text();

  /** The earliest instant allowed, or null when unbounded below. */
  Instant earliest();

  /** The latest instant allowed, or null when unbounded above. */
  Instant latest();

  Precision precision();

  /** The qualification of the year, month (or season) or day of the dates in this shape. */
  Qualification qualification(Precision component);

  /** The qualification of the dates that give the earliest bound. */
  Qualification lowerQualification();

  /** The qualification of the dates that give the latest bound. */
  Qualification upperQualification();
}
