/**
 * The {@link dev.hearsay.core.timeline.Timeline} of a dataset's events: their order as far as
 * vague times allow, where that order is undetermined, and what had been reported by a given time.
 */
package dev.hearsay.core.timeline;
