package dev.hearsay.examples.cli;

import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusConflict;
import dev.hearsay.core.corpus.CorpusIndex;
import dev.hearsay.core.corpus.CorpusLoop;
import dev.hearsay.core.corpus.CorpusVoice;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.EventRef;
import dev.hearsay.core.query.Conflict;
import dev.hearsay.core.query.Voice;
import dev.hearsay.examples.render.AnswerJson;
import dev.hearsay.examples.render.ClaimWords;
import dev.hearsay.examples.render.EntityNames;
import dev.hearsay.examples.render.SafeText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code hearsay conflicts [FILE...]}: where reports disagree, and outlets relaying in circles. */
@Command(
    name = "conflicts",
    mixinStandardHelpOptions = true,
    versionProvider = HearsayCli.Version.class,
    description = {
      "Where the reports disagree: claims that say the same with parties of different reports"
          + " on both sides, claims that links say contradict each other, and claims for and"
          + " against events that links make one; then circular reporting across outlets (an"
          + " outlet relaying a relay of itself); then each report's own conflicts.",
      "With no FILE, asks the embedded report; FILE... are datasets (their ids from their names,"
          + " without .json), a corpus manifest, or JSON Lines (.jsonl).",
      "",
      "--format json prints one object: {\"asOf\": EDTF or null, \"acrossReports\": [{\"kind\":"
          + " \"parties_disagree\" | \"contradiction\" | \"opposed_on_event\", \"first\": SIDE,"
          + " \"second\": SIDE, \"events\": [{\"dataset\", \"event\"}]}], \"circularReporting\":"
          + " [{\"claim\": CLAIM, \"actors\": [ENTITY...], \"datasets\": [...]}],"
          + " \"withinReports\": [{\"dataset\", \"kind\", \"first\": SIDE, \"second\": SIDE}]},"
          + " where SIDE is {\"claim\": CLAIM, \"stance\": \"for\" | \"against\", \"voices\":"
          + " [ENTITY...]}, CLAIM {\"dataset\", \"claim\"} and ENTITY {\"dataset\", \"actor\","
          + " \"name\"}."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the answer was printed, conflicts or none",
      "1:a dataset or the links break a rule",
      "2:a file cannot be read or parsed, or the command line is wrong"
    })
final class ConflictsCommand extends CorpusQuestion {

  @Override
  int answer(CorpusIndex index, Answer answer, PrintWriter err) {
    Corpus corpus = index.corpus();
    List<CorpusConflict> across = index.conflicts();
    List<CorpusLoop> loops = index.circularReporting();
    if (answer.json()) {
      answer.out().print(AnswerJson.write(json(index, across, loops)));
      return 0;
    }
    PrintWriter out = answer.out();
    out.println("Across reports" + asOfWords(" (as of ", ")"));
    if (across.isEmpty()) {
      out.println("  (none)");
    }
    for (CorpusConflict conflict : across) {
      out.println("  " + SafeText.escape(conflict.description()));
      if (!conflict.events().isEmpty()) {
        out.println(
            "    one event: "
                + conflict.events().stream()
                    .map(EventRef::toString)
                    .collect(Collectors.joining(" = ")));
      }
      for (CorpusConflict.Side side : List.of(conflict.first(), conflict.second())) {
        out.println(
            "    "
                + ClaimWords.stance(side.stance())
                + ": "
                + side.claim()
                + " "
                + SafeText.escape(ClaimWords.proposition(corpus, side.claim()))
                + " ["
                + voices(side.voices())
                + "]");
      }
    }
    out.println("Circular reporting across outlets");
    if (loops.isEmpty()) {
      out.println("  (none)");
    }
    for (CorpusLoop loop : loops) {
      out.println(
          "  "
              + loop.cluster().first()
              + ": "
              + loop.actors().stream()
                  .map(e -> EntityNames.named(corpus, e))
                  .collect(Collectors.joining(" relays "))
              + " relays the first again, in "
              + loop.chains().stream()
                  .map(c -> c.dataset().toString())
                  .distinct()
                  .collect(Collectors.joining(", ")));
    }
    out.println("Within each report");
    boolean any = false;
    for (DatasetId id : corpus.datasets().keySet()) {
      for (Conflict conflict : index.index(id).conflicts()) {
        any = true;
        out.println(
            "  "
                + id
                + ": "
                + kind(conflict.kind())
                + ": "
                + conflict.first().claim().id()
                + " "
                + ClaimWords.stance(conflict.first().stance())
                + ", "
                + conflict.second().claim().id()
                + " "
                + ClaimWords.stance(conflict.second().stance()));
      }
    }
    if (!any) {
      out.println("  (none)");
    }
    return 0;
  }

  private ObjectNode json(CorpusIndex index, List<CorpusConflict> across, List<CorpusLoop> loops) {
    Corpus corpus = index.corpus();
    ObjectNode root = AnswerJson.object();
    putAsOf(root);
    ArrayNode conflicts = root.putArray("acrossReports");
    for (CorpusConflict conflict : across) {
      ObjectNode c = conflicts.addObject().put("kind", kind(conflict.kind()).replace(' ', '_'));
      c.set(
          "first",
          side(
              corpus,
              conflict.first().claim(),
              conflict.first().stance().name(),
              conflict.first().voices().stream().map(CorpusVoice::actorRef).toList()));
      c.set(
          "second",
          side(
              corpus,
              conflict.second().claim(),
              conflict.second().stance().name(),
              conflict.second().voices().stream().map(CorpusVoice::actorRef).toList()));
      ArrayNode events = c.putArray("events");
      conflict.events().forEach(e -> events.add(AnswerJson.event(e)));
    }
    ArrayNode circles = root.putArray("circularReporting");
    for (CorpusLoop loop : loops) {
      ObjectNode l = circles.addObject();
      l.set("claim", AnswerJson.claim(loop.cluster().first()));
      ArrayNode actors = l.putArray("actors");
      loop.actors().forEach(a -> actors.add(AnswerJson.entity(corpus, a)));
      ArrayNode datasets = l.putArray("datasets");
      loop.chains().stream().map(c -> c.dataset().value()).distinct().forEach(datasets::add);
    }
    ArrayNode within = root.putArray("withinReports");
    for (DatasetId id : corpus.datasets().keySet()) {
      for (Conflict conflict : index.index(id).conflicts()) {
        ObjectNode c =
            within
                .addObject()
                .put("dataset", id.value())
                .put("kind", kind(conflict.kind()).replace(' ', '_'));
        c.set(
            "first",
            side(
                corpus,
                new ClaimRef(id, conflict.first().claim().id()),
                conflict.first().stance().name(),
                actors(id, conflict.first().voices())));
        c.set(
            "second",
            side(
                corpus,
                new ClaimRef(id, conflict.second().claim().id()),
                conflict.second().stance().name(),
                actors(id, conflict.second().voices())));
      }
    }
    return root;
  }

  private static List<EntityRef> actors(DatasetId id, List<Voice> voices) {
    return voices.stream().map(v -> EntityRef.of(id, v.actor().id())).distinct().toList();
  }

  private static ObjectNode side(
      Corpus corpus, ClaimRef claim, String stance, List<EntityRef> voices) {
    ObjectNode side = AnswerJson.object();
    side.set("claim", AnswerJson.claim(claim));
    side.put("stance", stance.toLowerCase(Locale.ROOT));
    ArrayNode list = side.putArray("voices");
    voices.stream().distinct().forEach(v -> list.add(AnswerJson.entity(corpus, v)));
    return side;
  }

  private static String voices(List<CorpusVoice> voices) {
    return voices.isEmpty()
        ? "no one"
        : voices.stream()
            .map(v -> SafeText.escape(v.actor().name()) + " in " + v.dataset())
            .distinct()
            .collect(Collectors.joining(", "));
  }

  private static String kind(Conflict.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
