package dev.hearsay.examples;

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
    Hop.Builder hop = new Hop.Builder()
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
    Dataset dataset = new Dataset.Builder()
        .metadata(new DatasetMetadata.Builder().title("ids").build())
        .addActors(actor("a-b", "Dash \"the\" Reporter"), actor("a_b", "Underscore"),
            actor("a.b:c", "Dotted"))
        .addClaims(new Claim.Builder()
            .id(ClaimId.of("c1"))
            .proposition("Something happened.")
            .addAttribution(Chain.of(hop("a-b", null), hop("a_b", "says"), hop("a.b:c", "told")))
            .build())
        .build();

    String graph = MermaidGraph.of(dataset);

    assertThat(graph).isEqualTo("flowchart LR\n"
        + "  a_a_b[\"Dash #quot;the#quot; Reporter\"]\n"
        + "  a_a_b_2[\"Underscore\"]\n"
        + "  a_a_b_c[\"Dotted\"]\n"
        + "  a_a_b_2 -->|\"says: c1\"| a_a_b\n"
        + "  a_a_b_c -->|\"told: c1\"| a_a_b_2\n");
  }

  @Test
  void labelsAreSafeForATerminalAndHoldNoMarkup() {
    Dataset dataset = new Dataset.Builder()
        .metadata(new DatasetMetadata.Builder().title("hostile").build())
        .addActors(actor("a", "A\u001b[2J\u202e <b>#1</b>"), actor("b", "B\nline"))
        .addClaims(new Claim.Builder()
            .id(ClaimId.of("c1"))
            .proposition("Something happened.")
            .addAttribution(Chain.of(hop("a", null), hop("b", "says\u0007\"quoted\"")))
            .build())
        .build();

    String graph = MermaidGraph.of(dataset);

    assertThat(graph).isEqualTo("flowchart LR\n"
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
