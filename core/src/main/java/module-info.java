/**
 * Hearsay's model of claims with provenance: immutable, validated values for actors, sources,
 * claims and their attribution chains, imprecise times, and the dataset that ties them together.
 *
 * <p>This module has no runtime dependency beyond the JDK.
 */
@SuppressWarnings("requires-automatic") // Immutables' annotations, needed at compile time only
module dev.hearsay.core {
  requires static org.immutables.value.annotations;

  exports dev.hearsay.core.corpus;
  exports dev.hearsay.core.model;
  exports dev.hearsay.core.query;
  exports dev.hearsay.core.time;
  exports dev.hearsay.core.timeline;
}
