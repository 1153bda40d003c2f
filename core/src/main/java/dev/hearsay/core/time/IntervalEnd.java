package dev.hearsay.core.time;

/** What stands at one end of an interval. */
public enum IntervalEnd {
  /** A date, as in {@code 1985-04-12/2008}. */
  DATE,
  /**
   * An open end, written {@code ..}: the interval has no bound on that side, as in {@code
   * 2024-08/..} (since August 2024, still going on) or {@code ../2024-10-28} (by October 28).
   */
  OPEN,
  /**
   * An unknown end, written as nothing, as in {@code 1985-04-12/}: the interval has a bound on
   * that side but nobody knows it. Treated as unbounded, since no instant can be ruled out.
   */
  UNKNOWN
}
