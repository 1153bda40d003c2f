package dev.hearsay.core.corpus;

import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.Violation;
import dev.hearsay.core.model.ViolationCode;
import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One way in which a corpus breaks a rule: in which document, where in it, which rule, and what
 * to do about it.
 *
 * @param document the document: the corpus's list of datasets, its links, or one dataset
 * @param dataset the dataset, for {@link Document#DATASET} only
 * @param violation the path inside the document, the rule and the message, as a dataset's
 *     violation has them
 */
public record CorpusViolation(Document document, Optional<DatasetId> dataset, Violation violation)
    implements Serializable {
  /** The documents a corpus is made of. */
  public enum Document {
    /** The corpus's list of datasets, as a manifest gives it: paths such as {@code datasets[1]}. */
    CORPUS,
    /** The links document: paths such as {@code identities[3].second.actor}. */
    LINKS,
    /** One dataset, named by {@link CorpusViolation#dataset()}: paths such as {@code actors[x]}. */
    DATASET
  }

  /**
   * Checks that every part is present and that the dataset is named exactly for a dataset.
   *
   * @throws NullPointerException when a part is null
   * @throws IllegalArgumentException when the dataset is missing for {@link Document#DATASET} or
   *     given for another document
   */
  public CorpusViolation {
    Objects.requireNonNull(document, "CorpusViolation.document: must not be null");
    Objects.requireNonNull(dataset, "CorpusViolation.dataset: must not be null");
    Objects.requireNonNull(violation, "CorpusViolation.violation: must not be null");
    if (dataset.isPresent() != (document == Document.DATASET)) {
      throw new IllegalArgumentException(
          "CorpusViolation.dataset: names a dataset exactly when the document is one");
    }
  }

  /**
   * Where in its document.
   *
   * @return the path, such as {@code identities[3].second}
   */
  public DatasetPath path() {
    return violation.path();
  }

  /**
   * Which rule.
   *
   * @return the code
   */
  public ViolationCode code() {
    return violation.code();
  }

  /**
   * What is wrong, for a person to act on.
   *
   * @return the message
   */
  public String message() {
    return violation.message();
  }

  /**
   * The document as words: {@code corpus}, {@code links}, or {@code dataset kursk}.
   *
   * @return the words
   */
  public String documentName() {
    return switch (document) {
      case CORPUS -> "corpus";
      case LINKS -> "links";
      case DATASET -> "dataset " + dataset.orElseThrow();
    };
  }

  /** Writes the violation as a form without {@code Optional}, which is not serializable. */
  @Serial
  private Object writeReplace() {
    return new Form(document, dataset.orElse(null), violation);
  }

  /** The serialized form of a violation. */
  private record Form(Document document, DatasetId dataset, Violation violation)
      implements Serializable {
    @Serial
    private Object readResolve() {
      return new CorpusViolation(document, Optional.ofNullable(dataset), violation);
    }
  }

  /** Formats the violation as {@code document: path: message [CODE]}. */
  @Override
  public String toString() {
    return documentName() + ": " + violation;
  }
}
