package dev.hearsay.jackson;

import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.DatasetHeader;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.StreamChecks;
import dev.hearsay.core.model.Violation;
import dev.hearsay.core.model.ViolationCode;
import dev.hearsay.core.model.Violations;
import java.util.ArrayList;
import java.util.List;

/**
 * The dataset's rules, checked while a dataset streams past: the header (metadata, actors, places,
 * sources) is held, each claim and event is checked against it when it comes, and the relations
 * are checked together at the end.
 *
 * <p>Every check is the model's own ({@link StreamChecks}); what is kept here is the ids of the
 * claims and events read so far (in {@link SpillingIds}, which writes them to temporary files
 * past a number held in memory), for the duplicates and the references that the model leaves to
 * the caller, the relations' kinds and ends (in a {@link RelationTable}) and the assessments. A
 * duplicate of an id already written out is found when its list ends ({@link #endClaims()},
 * {@link #endEvents()}). {@link #close()} deletes the files.
 */
final class StreamRules implements AutoCloseable {
  private static final Violations NONE = Violations.of(List.of(), 0);

  private final StreamChecks checks;
  private final int maxViolations;
  private final SpillingIds claims;
  private final SpillingIds events;
  private final RelationTable relations = new RelationTable();
  private final List<Assessment> assessments = new ArrayList<>();
  private int claimCount;
  private int eventCount;

  /**
   * @param header the header the claims and events are checked against
   * @param maxViolations the most violations a check keeps; the rest are counted
   */
  StreamRules(DatasetHeader header, int maxViolations) {
    this(header, maxViolations, IdSpill.defaults());
  }

  /**
   * @param header the header the claims and events are checked against
   * @param maxViolations the most violations a check keeps; the rest are counted
   * @param spill where and past how many ids the claim and event ids go to disk
   */
  StreamRules(DatasetHeader header, int maxViolations, IdSpill spill) {
    this.checks = StreamChecks.of(header, maxViolations);
    this.maxViolations = maxViolations;
    this.claims = new SpillingIds(spill);
    this.events = new SpillingIds(spill);
  }

  /** Checks a claim against the header and the claims before it, and remembers its id. */
  Violations claim(Claim claim) {
    int index = claimCount;
    int earlier = claims.positionOf(claim.id().value());
    Violations violations =
        withDuplicate(
            checks.claim(claim),
            earlier < 0 ? null : duplicate("claims", index, claim.id().value(), earlier));
    if (violations.isEmpty()) {
      claims.add(claim.id().value(), index);
      claimCount++;
    }
    return violations;
  }

  /**
   * Ends the claims: the ids that repeat one written to disk, each as a violation at {@code
   * claims[i].id}. Nothing the second time.
   */
  Violations endClaims() {
    return duplicates("claims", claims);
  }

  /** Ends the events, as {@link #endClaims()} ends the claims. */
  Violations endEvents() {
    return duplicates("events", events);
  }

  private Violations duplicates(String collection, SpillingIds ids) {
    if (ids.sealed()) {
      return NONE;
    }
    long[] total = new long[1];
    List<SpillingIds.Duplicate> found = ids.seal(maxViolations, total);
    if (found.isEmpty()) {
      return NONE;
    }
    List<Violation> kept = new ArrayList<>(found.size());
    for (SpillingIds.Duplicate d : found) {
      kept.add(duplicate(collection, d.position(), d.id(), d.earlier()));
    }
    return Violations.of(kept, total[0]);
  }

  /** Checks an event against the header and the claims read, and remembers its id. */
  Violations event(Event event) {
    if (!claims.sealed()) {
      throw new IllegalStateException("the claims have not ended");
    }
    int index = eventCount;
    int earlier = events.positionOf(event.id().value());
    Violations violations =
        withDuplicate(
            checks.event(event, this::claimRead),
            earlier < 0 ? null : duplicate("events", index, event.id().value(), earlier));
    if (violations.isEmpty()) {
      events.add(event.id().value(), index);
      eventCount++;
    }
    return violations;
  }

  /** The violations of a value, after the duplicate of its id when there is one. */
  private Violations withDuplicate(Violations found, Violation duplicate) {
    if (duplicate == null) {
      return found;
    }
    List<Violation> kept = new ArrayList<>(found.kept().size() + 1);
    kept.add(duplicate);
    kept.addAll(found.kept());
    return Violations.of(kept.subList(0, Math.min(kept.size(), maxViolations)), found.total() + 1);
  }

  /** Remembers a relation, to be checked with the others at the end. */
  void relation(Relation relation) {
    relations.note(relation);
  }

  /** Remembers an assessment, to be checked with the others at the end. */
  void assessment(Assessment assessment) {
    assessments.add(assessment);
  }

  /**
   * Checks the relations together (references, self-relations and cycles), then the assessments
   * (references, duplicates and scales).
   */
  Violations finish() {
    return finish(relations);
  }

  /**
   * As {@link #finish()}, with the relations given instead of those noted by {@link
   * #relation(Relation)}: for a caller that keeps them anyway, so that they are not held twice.
   */
  Violations finish(List<Relation> relationList) {
    if (!claims.sealed() || !events.sealed()) {
      throw new IllegalStateException("the claims and events have not ended");
    }
    Violations found = checks.relations(relationList, this::claimRead);
    Violations assessed = checks.assessments(assessments, this::claimRead);
    if (assessed.isEmpty()) {
      return found;
    }
    if (found.isEmpty()) {
      return assessed;
    }
    List<Violation> kept = new ArrayList<>(found.kept());
    kept.addAll(assessed.kept());
    return Violations.of(
        kept.subList(0, Math.min(kept.size(), maxViolations)), found.total() + assessed.total());
  }

  /** Deletes the files the ids were written to, if any. */
  @Override
  public void close() {
    try {
      claims.close();
    } finally {
      events.close();
    }
  }

  private boolean claimRead(ClaimId id) {
    return claims.positionOf(id.value()) >= 0;
  }

  /**
   * The model's violation for an id used twice, in its words. It is written here because its path
   * and message name the two values by their indexes in the whole document, which only the
   * stream knows; a test keeps it the same as the model's.
   */
  private static Violation duplicate(String collection, int index, String id, int earlier) {
    return new Violation(
        DatasetPath.of(collection).index(index).field("id"),
        ViolationCode.DUPLICATE_ID,
        "the id '"
            + id
            + "' is already used by "
            + collection
            + "["
            + earlier
            + "]; give each a distinct id");
  }
}
