package dev.hearsay.examples;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Bound;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.CountUnit;
import dev.hearsay.core.model.CurrencyUnit;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.query.Conflict;
import dev.hearsay.core.query.Independence;
import dev.hearsay.core.query.ProvenanceIndex;
import dev.hearsay.core.query.Trace;
import dev.hearsay.core.timeline.Timeline;
import dev.hearsay.core.timeline.TimelineEntry;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Help.Ansi;

/**
 * A dataset as text for a person: its summary, its timeline, each claim with its chains,
 * commitment and origins, and the conflicts between claims.
 */
final class TextView {
  private static final String INDENT = "    ";

  /**
   * Marks a timeline entry whose order against some others cannot be told. Not "~" or "≈", which
   * read as EDTF's "approximate".
   */
  private static final String UNORDERED = "↕";

  private final Dataset dataset;
  private final ProvenanceIndex index;
  private final ChainWords chains;
  private final PrintWriter out;
  private final boolean colour;

  TextView(Dataset dataset, PrintWriter out, Ansi ansi) {
    this.dataset = dataset;
    this.index = ProvenanceIndex.of(dataset);
    this.chains = new ChainWords(dataset);
    this.out = out;
    this.colour = ansi.enabled();
  }

  void print() {
    summary();
    timeline();
    claims();
    conflicts();
    out.flush();
  }

  private void summary() {
    DatasetMetadata metadata = dataset.metadata();
    out.println(bold(metadata.title()));
    metadata.description().ifPresent(out::println);
    List<String> about = new ArrayList<>();
    if (!metadata.curators().isEmpty()) {
      about.add("curated by " + String.join(", ", metadata.curators()));
    }
    metadata.created().ifPresent(d -> about.add("created " + d));
    metadata.license().ifPresent(l -> about.add("licence " + l));
    about.add("schema " + dataset.schemaVersion());
    out.println(capitalize(String.join(" · ", about)));
    metadata.encodes().flatMap(dataset::source).ifPresent(s -> out.println("Encodes " + source(s)));
    out.println(count(dataset.actors().size(), "actor") + ", "
        + count(dataset.places().size(), "place") + ", "
        + count(dataset.sources().size(), "source") + ", "
        + count(dataset.claims().size(), "claim") + ", "
        + count(dataset.events().size(), "event") + ", "
        + count(dataset.relations().size(), "relation"));
  }

  private String source(Source source) {
    StringBuilder text = new StringBuilder();
    text.append(source.title().map(t -> "\"" + t + "\"").orElse(source.id().value()));
    List<String> details = new ArrayList<>();
    details.add(source.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    source.publisher().ifPresent(p -> details.add("published by " + actorName(p.value())));
    source.published().ifPresent(t -> details.add(TimeWords.of(t)));
    return text.append(" (").append(String.join(", ", details)).append(')').toString();
  }

  private void timeline() {
    out.println();
    out.println(bold("Timeline"));
    List<TimelineEntry> entries = Timeline.of(index).entries();
    if (entries.isEmpty()) {
      out.println("  (no events)");
      return;
    }
    out.println("  " + UNORDERED + " order undetermined against the entries listed under it");
    out.println("  [...] the time in EDTF; (inferred), (year inferred): the curator's, not the"
        + " text's");
    Map<EventId, Integer> numbers = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      numbers.put(entries.get(i).event().id(), i + 1);
    }
    for (int i = 0; i < entries.size(); i++) {
      TimelineEntry entry = entries.get(i);
      String when = entry.event().time().map(TimeWords::of).orElse("undated");
      String mark = entry.orderUndetermined() ? UNORDERED + " " : "  ";
      out.printf("%3d. %s%s%n", i + 1, mark, when);
      out.println(INDENT + entry.event().description() + " ("
          + entry.event().status().name().toLowerCase(Locale.ROOT) + ")");
      if (entry.orderUndetermined()) {
        out.println(INDENT + "order undetermined with " + entry.overlaps().stream()
            .map(id -> "#" + numbers.get(id))
            .collect(Collectors.joining(", ")));
      }
      if (!entry.event().claims().isEmpty()) {
        out.println(INDENT + "claims: " + entry.event().claims().stream()
            .map(c -> c.value()).collect(Collectors.joining(", ")));
      }
    }
  }

  private void claims() {
    out.println();
    out.println(bold("Claims"));
    for (Claim claim : dataset.claims()) {
      out.println("  " + bold(claim.id().value()) + "  " + claim.proposition());
      for (Chain chain : claim.attribution()) {
        out.println(INDENT + chains.chain(chain));
      }
      out.println(INDENT + "commitment at the origin: "
          + ChainWords.originCommitments(claim.attribution()));
      origins(claim);
      claim.time().ifPresent(t -> out.println(INDENT + "about: " + TimeWords.of(t)));
      for (Quantity quantity : claim.quantities()) {
        out.println(INDENT + "quantity: " + quantity(quantity));
      }
      claim.quote().ifPresent(q -> out.println(INDENT + "quote: \"" + q.exact() + "\""
          + q.start().map(s -> " [" + s + ", " + q.end().orElseThrow() + ")").orElse("")));
      for (String note : claim.notes()) {
        out.println(INDENT + "note: " + note);
      }
    }
  }

  /**
   * The origins of the claim's own chains, the claims that back it, and the independent origins
   * among all of these chains. Unless every group is a single chain of the claim itself, each
   * group is listed with the chains it holds and where they meet, so that the count is explained
   * by what is printed.
   */
  private void origins(Claim claim) {
    Independence independence = index.independence(claim.id());
    String origins = "origins: " + names(index.trace(claim.id()));
    boolean plain = independence.backing().isEmpty()
        && independence.groups().stream().allMatch(g -> g.chains().size() == 1);
    if (plain) {
      out.println(INDENT + origins + "; independent origins: " + independence.count());
      return;
    }
    out.println(INDENT + origins);
    if (!independence.backing().isEmpty()) {
      out.println(INDENT + "backed by: " + independence.backing().stream()
          .map(b -> b.id().value() + " (" + backing(claim, b) + ")")
          .collect(Collectors.joining(", ")));
    }
    out.println(INDENT + "independent origins: " + independence.count());
    int number = 1;
    for (Independence.Group group : independence.groups()) {
      out.println(INDENT + "  " + number++ + ". " + group(group));
    }
  }

  /**
   * A group of chains: its origins, the chains by claim, and where they meet, such as {@code
   * Elena Guseinova: chains of c-troop-ceiling, c-regime-stability; they meet at BILD, source
   * bild-article}.
   */
  private static String group(Independence.Group group) {
    String origins = group.chains().stream()
        .map(c -> c.originActor().name())
        .distinct()
        .collect(Collectors.joining(", "));
    Map<String, Long> chainsByClaim = group.chains().stream()
        .collect(Collectors.groupingBy(c -> c.claim().value(), LinkedHashMap::new,
            Collectors.counting()));
    String chains = chainsByClaim.entrySet().stream()
        .map(e -> e.getValue() == 1 ? e.getKey() : e.getValue() + " chains of " + e.getKey())
        .collect(Collectors.joining(", "));
    boolean one = group.chains().size() == 1;
    StringBuilder text = new StringBuilder(origins).append(": ")
        .append(one ? "chain of " : chainsByClaim.size() == 1 ? "" : "chains of ")
        .append(chains);
    List<String> meet = new ArrayList<>();
    group.sharedActors().forEach(a -> meet.add(a.name()));
    group.sharedSources().forEach(s -> meet.add("source " + s.id().value()));
    if (!meet.isEmpty()) {
      text.append("; they meet at ").append(String.join(", ", meet));
    }
    return text.toString();
  }

  /** How a claim backs another: the kinds of the relations between them that count as backing. */
  private String backing(Claim claim, Claim backer) {
    return dataset.relations().stream()
        .filter(r -> r.from().equals(backer.id()) && r.to().equals(claim.id())
            && (r.kind() == RelationKind.SUPPORTS || r.kind() == RelationKind.DUPLICATES)
            || r.from().equals(claim.id()) && r.to().equals(backer.id())
            && r.kind() == RelationKind.DUPLICATES)
        .map(r -> r.kind().name().toLowerCase(Locale.ROOT))
        .distinct()
        .collect(Collectors.joining(", "));
  }

  private void conflicts() {
    out.println();
    out.println(bold("Conflicts"));
    List<Conflict> conflicts = index.conflicts();
    if (conflicts.isEmpty()) {
      out.println("  (none)");
      return;
    }
    for (Conflict conflict : conflicts) {
      Claim first = conflict.first().claim();
      Claim second = conflict.second().claim();
      out.println("  " + bold(first.id().value()) + " <-> " + bold(second.id().value()));
      out.println(INDENT + first.proposition() + " ["
          + ChainWords.originCommitments(first.attribution()) + ", from "
          + names(conflict.first()) + "]");
      out.println(INDENT + second.proposition() + " ["
          + ChainWords.originCommitments(second.attribution()) + ", from "
          + names(conflict.second()) + "]");
      for (Relation relation : conflict.contradictions()) {
        out.println(INDENT + relation.from() + " contradicts " + relation.to()
            + relation.note().map(n -> ": " + n).orElse(""));
      }
      conflict.events().forEach(e -> out.println(INDENT + "their origins disagree on the event "
          + e.id() + ": " + e.description()));
    }
  }

  private static String names(Trace trace) {
    return trace.origins().stream().map(Actor::name).collect(Collectors.joining(", "));
  }

  static String quantity(Quantity quantity) {
    String unit = unit(quantity);
    List<String> parts = new ArrayList<>();
    quantity.estimate().ifPresent(e -> parts.add(number(e)));
    quantity.lower().ifPresent(b -> parts.add((b.inclusive() ? "≥ " : "> ") + number(b)));
    quantity.upper().ifPresent(b -> parts.add((b.inclusive() ? "≤ " : "< ") + number(b)));
    StringBuilder text = new StringBuilder();
    if (!quantity.name().equals(unit)) {
      text.append(quantity.name()).append(": ");
    }
    text.append(String.join(" and ", parts)).append(' ').append(unit);
    List<String> details = new ArrayList<>();
    if (quantity.approximate()) {
      details.add("approximate");
    }
    quantity.asWritten().ifPresent(w -> details.add("\"" + w + "\""));
    if (!details.isEmpty()) {
      text.append(" (").append(String.join(", ", details)).append(')');
    }
    return text.toString();
  }

  private static String unit(Quantity quantity) {
    if (quantity.unit() instanceof CurrencyUnit currency) {
      return currency.code();
    }
    return ((CountUnit) quantity.unit()).thing();
  }

  private static String number(Bound bound) {
    return number(bound.value());
  }

  private static String number(BigDecimal value) {
    DecimalFormat format = new DecimalFormat("#,##0.##########",
        DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    format.setParseBigDecimal(true);
    return format.format(value);
  }

  private String actorName(String id) {
    return chains.actorName(id);
  }

  private String bold(String text) {
    return colour ? "\u001B[1m" + text + "\u001B[22m" : text;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
