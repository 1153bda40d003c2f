/**
 * Many datasets as one body of evidence: a {@link dev.hearsay.core.corpus.Corpus} of datasets
 * under their own ids, the {@link dev.hearsay.core.corpus.Links} that say across them which
 * entities are one ({@link dev.hearsay.core.corpus.IdentityStatement}), how claims bear on each
 * other ({@link dev.hearsay.core.corpus.ClaimLink}) and which events are one ({@link
 * dev.hearsay.core.corpus.EventLink}), the {@link dev.hearsay.core.corpus.Identities} resolved
 * from them, and the questions of one dataset asked across all ({@link
 * dev.hearsay.core.corpus.CorpusIndex}).
 */
package dev.hearsay.core.corpus;
