package dev.hearsay.examples.render;

import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Bound;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.CountUnit;
import dev.hearsay.core.model.CurrencyUnit;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.query.Conflict;
import dev.hearsay.core.query.Evidence;
import dev.hearsay.core.query.ProvenanceIndex;
import dev.hearsay.core.timeline.Timeline;
import dev.hearsay.core.timeline.TimelineEntry;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Help.Ansi;

/**
 * A dataset as text for a person: its summary, its timeline, each claim with its chains,
 * commitment, parties for and against and the channels they came by, every relation it takes part
 * in, and the conflicts. Text from the dataset is printed as {@link SafeText#escape} makes it safe
 * for a terminal.
 */
public final class TextView {
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

  /** The relations each claim takes part in, either way, in the dataset's order. */
  private final Map<ClaimId, List<Relation>> relations = new HashMap<>();

  public TextView(Dataset dataset, PrintWriter out, Ansi ansi) {
    this.dataset = dataset;
    this.index = ProvenanceIndex.of(dataset);
    this.chains = new ChainWords(dataset);
    this.out = out;
    this.colour = ansi.enabled();
    for (Relation relation : dataset.relations()) {
      relations.computeIfAbsent(relation.from(), c -> new ArrayList<>()).add(relation);
      relations.computeIfAbsent(relation.to(), c -> new ArrayList<>()).add(relation);
    }
  }

  public void print() {
    summary();
    timeline();
    claims();
    conflicts();
    out.flush();
  }

  private void summary() {
    DatasetMetadata metadata = dataset.metadata();
    out.println(bold(metadata.title()));
    metadata.description().ifPresent(this::line);
    List<String> about = new ArrayList<>();
    if (!metadata.curators().isEmpty()) {
      about.add("curated by " + String.join(", ", metadata.curators()));
    }
    metadata.created().ifPresent(d -> about.add("created " + d));
    metadata.license().ifPresent(l -> about.add("licence " + l));
    about.add("schema " + dataset.schemaVersion());
    line(capitalize(String.join(" · ", about)));
    metadata.encodes().flatMap(dataset::source).ifPresent(s -> line("Encodes " + source(s)));
    out.println(
        count(dataset.actors().size(), "actor")
            + ", "
            + count(dataset.places().size(), "place")
            + ", "
            + count(dataset.sources().size(), "source")
            + ", "
            + count(dataset.claims().size(), "claim")
            + ", "
            + count(dataset.events().size(), "event")
            + ", "
            + count(dataset.relations().size(), "relation")
            + (dataset.assessments().isEmpty()
                ? ""
                : ", " + count(dataset.assessments().size(), "assessment")));
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
    out.println(
        "  [...] the time in EDTF; (inferred), (year inferred): the curator's, not the"
            + " text's");
    Map<EventId, Integer> numbers = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      numbers.put(entries.get(i).event().id(), i + 1);
    }
    for (int i = 0; i < entries.size(); i++) {
      TimelineEntry entry = entries.get(i);
      String when = entry.event().time().map(TimeWords::of).orElse("undated");
      String mark = entry.orderUndetermined() ? UNORDERED + " " : "  ";
      out.printf("%3d. %s%s%n", i + 1, mark, SafeText.escape(when));
      line(
          INDENT
              + entry.event().description()
              + " ("
              + entry.event().status().name().toLowerCase(Locale.ROOT)
              + ")");
      if (entry.orderUndetermined()) {
        out.println(
            INDENT
                + "order undetermined with "
                + entry.overlaps().stream()
                    .map(id -> "#" + numbers.get(id))
                    .collect(Collectors.joining(", ")));
      }
      if (!entry.event().claims().isEmpty()) {
        line(
            INDENT
                + "claims: "
                + entry.event().claims().stream()
                    .map(c -> c.value())
                    .collect(Collectors.joining(", ")));
      }
    }
  }

  private void claims() {
    out.println();
    out.println(bold("Claims"));
    for (Claim claim : dataset.claims()) {
      out.println("  " + bold(claim.id().value()) + "  " + SafeText.escape(claim.proposition()));
      for (Chain chain : claim.attribution()) {
        line(INDENT + chains.chain(chain));
      }
      line(
          INDENT
              + "commitment at the origin: "
              + ChainWords.originCommitments(claim.attribution()));
      evidence(claim);
      for (Assessment assessment : index.assessments(claim.id())) {
        line(INDENT + "assessed: " + assessment(assessment));
      }
      related(claim);
      claim.time().ifPresent(t -> line(INDENT + "about: " + TimeWords.of(t)));
      for (Quantity quantity : claim.quantities()) {
        line(INDENT + "quantity: " + quantity(quantity));
      }
      claim
          .quote()
          .ifPresent(
              q ->
                  line(
                      INDENT
                          + "quote: \""
                          + q.exact()
                          + "\""
                          + q.start()
                              .map(s -> " [" + s + ", " + q.end().orElseThrow() + ")")
                              .orElse("")));
      for (String note : claim.notes()) {
        line(INDENT + "note: " + note);
      }
    }
  }

  /**
   * A verdict on a claim in words: {@code "Mostly false" (2 on a scale from 1 to 5) by Civic Fact
   * Desk, 2024-05-14, in "The toll, checked"}. It counts in none of the claim's evidence.
   */
  private String assessment(Assessment assessment) {
    StringBuilder text = new StringBuilder("\"").append(assessment.rating()).append('"');
    assessment
        .ratingValue()
        .ifPresent(
            v -> {
              text.append(" (").append(number(v));
              if (assessment.worstRating().isPresent() && assessment.bestRating().isPresent()) {
                text.append(" on a scale from ")
                    .append(number(assessment.worstRating().get()))
                    .append(" to ")
                    .append(number(assessment.bestRating().get()));
              } else {
                assessment.bestRating().ifPresent(b -> text.append(" of ").append(number(b)));
              }
              text.append(')');
            });
    text.append(" by ").append(actorName(assessment.assessor().value()));
    assessment.time().ifPresent(t -> text.append(", ").append(TimeWords.of(t)));
    dataset
        .source(assessment.source())
        .ifPresent(
            s ->
                text.append(", in ")
                    .append(
                        s.title()
                            .map(t -> "\"" + t + "\"")
                            .orElse(s.locator().map(Object::toString).orElse(s.id().value()))));
    return text.toString();
  }

  /**
   * Who stands for and against the claim, counted as parties and as channels, with the relations
   * through which other claims' voices count.
   */
  private void evidence(Claim claim) {
    Evidence evidence = index.evidence(claim.id());
    line(INDENT + evidence.summary());
    if (!evidence.counted().isEmpty()) {
      line(
          INDENT
              + "counting: "
              + evidence.counted().stream()
                  .map(RelationWords::of)
                  .collect(Collectors.joining(", ")));
    }
  }

  /**
   * Every relation the claim takes part in, from its side: {@code related: supports c-b,
   * contradicted by c-c, drawn on by c-d}.
   */
  private void related(Claim claim) {
    List<Relation> own = relations.getOrDefault(claim.id(), List.of());
    if (!own.isEmpty()) {
      line(
          INDENT
              + "related: "
              + own.stream()
                  .map(r -> RelationWords.from(claim.id(), r))
                  .collect(Collectors.joining(", ")));
    }
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
      switch (conflict.kind()) {
        case PARTIES_DISAGREE -> {
          out.println("  " + bold(first.id().value()) + ": its own parties disagree");
          line(INDENT + first.proposition());
        }
        case CONTRADICTION ->
            out.println(
                "  "
                    + bold(first.id().value())
                    + " <-> "
                    + bold(second.id().value())
                    + ": one contradicts the other");
        case OPPOSED_ON_EVENT ->
            out.println(
                "  "
                    + bold(first.id().value())
                    + " <-> "
                    + bold(second.id().value())
                    + ": opposed on the event "
                    + SafeText.escape(
                        conflict.event().orElseThrow().id()
                            + ", "
                            + conflict.event().orElseThrow().description()));
      }
      for (Conflict.Side side : List.of(conflict.first(), conflict.second())) {
        String who =
            side.voices().isEmpty()
                ? "no one"
                : side.voices().stream()
                    .map(v -> v.actor().name())
                    .distinct()
                    .collect(Collectors.joining(", "));
        String stance = side.stance().name().toLowerCase(Locale.ROOT);
        line(
            INDENT
                + (conflict.kind() == Conflict.Kind.PARTIES_DISAGREE
                    ? stance + ": " + who
                    : side.claim().proposition() + " [" + stance + ": " + who + "]"));
      }
      conflict
          .relation()
          .ifPresent(
              r -> line(INDENT + RelationWords.of(r) + r.note().map(n -> ": " + n).orElse("")));
    }
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
    DecimalFormat format =
        new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    format.setParseBigDecimal(true);
    return format.format(value);
  }

  private String actorName(String id) {
    return chains.actorName(id);
  }

  /** Text from the dataset in bold, when colour is on. */
  private String bold(String text) {
    String safe = SafeText.escape(text);
    return colour ? "\u001B[1m" + safe + "\u001B[22m" : safe;
  }

  /** A line that holds text from the dataset. */
  private void line(String text) {
    out.println(SafeText.escape(text));
  }

  /** A count and its noun: {@code 1 claim}, {@code 2,350 violations}. */
  public static String count(long n, String noun) {
    return count(n, noun, noun + "s");
  }

  /** A count and its noun, with an irregular plural: {@code 2 entities}. */
  public static String count(long n, String noun, String plural) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? noun : plural);
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
