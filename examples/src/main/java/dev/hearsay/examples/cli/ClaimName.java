package dev.hearsay.examples.cli;

import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.examples.render.SafeText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A CLAIM on the command line, found in a corpus: {@code DATASET/CLAIM} (as the program prints
 * claims), {@code DATASET:CLAIM}, or a bare claim id when one dataset alone has it. Ids may hold
 * ':' but never '/', so {@code a:b:c} is tried as every split and must name one claim.
 */
final class ClaimName {
  /** The most candidates listed when a name is ambiguous. */
  static final int LISTED_CANDIDATES = 20;

  private ClaimName() {}

  /** What came of looking a name up. */
  sealed interface Lookup permits Found, NotFound {}

  /** The one claim the name names. */
  record Found(ClaimRef claim) implements Lookup {}

  /** Why the name names no claim, or more than one, in words safe for a terminal. */
  record NotFound(String problem) implements Lookup {}

  /**
   * Finds the claim a name names.
   *
   * @param corpus the corpus
   * @param name the name as given
   * @param when words for the date the corpus was restricted to, such as {@code " as of
   *     2024-10-26"}, or empty; they follow what was not found
   * @return the claim, or why there is not exactly one
   */
  static Lookup find(Corpus corpus, String name, String when) {
    String shown = "'" + SafeText.value(name) + "'";
    int slash = name.indexOf('/');
    if (slash >= 0) {
      String dataset = name.substring(0, slash);
      String claim = name.substring(slash + 1);
      Optional<Dataset> found = dataset(corpus, dataset);
      if (found.isEmpty()) {
        return new NotFound(
            "no dataset '"
                + SafeText.value(dataset)
                + "' in the corpus"
                + when
                + ", for the claim "
                + shown
                + "; the datasets are "
                + datasets(corpus));
      }
      return claim(found.get(), claim).isPresent()
          ? new Found(new ClaimRef(DatasetId.of(dataset), ClaimId.of(claim)))
          : new NotFound(
              "the dataset '"
                  + SafeText.value(dataset)
                  + "' has no claim '"
                  + SafeText.value(claim)
                  + "'"
                  + when);
    }
    Set<ClaimRef> candidates = new LinkedHashSet<>();
    for (int colon = name.indexOf(':'); colon >= 0; colon = name.indexOf(':', colon + 1)) {
      String dataset = name.substring(0, colon);
      String claim = name.substring(colon + 1);
      dataset(corpus, dataset)
          .flatMap(d -> claim(d, claim))
          .ifPresent(c -> candidates.add(new ClaimRef(DatasetId.of(dataset), c)));
    }
    Optional<ClaimId> bare = claimId(name);
    if (bare.isPresent()) {
      corpus
          .datasets()
          .forEach(
              (id, dataset) -> {
                if (dataset.claim(bare.get()).isPresent()) {
                  candidates.add(new ClaimRef(id, bare.get()));
                }
              });
    }
    if (candidates.size() == 1) {
      return new Found(candidates.iterator().next());
    }
    if (candidates.isEmpty()) {
      return new NotFound(
          "no claim "
              + shown
              + " in "
              + (corpus.datasets().size() == 1 ? "the dataset" : "the corpus")
              + when
              + "; name a claim as DATASET/CLAIM, DATASET:CLAIM or, when one dataset alone has it,"
              + " CLAIM");
    }
    List<String> listed = new ArrayList<>();
    candidates.stream().limit(LISTED_CANDIDATES).forEach(c -> listed.add(c.toString()));
    int more = candidates.size() - listed.size();
    return new NotFound(
        shown
            + " names "
            + candidates.size()
            + " claims; name one of them: "
            + String.join(", ", listed)
            + (more > 0 ? " and " + more + " more" : ""));
  }

  private static Optional<Dataset> dataset(Corpus corpus, String id) {
    try {
      return corpus.dataset(DatasetId.of(id));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<ClaimId> claim(Dataset dataset, String id) {
    return claimId(id).filter(c -> dataset.claim(c).isPresent());
  }

  private static Optional<ClaimId> claimId(String id) {
    try {
      return Optional.of(ClaimId.of(id));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String datasets(Corpus corpus) {
    return corpus.datasets().keySet().stream()
        .map(DatasetId::toString)
        .collect(Collectors.joining(", "));
  }
}
