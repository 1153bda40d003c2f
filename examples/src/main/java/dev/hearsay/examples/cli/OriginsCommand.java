package dev.hearsay.examples.cli;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusChannel;
import dev.hearsay.core.corpus.CorpusEvidence;
import dev.hearsay.core.corpus.CorpusIndex;
import dev.hearsay.core.corpus.CorpusParty;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.model.Stance;
import dev.hearsay.examples.render.AnswerJson;
import dev.hearsay.examples.render.ClaimWords;
import dev.hearsay.examples.render.EntityNames;
import dev.hearsay.examples.render.SafeText;
import dev.hearsay.examples.render.TextView;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code hearsay origins CLAIM [FILE...]}: who stands for and against a claim, across reports. */
@Command(
    name = "origins",
    mixinStandardHelpOptions = true,
    versionProvider = HearsayCli.Version.class,
    description = {
      "Who stands for and against a claim and the claims that say the same (its cluster, joined"
          + " by duplicates), across every report: the parties, counted as intervals where the"
          + " links say two are possibly the same, and the channels they came by; the"
          + " possibly-same pairs that widen the counts; the anonymous actors nothing resolves"
          + " across reports, counted apart though they may be the same as others; and the"
          + " reports that only relayed others.",
      "With no FILE, asks the embedded report; FILE... are datasets (their ids from their names,"
          + " without .json), a corpus manifest, or JSON Lines (.jsonl).",
      "CLAIM is DATASET/CLAIM, DATASET:CLAIM, or a claim id that one dataset alone has.",
      "",
      "--format json prints one object: {\"claim\": CLAIM, \"cluster\": [CLAIM...], \"asOf\":"
          + " EDTF or null, \"parties\": {\"for\": COUNT, \"against\": COUNT, \"neither\": COUNT,"
          + " \"all\": COUNT}, \"partyList\": [{\"name\", \"stances\": [\"for\"...], \"actors\":"
          + " [ENTITY...], \"datasets\": [...]}], \"channels\": [{\"chains\": [CHAIN...],"
          + " \"parties\": [name...], \"meetingPoints\": [ENTITY...]}], \"possiblySame\":"
          + " [STATEMENT...], \"unresolved\": [ENTITY...], \"relayedOnly\": [dataset...],"
          + " \"counted\": [LINK...], \"undermining\": [LINK...]}, where CLAIM is {\"dataset\","
          + " \"claim\"}, COUNT {\"min\", \"max\", \"exact\"} (and \"reached\" when not exact),"
          + " ENTITY {\"dataset\", \"actor\" | \"source\" | \"place\", \"name\"}, STATEMENT"
          + " {\"identity\", \"first\": ENTITY, \"second\": ENTITY, \"note\"}, CHAIN"
          + " {\"dataset\", \"claim\", \"hops\": [{\"actor\", \"commitment\", \"cue\","
          + " \"time\"}], \"stance\", \"line\"} and LINK {\"kind\", \"from\": CLAIM, \"to\":"
          + " CLAIM}."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the answer was printed",
      "1:a dataset or the links break a rule, or the claim is not there",
      "2:a file cannot be read or parsed, or the command line is wrong"
    })
final class OriginsCommand extends ClaimQuestion {

  @Override
  int answer(CorpusIndex index, ClaimRef ref, Answer answer) {
    CorpusEvidence evidence = index.evidence(ref);
    if (answer.json()) {
      answer.out().print(AnswerJson.write(json(index.corpus(), ref, evidence)));
    } else {
      text(index.corpus(), ref, evidence, answer.out());
    }
    return 0;
  }

  private void text(Corpus corpus, ClaimRef ref, CorpusEvidence evidence, PrintWriter out) {
    out.println(headline(corpus, ref));
    List<ClaimRef> others =
        evidence.cluster().claims().stream().filter(c -> !c.equals(ref)).toList();
    if (!others.isEmpty()) {
      out.println(
          "  says the same: "
              + others.stream().map(ClaimRef::toString).collect(Collectors.joining(", "))
              + " ("
              + TextView.count(evidence.cluster().claims().size(), "claim")
              + " in "
              + TextView.count(evidence.cluster().datasets().size(), "report")
              + ")");
    }
    for (Stance stance : Stance.values()) {
      List<CorpusParty> parties = evidence.parties(stance);
      if (stance == Stance.NEITHER && parties.isEmpty()) {
        continue;
      }
      out.println("  parties " + ClaimWords.stance(stance) + ": " + evidence.count(stance));
      for (CorpusParty party : parties) {
        out.println(
            "    "
                + SafeText.escape(party.name())
                + "  "
                + party.actors().stream()
                    .map(EntityRef::toString)
                    .collect(Collectors.joining(", ")));
      }
    }
    out.println("  channels: " + evidence.channels().size());
    int n = 1;
    for (CorpusChannel channel : evidence.channels()) {
      out.println(
          "    "
              + n++
              + ". "
              + channel.parties().stream()
                  .map(p -> SafeText.escape(p.name()))
                  .collect(Collectors.joining(", "))
              + " ("
              + TextView.count(channel.chains().size(), "chain")
              + " in "
              + channel.chains().stream()
                  .map(c -> c.dataset().toString())
                  .distinct()
                  .collect(Collectors.joining(", "))
              + ")");
      for (EntityRef meeting : channel.meetingPoints()) {
        out.println("       through " + EntityNames.named(corpus, meeting));
      }
    }
    List<IdentityStatement> widening = evidence.allParties().widening();
    out.println("  possibly the same, widening the counts:" + (widening.isEmpty() ? " none" : ""));
    for (IdentityStatement s : widening) {
      out.println(
          "    "
              + EntityNames.named(corpus, s.first())
              + " and "
              + EntityNames.named(corpus, s.second()));
    }
    out.println(
        "  unresolved anonymous actors, counted apart:"
            + (evidence.unresolved().isEmpty() ? " none" : ""));
    for (EntityRef e : evidence.unresolved()) {
      out.println("    " + EntityNames.named(corpus, e));
    }
    out.println(
        "  only relayed others: "
            + (evidence.relayedOnly().isEmpty()
                ? "none"
                : evidence.relayedOnly().stream()
                    .map(DatasetId::toString)
                    .collect(Collectors.joining(", "))));
    if (!evidence.counted().isEmpty()) {
      out.println("  counting: " + links(evidence.counted()));
    }
    if (!evidence.undermining().isEmpty()) {
      out.println("  undermined by: " + links(evidence.undermining()));
    }
  }

  private ObjectNode json(Corpus corpus, ClaimRef ref, CorpusEvidence evidence) {
    ObjectNode root = jsonHead(ref, evidence.cluster().claims());
    ObjectNode counts = root.putObject("parties");
    counts.set("for", AnswerJson.count(evidence.partiesFor()));
    counts.set("against", AnswerJson.count(evidence.partiesAgainst()));
    counts.set("neither", AnswerJson.count(evidence.partiesNeither()));
    counts.set("all", AnswerJson.count(evidence.allParties()));
    ArrayNode parties = root.putArray("partyList");
    for (CorpusParty party : evidence.parties()) {
      ObjectNode p = parties.addObject().put("name", party.name());
      ArrayNode stances = p.putArray("stances");
      party.stances().forEach(s -> stances.add(ClaimWords.stance(s)));
      ArrayNode actors = p.putArray("actors");
      party.actors().forEach(a -> actors.add(AnswerJson.entity(corpus, a)));
      ArrayNode datasets = p.putArray("datasets");
      party.datasets().forEach(d -> datasets.add(d.value()));
    }
    ArrayNode channels = root.putArray("channels");
    for (CorpusChannel channel : evidence.channels()) {
      ObjectNode c = channels.addObject();
      ArrayNode chains = c.putArray("chains");
      channel.chains().forEach(chain -> chains.add(AnswerJson.chain(chain)));
      ArrayNode names = c.putArray("parties");
      channel.parties().forEach(p -> names.add(p.name()));
      ArrayNode meeting = c.putArray("meetingPoints");
      channel.meetingPoints().forEach(e -> meeting.add(AnswerJson.entity(corpus, e)));
    }
    ArrayNode widening = root.putArray("possiblySame");
    evidence.allParties().widening().forEach(s -> widening.add(AnswerJson.statement(corpus, s)));
    ArrayNode unresolved = root.putArray("unresolved");
    evidence.unresolved().forEach(e -> unresolved.add(AnswerJson.entity(corpus, e)));
    ArrayNode relayed = root.putArray("relayedOnly");
    evidence.relayedOnly().forEach(d -> relayed.add(d.value()));
    root.set("counted", AnswerJson.links(evidence.counted()));
    root.set("undermining", AnswerJson.links(evidence.undermining()));
    return root;
  }

  private static String links(List<ClaimLink> links) {
    return links.stream()
        .map(l -> l.from() + " " + AnswerJson.kind(l.kind()) + " " + l.to())
        .collect(Collectors.joining(", "));
  }

  static String word(Stance stance) {
    return stance.name().toLowerCase(Locale.ROOT);
  }
}
