package dev.hearsay.examples.cli;

import dev.hearsay.core.corpus.ClaimCluster;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusEvidence;
import dev.hearsay.core.corpus.CorpusIndex;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.Stance;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import dev.hearsay.examples.render.AnswerJson;
import dev.hearsay.examples.render.ClaimWords;
import dev.hearsay.examples.render.SafeText;
import dev.hearsay.examples.render.TextView;
import dev.hearsay.examples.render.TimeWords;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code hearsay asof DATE [FILE...]}: what had been said by a date, report by report. */
@Command(
    name = "asof",
    mixinStandardHelpOptions = true,
    versionProvider = HearsayCli.Version.class,
    description = {
      "What had been said by a date: for each report, how many of its claims may have been said"
          + " by then (a claim counts from the earliest time any hop of it, or the publication"
          + " of a hop's source, may have been; an undated claim counts), which were not yet, and"
          + " whether the report itself was published by then, possibly after, or after; then"
          + " the claims said in two or more reports by then, with their parties and channels."
          + " trace, origins, conflicts and timeline answer as of a date with --as-of DATE.",
      "With no FILE, asks the embedded report; FILE... are datasets (their ids from their names,"
          + " without .json), a corpus manifest, or JSON Lines (.jsonl).",
      "",
      "--format json prints one object: {\"asOf\": EDTF, \"reports\": [{\"dataset\", \"claims\":"
          + " N, \"of\": N, \"notYet\": [claim id...], \"published\": EDTF or null,"
          + " \"publishedInferred\": true | false, \"publication\": \"by_then\" |"
          + " \"possibly_after\" | \"after\" | \"unknown\"}], \"sharedClaims\": [{\"cluster\":"
          + " [{\"dataset\", \"claim\"}...], \"parties\": {\"for\": COUNT, \"against\":"
          + " COUNT}, \"channels\": N}]}, where COUNT is {\"min\", \"max\", \"exact\"}."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the answer was printed",
      "1:a dataset or the links break a rule",
      "2:a file cannot be read or parsed, the date is not EDTF, or the command line is wrong"
    })
final class AsOfCommand extends CorpusCommand {
  @Parameters(
      index = "0",
      paramLabel = "DATE",
      converter = CorpusCommand.DateConverter.class,
      description = "The date in EDTF, such as 2024-10-30 (by the end of that day).")
  private ImpreciseTime date;

  @Parameters(
      index = "1..*",
      paramLabel = "FILE",
      description = "Datasets in JSON, a corpus manifest, or JSON Lines.")
  private List<String> files = new ArrayList<>();

  @Override
  List<String> files() {
    return files;
  }

  /** Where a report's own publication stands against the date. */
  enum Publication {
    BY_THEN("published by then"),
    POSSIBLY_AFTER("possibly published after it"),
    AFTER("published after it; its claims count as said by those it relays"),
    UNKNOWN("publication date unknown");

    final String words;

    Publication(String words) {
      this.words = words;
    }
  }

  @Override
  int answer(CorpusIndex whole, Answer answer, PrintWriter err) {
    Corpus all = whole.corpus();
    Corpus known = whole.asOf(date);
    CorpusIndex index = CorpusIndex.of(known);
    Instant end = date.latest().orElse(Instant.MAX);
    List<ClaimCluster> shared =
        index.clusters().stream().filter(c -> c.datasets().size() > 1).toList();
    PrintWriter out = answer.out();
    if (answer.json()) {
      ObjectNode root = AnswerJson.object().put("asOf", date.toEdtf());
      ArrayNode reports = root.putArray("reports");
      all.datasets()
          .forEach(
              (id, dataset) -> {
                Dataset kept = known.dataset(id).orElseThrow();
                ObjectNode r =
                    reports
                        .addObject()
                        .put("dataset", id.value())
                        .put("claims", kept.claims().size())
                        .put("of", dataset.claims().size());
                ArrayNode notYet = r.putArray("notYet");
                notYet(dataset, kept).forEach(c -> notYet.add(c.id().value()));
                Optional<TimeMention> published = published(dataset);
                if (published.isPresent()) {
                  r.put("published", published.get().value().toEdtf())
                      .put("publishedInferred", published.get().inferred());
                } else {
                  r.putNull("published").put("publishedInferred", false);
                }
                r.put("publication", publication(published, end).name().toLowerCase(Locale.ROOT));
              });
      ArrayNode clusters = root.putArray("sharedClaims");
      for (ClaimCluster cluster : shared) {
        CorpusEvidence evidence = index.evidence(cluster);
        ObjectNode c = clusters.addObject();
        ArrayNode claims = c.putArray("cluster");
        cluster.claims().forEach(ref -> claims.add(AnswerJson.claim(ref)));
        ObjectNode parties = c.putObject("parties");
        parties.set("for", AnswerJson.count(evidence.partiesFor()));
        parties.set("against", AnswerJson.count(evidence.partiesAgainst()));
        c.put("channels", evidence.channels().size());
      }
      out.print(AnswerJson.write(root));
      return 0;
    }
    int kept = known.datasets().values().stream().mapToInt(d -> d.claims().size()).sum();
    int total = all.datasets().values().stream().mapToInt(d -> d.claims().size()).sum();
    out.println(
        "As of "
            + TimeWords.when(date)
            + ": "
            + kept
            + " of "
            + TextView.count(total, "claim")
            + " may have been said, in "
            + TextView.count(all.datasets().size(), "report"));
    for (var entry : all.datasets().entrySet()) {
      DatasetId id = entry.getKey();
      Dataset dataset = entry.getValue();
      Dataset now = known.dataset(id).orElseThrow();
      Optional<TimeMention> published = published(dataset);
      out.println(
          "  "
              + id
              + ": "
              + now.claims().size()
              + " of "
              + TextView.count(dataset.claims().size(), "claim")
              + "; "
              + published
                  .map(
                      p ->
                          "published "
                              + TimeWords.when(p.value())
                              + (p.inferred() ? " (inferred)" : "")
                              + ", ")
                  .orElse("")
              + publication(published, end).words);
      List<Claim> notYet = notYet(dataset, now);
      if (!notYet.isEmpty()) {
        out.println(
            "    not yet: "
                + notYet.stream().map(c -> c.id().value()).collect(Collectors.joining(", ")));
      }
    }
    out.println("Claims said in two or more reports by then: " + shared.size());
    for (ClaimCluster cluster : shared) {
      CorpusEvidence evidence = index.evidence(cluster);
      out.println(
          "  "
              + cluster.first()
              + (cluster.claims().size() > 1
                  ? " and " + (cluster.claims().size() - 1) + " more"
                  : "")
              + ": parties "
              + evidence.count(Stance.FOR)
              + " for, "
              + evidence.count(Stance.AGAINST)
              + " against; channels: "
              + evidence.channels().size());
      out.println("    " + SafeText.escape(ClaimWords.proposition(known, cluster.first())));
    }
    return 0;
  }

  private static List<Claim> notYet(Dataset dataset, Dataset kept) {
    return dataset.claims().stream().filter(c -> kept.claim(c.id()).isEmpty()).toList();
  }

  /** When the report itself was published: the source the dataset encodes. */
  private static Optional<TimeMention> published(Dataset dataset) {
    return dataset.metadata().encodes().flatMap(dataset::source).flatMap(Source::published);
  }

  private static Publication publication(Optional<TimeMention> published, Instant end) {
    if (published.isEmpty()) {
      return Publication.UNKNOWN;
    }
    ImpreciseTime time = published.get().value();
    if (time.earliest().map(e -> e.isAfter(end)).orElse(false)) {
      return Publication.AFTER;
    }
    return time.latest().map(l -> !l.isAfter(end)).orElse(false)
        ? Publication.BY_THEN
        : Publication.POSSIBLY_AFTER;
  }
}
