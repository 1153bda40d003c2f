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
import dev.hearsay.core.model.ReportingMode;
import org.junit.jupiter.api.Test;

class MermaidGraphTest {
  private static Hop hop(String actor, String cue) {
    Hop.Builder hop =
        new Hop.Builder()
            .actor(ActorId.of(actor))
            .mode(ReportingMode.PARAPHRASE)
            .commitment(Commitment.CERTAIN);
    if (cue != null) {
      hop.cue(cue);
    }
    return hop.build();
  }

  private static Actor actor(String id, String name) {
    return new Actor.Builder().id(ActorId.of(id)).name(name).kind(ActorKind.PERSON).build();
  }

  @Test
  void nodeIdsAreSafeAndDistinctAndLabelsAreEscaped() {
    Dataset dataset =
        new Dataset.Builder()
            .metadata(new DatasetMetadata.Builder().title("ids").build())
            .addActors(
                actor("a-b", "Dash \"the\" Reporter"),
                actor("a_b", "Underscore"),
                actor("a.b:c", "Dotted"))
            .addClaims(
                new Claim.Builder()
                    .id(ClaimId.of("c1"))
                    .proposition("Something happened.")
                    .addAttribution(
                        Chain.of(hop("a-b", null), hop("a_b", "says"), hop("a.b:c", "told")))
                    .build())
            .build();

    String graph = MermaidGraph.of(dataset);

    assertThat(graph)
        .isEqualTo(
            "flowchart LR\n"
                + "  a_a_b[\"Dash #quot;the#quot; Reporter\"]\n"
                + "  a_a_b_2[\"Underscore\"]\n"
                + "  a_a_b_c[\"Dotted\"]\n"
                + "  a_a_b_2 -->|\"says: c1\"| a_a_b\n"
                + "  a_a_b_c -->|\"told: c1\"| a_a_b_2\n");
  }

  private static Hop hop(String actor, String cue, Commitment commitment, boolean inferred) {
    return new Hop.Builder()
        .actor(ActorId.of(actor))
        .cue(cue)
        .mode(ReportingMode.PARAPHRASE)
        .commitment(commitment)
        .inferred(inferred)
        .build();
  }

  private static Claim claim(String id, Hop... hops) {
    return new Claim.Builder()
        .id(ClaimId.of(id))
        .proposition("Claim " + id + ".")
        .addAttribution(Chain.of(hops))
        .build();
  }

  @Test
  void aDenialAndAnAssertionAreDrawnApartAndNoSideIsACircle() {
    Hop reuters = hop("reuters", "reports", Commitment.UNCOMMITTED, false);
    Dataset dataset =
        new Dataset.Builder()
            .metadata(new DatasetMetadata.Builder().title("stance").build())
            .addActors(
                actor("reuters", "Reuters"),
                actor("kremlin", "The Kremlin"),
                actor("pentagon", "Pentagon"))
            .addClaims(
                claim("x", reuters, hop("kremlin", "said", Commitment.PROBABLE, false)),
                claim("y", reuters, hop("kremlin", "denied", Commitment.CERTAIN_NOT, false)),
                claim("z", reuters, hop("kremlin", "dismissed", Commitment.POSSIBLE_NOT, true)),
                claim(
                    "w",
                    reuters,
                    hop("pentagon", "could not confirm", Commitment.UNCOMMITTED, false)),
                claim(
                    "v",
                    reuters,
                    hop("pentagon", "would not say", Commitment.CERTAIN_UNKNOWN_POLARITY, true)))
            .build();

    String graph = MermaidGraph.of(dataset);

    assertThat(graph)
        .endsWith(
            ""
                + "  a_kremlin -->|\"said: x\"| a_reuters\n"
                + "  a_kremlin --x|\"against · denied, dismissed: y, z\"| a_reuters\n"
                + "  a_pentagon --o|\"neither · could not confirm, would not say: w, v\"| a_reuters\n");
  }

  @Test
  void anEdgeIsDashedOnlyWhenEveryHopOnItIsInferred() {
    Hop outlet = hop("outlet", "reports", Commitment.UNCOMMITTED, false);
    Dataset dataset =
        new Dataset.Builder()
            .metadata(new DatasetMetadata.Builder().title("inferred").build())
            .addActors(actor("outlet", "Outlet"), actor("ann", "Ann"))
            .addClaims(
                claim("a", outlet, hop("ann", "denied", Commitment.CERTAIN_NOT, true)),
                claim("b", outlet, hop("ann", "doubted", Commitment.PROBABLE_NOT, true)),
                claim("c", outlet, hop("ann", "unsure", Commitment.UNCOMMITTED, true)),
                claim("d", outlet, hop("ann", "said", Commitment.CERTAIN, true)),
                claim("e", outlet, hop("ann", "said", Commitment.CERTAIN, false)))
            .build();

    assertThat(MermaidGraph.of(dataset))
        .endsWith(
            ""
                + "  a_ann -.-x|\"against · denied, doubted: a, b\"| a_outlet\n"
                + "  a_ann -.-o|\"neither · unsure: c\"| a_outlet\n"
                + "  a_ann -->|\"said: d, e\"| a_outlet\n");
  }

  @Test
  void labelsAreSafeForATerminalAndHoldNoMarkup() {
    Dataset dataset =
        new Dataset.Builder()
            .metadata(new DatasetMetadata.Builder().title("hostile").build())
            .addActors(actor("a", "A\u001b[2J\u202e <b>#1</b>"), actor("b", "B\nline"))
            .addClaims(
                new Claim.Builder()
                    .id(ClaimId.of("c1"))
                    .proposition("Something happened.")
                    .addAttribution(Chain.of(hop("a", null), hop("b", "says\u0007\"quoted\"")))
                    .build())
            .build();

    String graph = MermaidGraph.of(dataset);

    assertThat(graph)
        .isEqualTo(
            "flowchart LR\n"
                + "  a_a[\"A\\u001b[2J\\u202e #lt;b#gt;#35;1#lt;/b#gt;\"]\n"
                + "  a_b[\"B\\nline\"]\n"
                + "  a_b -->|\"says\\u0007#quot;quoted#quot;: c1\"| a_a\n");
  }

  @Test
  void escapingEncodesTheHashBeforeTheEntitiesThatUseIt() {
    assertThat(MermaidGraph.escape("#quot;")).isEqualTo("#35;quot;");
    assertThat(MermaidGraph.escape("\"")).isEqualTo("#quot;");
  }
}
