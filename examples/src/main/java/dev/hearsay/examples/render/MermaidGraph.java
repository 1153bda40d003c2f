package dev.hearsay.examples.render;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Stance;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The provenance graph of a dataset as a Mermaid flowchart: each actor on a chain is a node, and
 * an edge runs from the actor who said something to the actor who relays it, labelled with the
 * cues and the claims. The speaker's stance shapes the edge: an arrow ({@code -->}) for what the
 * speaker asserts, a cross ({@code --x}, label starting "against") for what it denies, a circle
 * ({@code --o}, label starting "neither") for what it passes on or speaks of without taking a
 * side. An edge whose hops the curator all inferred is dashed. Labels are escaped as {@link
 * #escape} says.
 */
public final class MermaidGraph {
  private final Dataset dataset;
  private final ChainWords words;
  private final Map<ActorId, String> nodeIds = new LinkedHashMap<>();
  private final Set<String> usedIds = new LinkedHashSet<>();
  private final Map<EdgeKey, Edge> edges = new LinkedHashMap<>();

  private MermaidGraph(Dataset dataset) {
    this.dataset = dataset;
    this.words = new ChainWords(dataset);
  }

  /** The flowchart's text, one statement per line. */
  public static String of(Dataset dataset) {
    return new MermaidGraph(dataset).render();
  }

  private String render() {
    for (Claim claim : dataset.claims()) {
      for (Chain chain : claim.attribution()) {
        List<Hop> hops = chain.hops();
        hops.forEach(hop -> nodeId(hop.actor()));
        for (int i = 1; i < hops.size(); i++) {
          Hop relay = hops.get(i - 1);
          Hop said = hops.get(i);
          Edge edge =
              edges.computeIfAbsent(
                  new EdgeKey(said.actor(), relay.actor(), said.commitment().stance()),
                  k -> new Edge());
          said.cue().ifPresent(edge.cues::add);
          edge.claims.add(claim.id().value());
          edge.inferred &= said.inferred();
        }
      }
    }
    StringBuilder out = new StringBuilder("flowchart LR\n");
    for (Map.Entry<ActorId, String> node : nodeIds.entrySet()) {
      out.append("  ")
          .append(node.getValue())
          .append("[\"")
          .append(label(node.getKey()))
          .append("\"]\n");
    }
    for (Map.Entry<EdgeKey, Edge> entry : edges.entrySet()) {
      EdgeKey key = entry.getKey();
      Edge edge = entry.getValue();
      String text =
          mark(key.stance())
              + (edge.cues.isEmpty() ? "" : String.join(", ", edge.cues) + ": ")
              + String.join(", ", edge.claims);
      out.append("  ")
          .append(nodeId(key.said()))
          .append(' ')
          .append(link(key.stance(), edge.inferred))
          .append("|\"")
          .append(escape(text))
          .append("\"| ")
          .append(nodeId(key.relay()))
          .append('\n');
    }
    return out.toString();
  }

  /** The link for a stance: an arrow, cross or circle at the relay's end, dashed if inferred. */
  private static String link(Stance stance, boolean inferred) {
    String line = inferred ? "-.-" : "--";
    return switch (stance) {
      case FOR -> line + ">";
      case AGAINST -> line + "x";
      case NEITHER -> line + "o";
    };
  }

  /** The words that open the label of an edge that does not assert its claims. */
  private static String mark(Stance stance) {
    return switch (stance) {
      case FOR -> "";
      case AGAINST -> "against · ";
      case NEITHER -> "neither · ";
    };
  }

  private String label(ActorId id) {
    String name =
        dataset
            .actor(id)
            .map(a -> a.name() + (a.anonymous() ? " (anonymous)" : ""))
            .orElse(id.value());
    boolean publishesReport =
        dataset
            .metadata()
            .encodes()
            .flatMap(dataset::source)
            .flatMap(s -> s.publisher())
            .filter(id::equals)
            .isPresent();
    return escape(publishesReport ? "report: " + name : name);
  }

  /** A node id of letters, digits and '_', unique in the graph and stable for one dataset. */
  private String nodeId(ActorId actor) {
    return nodeIds.computeIfAbsent(
        actor,
        a -> {
          String base = "a_" + a.value().replaceAll("[^A-Za-z0-9]", "_");
          String id = base;
          for (int n = 2; !usedIds.add(id); n++) {
            id = base + "_" + n;
          }
          return id;
        });
  }

  /**
   * Text safe inside a quoted Mermaid label and on a terminal: what {@link SafeText#escape}
   * escapes, then '#', '"', '&lt;' and '&gt;' as Mermaid's entity codes, so that no label ends
   * early or holds markup.
   */
  static String escape(String text) {
    return SafeText.escape(text)
        .replace("#", "#35;")
        .replace("\"", "#quot;")
        .replace("<", "#lt;")
        .replace(">", "#gt;");
  }

  /** The speaker, the actor who relays what it said, and where the speaker stands on it. */
  private record EdgeKey(ActorId said, ActorId relay, Stance stance) {}

  private static final class Edge {
    final Set<String> cues = new LinkedHashSet<>();
    final Set<String> claims = new LinkedHashSet<>();
    boolean inferred = true;
  }
}
