package dev.hearsay.examples.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help.Ansi;

/** The text view of {@code show}, on small datasets made for each question. */
class TextViewTest {

  private static String show(Dataset dataset) {
    StringWriter out = new StringWriter();
    new TextView(dataset, new PrintWriter(out), Ansi.OFF).print();
    return out.toString().replace(System.lineSeparator(), "\n");
  }

  /** The lines printed for one claim, from its heading to the next claim's or the conflicts. */
  private static List<String> claimLines(String out, String claim) {
    List<String> lines = Arrays.asList(out.split("\n"));
    int start =
        lines.indexOf(
            lines.stream()
                .filter(l -> l.startsWith("  " + claim + "  "))
                .findFirst()
                .orElseThrow());
    int end = start + 1;
    while (end < lines.size() && lines.get(end).startsWith("    ")) {
      end++;
    }
    return lines.subList(start, end);
  }

  private static Actor actor(String id, String name) {
    return new Actor.Builder().id(ActorId.of(id)).name(name).kind(ActorKind.PERSON).build();
  }

  private static Hop.Builder hop(String actor, Commitment commitment) {
    return new Hop.Builder()
        .actor(ActorId.of(actor))
        .mode(ReportingMode.PARAPHRASE)
        .commitment(commitment);
  }

  private static Claim claim(String id, Chain... chains) {
    return new Claim.Builder()
        .id(ClaimId.of(id))
        .proposition("Proposition " + id + ".")
        .addAttribution(chains)
        .build();
  }

  private static Relation relation(String from, RelationKind kind, String to) {
    return new Relation.Builder().from(ClaimId.of(from)).kind(kind).to(ClaimId.of(to)).build();
  }

  private static Dataset.Builder dataset() {
    return new Dataset.Builder()
        .metadata(new DatasetMetadata.Builder().title("small").build())
        .addActors(actor("outlet", "Outlet"), actor("ann", "Ann"), actor("bob", "Bob"));
  }

  @Test
  void everyRelationIsShownFromBothSidesWithItsKindAndDirection() {
    Chain chain = Chain.of(hop("ann", Commitment.CERTAIN).build());
    Dataset dataset =
        dataset()
            .addClaims(claim("a", chain), claim("b", chain), claim("c", chain), claim("d", chain))
            .addRelations(
                relation("a", RelationKind.ELABORATES, "b"),
                relation("a", RelationKind.UPDATES, "c"),
                relation("a", RelationKind.DERIVED_FROM, "d"),
                relation("b", RelationKind.SUPPORTS, "c"),
                relation("c", RelationKind.CONTRADICTS, "d"),
                relation("d", RelationKind.UNDERMINES, "b"),
                relation("b", RelationKind.DUPLICATES, "d"))
            .build();

    String out = show(dataset);

    assertThat(claimLines(out, "a"))
        .contains("    related: elaborates b, updates c, derived from d");
    assertThat(claimLines(out, "b"))
        .contains("    related: elaborated by a, supports c," + " undermined by d, duplicates d");
    assertThat(claimLines(out, "c"))
        .contains("    related: updated by a, supported by b," + " contradicts d");
    assertThat(claimLines(out, "d"))
        .contains(
            "    related: drawn on by a, contradicted by c," + " undermines b, duplicated by b");
    assertThat(out).doesNotContain("undermined by: ");
  }

  @Test
  void aClaimWithoutRelationsHasNoRelatedLine() {
    Dataset dataset =
        dataset().addClaims(claim("a", Chain.of(hop("ann", Commitment.CERTAIN).build()))).build();

    assertThat(show(dataset)).doesNotContain("related:");
  }

  @Test
  void aHopsTimeSaysWhatOfItTheCuratorInferredApartFromTheHop() {
    TimeMention yearInferred =
        new TimeMention.Builder()
            .value(ImpreciseTime.parse("2024-10-27"))
            .asWritten("On October 27")
            .inferred(true)
            .build();
    TimeMention inferred =
        new TimeMention.Builder().value(ImpreciseTime.parse("2024-10")).inferred(true).build();
    Dataset dataset =
        dataset()
            .addClaims(
                claim(
                    "read-hop",
                    Chain.of(
                        hop("outlet", Commitment.UNCOMMITTED).build(),
                        hop("ann", Commitment.CERTAIN).cue("noted").time(yearInferred).build())),
                claim(
                    "inferred-hop",
                    Chain.of(
                        hop("outlet", Commitment.UNCOMMITTED).build(),
                        hop("bob", Commitment.PROBABLE).time(inferred).inferred(true).build())),
                claim(
                    "stated",
                    Chain.of(
                        hop("outlet", Commitment.UNCOMMITTED).build(),
                        hop("ann", Commitment.CERTAIN).time(TimeMention.of("2024-10-25")).build())))
            .build();

    String out = show(dataset);

    assertThat(claimLines(out, "read-hop"))
        .contains("    Outlet (Uu) <- Ann (\"noted\", CT+, 27 Oct 2024 (year inferred))");
    assertThat(claimLines(out, "inferred-hop"))
        .contains("    Outlet (Uu) <- Bob (PR+, Oct 2024 (inferred), inferred)");
    assertThat(claimLines(out, "stated")).contains("    Outlet (Uu) <- Ann (CT+, 25 Oct 2024)");
  }

  /**
   * The old count of independent origins listed the chains of each group by claim, and could
   * print "chains of 2 chains of k-arrived" for a group of a claim's two chains and another
   * claim's. The stance change replaced it with one line of parties and channels: a supporting
   * claim whose chains meet the claim's own at one outlet is shown as one channel through it.
   */
  @Test
  void aChannelOfSeveralClaimsChainsIsOneLineWithoutAListOfChains() {
    Hop outlet = hop("outlet", Commitment.UNCOMMITTED).source(SourceId.of("report")).build();
    Hop times = hop("bob", Commitment.UNCOMMITTED).cue("reports").build();
    Dataset dataset =
        dataset()
            .addSources(
                new dev.hearsay.core.model.Source.Builder()
                    .id(SourceId.of("report"))
                    .kind(dev.hearsay.core.model.SourceKind.ARTICLE)
                    .build())
            .addActors(actor("carl", "Carl"))
            .addClaims(
                claim(
                    "k-arrived",
                    Chain.of(outlet, times, hop("ann", Commitment.CERTAIN).cue("citing").build()),
                    Chain.of(outlet, times, hop("carl", Commitment.CERTAIN).cue("citing").build())),
                claim("k-seen", Chain.of(outlet, times, hop("ann", Commitment.PROBABLE).build())))
            .addRelations(relation("k-seen", RelationKind.SUPPORTS, "k-arrived"))
            .build();

    String out = show(dataset);

    assertThat(claimLines(out, "k-arrived"))
        .contains(
            "    parties: 2 for (Ann, Carl), 0 against; channels: 1 (through Bob, Ann)",
            "    counting: k-seen supports k-arrived",
            "    related: supported by k-seen");
    assertThat(out).doesNotContain("chains of", "chain of");
  }
}
