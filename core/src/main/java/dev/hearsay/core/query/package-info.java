/**
 * Questions about the provenance of a dataset's claims: where a claim comes from ({@link
 * dev.hearsay.core.query.Trace}), how many parties stand for and against it and by how many
 * channels their words came ({@link dev.hearsay.core.query.Evidence}), where reporting runs in circles ({@link
 * dev.hearsay.core.query.CircularReporting}), what an actor said or relayed ({@link
 * dev.hearsay.core.query.ActorClaims}), which claims disagree ({@link
 * dev.hearsay.core.query.Conflict}), and what had been said by a given time. All are asked of a
 * {@link dev.hearsay.core.query.ProvenanceIndex}.
 */
package dev.hearsay.core.query;
