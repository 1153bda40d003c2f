package dev.hearsay.core.model;

/** What the claims say of whether an {@link Event} took place. */
public enum EventStatus {
  /** Reported as having happened. */
  HAPPENED,
  /** Reported as expected, planned or anticipated. */
  EXPECTED,
  /** Reported as not having happened. */
  DENIED,
  /** The claims leave it open, or disagree. */
  UNCERTAIN
}
