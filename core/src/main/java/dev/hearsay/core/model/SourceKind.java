package dev.hearsay.core.model;

/** What kind of document or utterance a {@link Source} is. */
public enum SourceKind {
  /** A news article. */
  ARTICLE,
  /** A report by an agency, organization or outlet. */
  REPORT,
  /** A research paper or study. */
  RESEARCH,
  /** A public statement or announcement. */
  STATEMENT,
  /** An interview. */
  INTERVIEW,
  /** A radio or television broadcast. */
  BROADCAST,
  /** A post on a social network. */
  SOCIAL_POST,
  /** Any other document. */
  DOCUMENT,
  /** A data set. */
  DATASET,
  /** A source whose kind is not known. */
  UNKNOWN
}
