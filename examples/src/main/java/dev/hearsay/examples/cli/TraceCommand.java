package dev.hearsay.examples.cli;

import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusChain;
import dev.hearsay.core.corpus.CorpusIndex;
import dev.hearsay.core.corpus.CorpusTrace;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.examples.render.AnswerJson;
import dev.hearsay.examples.render.ChainWords;
import dev.hearsay.examples.render.ClaimWords;
import dev.hearsay.examples.render.EntityNames;
import dev.hearsay.examples.render.SafeText;
import dev.hearsay.examples.render.TextView;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code hearsay trace CLAIM [FILE...]}: every chain by which a claim reached each report. */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    versionProvider = HearsayCli.Version.class,
    description = {
      "Where a claim comes from: every chain of attribution of the claim and of the claims that"
          + " say the same (its cluster), in every report, each hop with its cue, mode,"
          + " commitment and time; then the chains' origins, entities that the links make one"
          + " listed once.",
      "With no FILE, asks the embedded report; FILE... are datasets (their ids from their names,"
          + " without .json), a corpus manifest, or JSON Lines (.jsonl).",
      "CLAIM is DATASET/CLAIM, DATASET:CLAIM, or a claim id that one dataset alone has.",
      "",
      "--format json prints one object: {\"claim\": CLAIM, \"cluster\": [CLAIM...], \"asOf\":"
          + " EDTF or null, \"chains\": [CHAIN...], \"origins\": [ENTITY...]}, where CLAIM is"
          + " {\"dataset\", \"claim\"}, CHAIN {\"dataset\", \"claim\", \"hops\": [{\"actor\","
          + " \"commitment\", \"cue\", \"time\"}] (outermost first), \"stance\", \"line\"} and"
          + " ENTITY {\"dataset\", \"actor\", \"name\"}."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the answer was printed",
      "1:a dataset or the links break a rule, or the claim is not there",
      "2:a file cannot be read or parsed, or the command line is wrong"
    })
final class TraceCommand extends ClaimQuestion {

  @Override
  int answer(CorpusIndex index, ClaimRef ref, Answer answer) {
    CorpusTrace trace = index.trace(ref);
    Corpus corpus = index.corpus();
    PrintWriter out = answer.out();
    if (answer.json()) {
      ObjectNode root = jsonHead(ref, trace.cluster().claims());
      ArrayNode chains = root.putArray("chains");
      trace.chains().forEach(c -> chains.add(AnswerJson.chain(c)));
      ArrayNode origins = root.putArray("origins");
      trace.origins().forEach(e -> origins.add(AnswerJson.entity(corpus, e)));
      out.print(AnswerJson.write(root));
      return 0;
    }
    out.println(headline(corpus, ref));
    ClaimRef current = null;
    for (CorpusChain chain : trace.chains()) {
      ClaimRef of = new ClaimRef(chain.dataset(), chain.chain().claim());
      if (!of.equals(current)) {
        current = of;
        out.println(
            "  "
                + of
                + (of.equals(ref)
                    ? ""
                    : ": " + SafeText.escape(ClaimWords.proposition(corpus, of))));
      }
      ChainWords words = new ChainWords(corpus.dataset(chain.dataset()).orElseThrow());
      out.println("    " + SafeText.escape(words.chain(chain.chain().chain())));
    }
    out.println("  origins: " + TextView.count(trace.origins().size(), "entity", "entities"));
    for (EntityRef origin : trace.origins()) {
      out.println("    " + EntityNames.named(corpus, origin));
    }
    return 0;
  }
}
