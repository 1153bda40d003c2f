package dev.hearsay.core.time;

/** A three-valued answer to a question about time: yes, no, or not determined by the data. */
public enum TimeAnswer {
  /** Certainly yes. */
  YES,
  /** Certainly no. */
  NO,
  /** The values allow both answers. */
  UNDETERMINED
}
