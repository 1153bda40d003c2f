package dev.hearsay.examples.cli;

import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.CorpusIndex;
import dev.hearsay.core.corpus.CorpusTimelineEntry;
import dev.hearsay.core.corpus.EventRef;
import dev.hearsay.examples.render.AnswerJson;
import dev.hearsay.examples.render.SafeText;
import dev.hearsay.examples.render.TextView;
import dev.hearsay.examples.render.TimeWords;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code hearsay timeline [FILE...]}: the events of every report, in order, linked ones once. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    versionProvider = HearsayCli.Version.class,
    description = {
      "The events of every report in the order in which they happened, as far as their vague"
          + " times tell: events that links make one are one entry, with the claims of all of"
          + " them; an entry whose time overlaps another's is marked, since their order cannot"
          + " be told; undated entries come last.",
      "With no FILE, asks the embedded report; FILE... are datasets (their ids from their names,"
          + " without .json), a corpus manifest, or JSON Lines (.jsonl).",
      "",
      "--format json prints one object: {\"asOf\": EDTF or null, \"entries\": [{\"time\": EDTF"
          + " or null, \"description\", \"orderUndetermined\": true | false, \"events\":"
          + " [{\"dataset\", \"event\", \"description\", \"status\"}], \"claims\":"
          + " [{\"dataset\", \"claim\"}]}]}."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the answer was printed",
      "1:a dataset or the links break a rule",
      "2:a file cannot be read or parsed, or the command line is wrong"
    })
final class TimelineCommand extends CorpusQuestion {

  @Override
  int answer(CorpusIndex index, Answer answer, PrintWriter err) {
    List<CorpusTimelineEntry> entries = index.timeline();
    PrintWriter out = answer.out();
    if (answer.json()) {
      ObjectNode root = AnswerJson.object();
      putAsOf(root);
      ArrayNode list = root.putArray("entries");
      for (CorpusTimelineEntry entry : entries) {
        ObjectNode e = list.addObject();
        if (entry.time().isPresent()) {
          e.put("time", entry.time().get().toEdtf());
        } else {
          e.putNull("time");
        }
        e.put("description", entry.description());
        e.put("orderUndetermined", entry.orderUndetermined());
        ArrayNode events = e.putArray("events");
        for (int i = 0; i < entry.events().size(); i++) {
          events.add(
              AnswerJson.event(entry.events().get(i))
                  .put("description", entry.details().get(i).description())
                  .put("status", status(entry, i)));
        }
        ArrayNode claims = e.putArray("claims");
        entry.claims().forEach(c -> claims.add(AnswerJson.claim(c)));
      }
      out.print(AnswerJson.write(root));
      return 0;
    }
    out.println(
        "Timeline"
            + asOfWords(" as of ", "")
            + ": "
            + TextView.count(entries.size(), "entry", "entries")
            + "; ↕ order undetermined"
            + " against an entry whose time overlaps");
    int n = 1;
    for (CorpusTimelineEntry entry : entries) {
      String when = entry.time().map(TimeWords::when).orElse("undated");
      out.println("  " + n++ + ". " + (entry.orderUndetermined() ? "↕ " : "") + when);
      out.println("    " + SafeText.escape(entry.description()) + " (" + status(entry, 0) + ")");
      out.println(
          "    events: "
              + entry.events().stream().map(EventRef::toString).collect(Collectors.joining(" = ")));
      if (!entry.claims().isEmpty()) {
        out.println(
            "    claims: "
                + entry.claims().stream()
                    .map(ClaimRef::toString)
                    .collect(Collectors.joining(", ")));
      }
    }
    return 0;
  }

  private static String status(CorpusTimelineEntry entry, int i) {
    return entry.details().get(i).status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
