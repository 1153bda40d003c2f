package dev.hearsay.core.model;

/** How a hop of an attribution renders what its actor said. */
public enum ReportingMode {
  /** The actor's words, in quotation marks. */
  DIRECT_QUOTE,
  /** Some of the actor's words in quotation marks, the rest paraphrased. */
  PARTIAL_QUOTE,
  /** The actor's meaning in the reporter's words. */
  PARAPHRASE,
  /** No cue names the actor; the context implies that the words are theirs. */
  IMPLIED
}
