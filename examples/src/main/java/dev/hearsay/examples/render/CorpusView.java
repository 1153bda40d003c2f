package dev.hearsay.examples.render;

import dev.hearsay.core.corpus.ClaimCluster;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusEvidence;
import dev.hearsay.core.corpus.CorpusIndex;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.Identities;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Stance;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A corpus as text, for {@code show}: each report with its title and counts; the links; the
 * entities the links and identifiers make one, the possibly-same pairs and the unresolved
 * anonymous actors; and the claims that two or more reports make, with their parties and
 * channels. The commands {@code origins}, {@code trace}, {@code conflicts} and {@code timeline}
 * go into each.
 */
public final class CorpusView {
  private final CorpusIndex index;
  private final PrintWriter out;

  public CorpusView(CorpusIndex index, PrintWriter out) {
    this.index = index;
    this.out = out;
  }

  public void print() {
    Corpus corpus = index.corpus();
    Links links = corpus.links();
    int claims = corpus.datasets().values().stream().mapToInt(d -> d.claims().size()).sum();
    out.println(
        "A corpus of "
            + TextView.count(corpus.datasets().size(), "report")
            + ", "
            + TextView.count(claims, "claim")
            + "; links: "
            + TextView.count(links.identities().size(), "identity statement")
            + ", "
            + TextView.count(links.claims().size(), "claim link")
            + ", "
            + TextView.count(links.events().size(), "event link"));
    out.println();
    out.println("Reports");
    corpus
        .datasets()
        .forEach(
            (id, dataset) ->
                out.println(
                    "  "
                        + id
                        + "  "
                        + SafeText.escape(dataset.metadata().title())
                        + " ("
                        + counts(dataset)
                        + ")"));
    Identities identities = corpus.identities();
    out.println();
    out.println("Identity");
    List<List<EntityRef>> merged = identities.merged();
    out.println("  one entity across reports: " + merged.size());
    for (List<EntityRef> group : merged) {
      out.println(
          "    "
              + SafeText.escape(EntityNames.name(corpus, group.get(0)))
              + ": "
              + group.stream().map(EntityRef::toString).collect(Collectors.joining(", ")));
    }
    out.println("  possibly the same: " + identities.possiblySame().size());
    for (IdentityStatement s : identities.possiblySame()) {
      out.println(
          "    "
              + EntityNames.named(corpus, s.first())
              + " and "
              + EntityNames.named(corpus, s.second()));
    }
    out.println("  unresolved anonymous actors, counted apart: " + identities.unresolved().size());
    for (EntityRef e : identities.unresolved()) {
      out.println("    " + EntityNames.named(corpus, e));
    }
    List<ClaimCluster> shared =
        index.clusters().stream().filter(c -> c.datasets().size() > 1).toList();
    out.println();
    out.println("Claims made in two or more reports: " + shared.size());
    for (ClaimCluster cluster : shared) {
      CorpusEvidence evidence = index.evidence(cluster);
      out.println(
          "  " + cluster.claims().stream().map(Object::toString).collect(Collectors.joining(", ")));
      out.println("    " + SafeText.escape(ClaimWords.proposition(corpus, cluster.first())));
      out.println(
          "    parties: "
              + evidence.count(Stance.FOR)
              + " for, "
              + evidence.count(Stance.AGAINST)
              + " against; channels: "
              + evidence.channels().size());
    }
    out.println();
    out.println(
        "Conflicts across reports: "
            + index.conflicts().size()
            + "; circular reporting across outlets: "
            + index.circularReporting().size());
  }

  private static String counts(Dataset dataset) {
    return TextView.count(dataset.claims().size(), "claim")
        + ", "
        + TextView.count(dataset.events().size(), "event");
  }
}
