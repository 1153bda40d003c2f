package dev.hearsay.core.model;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The dataset's rules for values that come one at a time, as when a dataset is read or written as
 * a stream: claims and events are checked against a header ({@link DatasetHeader}: the metadata,
 * actors, places and sources) as they come, and relations together at the end, against claims that the
 * caller keeps track of. Each check reports exactly the violations that a whole dataset with the
 * same header and values would report about them, with the same paths, except that ids are not
 * compared with those of earlier values: keeping track of them is the caller's part.
 *
 * <pre>{@code
 * StreamChecks checks = StreamChecks.of(dataset.header());
 * Violations found = checks.claim(claim);
 * }</pre>
 *
 * <p>Each check keeps the first violations it finds, up to a limit ({@link
 * Dataset#DEFAULT_MAX_VIOLATIONS} unless {@link #of(Dataset, int)} sets another), and counts the
 * rest. Making the checks takes time linear in the header; each check then takes time linear in
 * the value checked. An instance is immutable and safe to use from many threads.
 */
public final class StreamChecks {
  private final DatasetRules header;

  private StreamChecks(Dataset header, int maxViolations) {
    this.header = new DatasetRules(header, Tally.checkMax(maxViolations));
  }

  /**
   * The checks against a header.
   *
   * @param header a dataset holding the metadata, actors, places and sources that claims and
   *     events may refer to; its claims, events, relations and assessments are ignored
   * @return the checks
   */
  public static StreamChecks of(Dataset header) {
    return of(header, Dataset.DEFAULT_MAX_VIOLATIONS);
  }

  /**
   * The checks against a header.
   *
   * @param header the metadata, actors, places and sources that claims and events may refer to
   * @return the checks
   */
  public static StreamChecks of(DatasetHeader header) {
    return of(header, Dataset.DEFAULT_MAX_VIOLATIONS);
  }

  /**
   * The checks against a header, each keeping at most the given number of violations.
   *
   * @param header the metadata, actors, places and sources that claims and events may refer to
   * @param maxViolations the most violations a check keeps, at least 1; the rest are counted
   * @return the checks
   * @throws IllegalArgumentException when {@code maxViolations} is below 1
   */
  public static StreamChecks of(DatasetHeader header, int maxViolations) {
    return new StreamChecks(Objects.requireNonNull(header, "header").toDataset(), maxViolations);
  }

  /**
   * The checks against a header, each keeping at most the given number of violations.
   *
   * @param header a dataset holding the metadata, actors, places and sources that claims and
   *     events may refer to; its claims, events, relations and assessments are ignored
   * @param maxViolations the most violations a check keeps, at least 1; the rest are counted
   * @return the checks
   * @throws IllegalArgumentException when {@code maxViolations} is below 1
   */
  public static StreamChecks of(Dataset header, int maxViolations) {
    return new StreamChecks(Objects.requireNonNull(header, "header"), maxViolations);
  }

  /**
   * Checks a claim: its references to actors, places and sources, self-reporting, and the time
   * order of its hops and of their sources.
   *
   * @param claim the claim
   * @return the violations, with paths such as {@code claims[c-trucks].attribution[0][1].actor};
   *     empty when the claim keeps the rules
   */
  public Violations claim(Claim claim) {
    return DatasetRules.ofClaim(header, Objects.requireNonNull(claim, "claim"));
  }

  /**
   * Checks an event: its references to places, actors and claims.
   *
   * @param event the event
   * @param claimExists whether a claim with the given id has been read or written
   * @return the violations, with paths such as {@code events[e-combat].claims[0]}; empty when the
   *     event keeps the rules
   */
  public Violations event(Event event, Predicate<ClaimId> claimExists) {
    return DatasetRules.ofEvent(
        header,
        Objects.requireNonNull(event, "event"),
        Objects.requireNonNull(claimExists, "claimExists"));
  }

  /**
   * Checks relations together: each end names a claim that exists, no relation links a claim to
   * itself, no "derived from" or "updates" relations form a cycle, and each kind is one the
   * header's schema version has.
   *
   * @param relations the relations, in the dataset's order; read, not copied, so that a list that
   *     makes its elements when asked (a compact table) is checked in little memory
   * @param claimExists whether a claim with the given id has been read or written
   * @return the violations, with paths such as {@code relations[3].to}; empty when the relations
   *     keep the rules
   */
  public Violations relations(List<Relation> relations, Predicate<ClaimId> claimExists) {
    return DatasetRules.ofRelations(
        header,
        Collections.unmodifiableList(Objects.requireNonNull(relations, "relations")),
        Objects.requireNonNull(claimExists, "claimExists"));
  }

  /**
   * Checks assessments together: each names a claim that exists and an actor and a source of the
   * header, no two give the same assessor's verdict on a claim in the same source, each rating
   * value lies on its scale, and the header's schema version has assessments.
   *
   * @param assessments the assessments, in the dataset's order
   * @param claimExists whether a claim with the given id has been read or written
   * @return the violations, with paths such as {@code assessments[2].claim}; empty when the
   *     assessments keep the rules
   */
  public Violations assessments(List<Assessment> assessments, Predicate<ClaimId> claimExists) {
    return DatasetRules.ofAssessments(
        header, List.copyOf(assessments), Objects.requireNonNull(claimExists, "claimExists"));
  }
}
