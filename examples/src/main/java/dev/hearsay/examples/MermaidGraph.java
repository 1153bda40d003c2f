package dev.hearsay.examples;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The provenance graph of a dataset as a Mermaid flowchart: each actor on a chain is a node, and
 * an edge runs from the actor who said something to the actor who relays it, labelled with the
 * cues and the claims. Inferred hops are dashed. Labels are escaped as {@link #escape} says.
 */
final class MermaidGraph {
  private final Dataset dataset;
  private final ChainWords words;
  private final Map<ActorId, String> nodeIds = new LinkedHashMap<>();
  private final Set<String> usedIds = new LinkedHashSet<>();
  private final Map<List<ActorId>, Edge> edges = new LinkedHashMap<>();

  private MermaidGraph(Dataset dataset) {
    this.dataset = dataset;
    this.words = new ChainWords(dataset);
  }

  /** The flowchart's text, one statement per line. */
  static String of(Dataset dataset) {
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
          Edge edge = edges.computeIfAbsent(
              List.of(said.actor(), relay.actor()), k -> new Edge());
          said.cue().ifPresent(edge.cues::add);
          edge.claims.add(claim.id().value());
          edge.inferred &= said.inferred();
        }
      }
    }
    StringBuilder out = new StringBuilder("flowchart LR\n");
    for (Map.Entry<ActorId, String> node : nodeIds.entrySet()) {
      out.append("  ").append(node.getValue()).append("[\"").append(label(node.getKey()))
          .append("\"]\n");
    }
    for (Map.Entry<List<ActorId>, Edge> entry : edges.entrySet()) {
      Edge edge = entry.getValue();
      String text = (edge.cues.isEmpty() ? "" : String.join(", ", edge.cues) + ": ")
          + String.join(", ", edge.claims);
      out.append("  ").append(nodeId(entry.getKey().get(0)))
          .append(edge.inferred ? " -.->|\"" : " -->|\"").append(escape(text)).append("\"| ")
          .append(nodeId(entry.getKey().get(1))).append('\n');
    }
    return out.toString();
  }

  private String label(ActorId id) {
    String name = dataset.actor(id)
        .map(a -> a.name() + (a.anonymous() ? " (anonymous)" : ""))
        .orElse(id.value());
    boolean publishesReport = dataset.metadata().encodes()
        .flatMap(dataset::source)
        .flatMap(s -> s.publisher())
        .filter(id::equals)
        .isPresent();
    return escape(publishesReport ? "report: " + name : name);
  }

  /** A node id of letters, digits and '_', unique in the graph and stable for one dataset. */
  private String nodeId(ActorId actor) {
    return nodeIds.computeIfAbsent(actor, a -> {
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
    return SafeText.escape(text).replace("#", "#35;").replace("\"", "#quot;")
        .replace("<", "#lt;").replace(">", "#gt;");
  }

  private static final class Edge {
    final Set<String> cues = new LinkedHashSet<>();
    final Set<String> claims = new LinkedHashSet<>();
    boolean inferred = true;
  }
}
