package dev.hearsay.core.corpus;

import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.Violation;
import dev.hearsay.core.model.ViolationCode;
import java.util.Optional;

/**
 * The one place where the corpus makes its violations and spells out their paths. A path is given
 * as parts: a {@code String} is a field, an {@code Integer} a position in a list, and {@link #key}
 * an element of a list named by its id.
 */
final class CorpusViolations {
  private CorpusViolations() {}

  /** An element of a list named by its id, such as the {@code nyt} of {@code actors[nyt]}. */
  record Key(Object id) {}

  static Key key(Object id) {
    return new Key(id);
  }

  static CorpusViolation inCorpus(ViolationCode code, String message, Object... path) {
    return new CorpusViolation(
        CorpusViolation.Document.CORPUS,
        Optional.empty(),
        new Violation(path(path), code, message));
  }

  static CorpusViolation inLinks(ViolationCode code, String message, Object... path) {
    return new CorpusViolation(
        CorpusViolation.Document.LINKS, Optional.empty(), new Violation(path(path), code, message));
  }

  static CorpusViolation inDataset(
      DatasetId dataset, ViolationCode code, String message, Object... path) {
    return new CorpusViolation(
        CorpusViolation.Document.DATASET,
        Optional.of(dataset),
        new Violation(path(path), code, message));
  }

  /** The path of the parts: {@code identities[3].second}, {@code actors[nyt].identifiers[0]}. */
  static DatasetPath path(Object... parts) {
    DatasetPath path = DatasetPath.root();
    for (Object part : parts) {
      if (part instanceof Integer index) {
        path = path.index(index);
      } else if (part instanceof Key key) {
        path = path.id(key.id().toString());
      } else {
        path = path.field(part.toString());
      }
    }
    return path;
  }
}
