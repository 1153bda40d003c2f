package dev.hearsay.jackson;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.StreamChecks;
import dev.hearsay.core.model.Violation;
import dev.hearsay.core.model.ViolationCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The dataset's rules, checked while a dataset streams past: the header (metadata, actors, places,
 * sources) is held, each claim and event is checked against it when it comes, and the relations
 * are checked together at the end.
 *
 * <p>Every check is the model's own ({@link StreamChecks}); what is kept here is the ids of the
 * claims and events read so far (in {@link IdPositions}), for the duplicates and the references
 * that the model leaves to the caller, and the relations. Memory is the header, those ids and the
 * relations.
 */
final class StreamRules {
  private final StreamChecks checks;
  private final IdPositions claims = new IdPositions();
  private final IdPositions events = new IdPositions();
  private final List<Relation> relations = new ArrayList<>();
  private int claimCount;
  private int eventCount;

  StreamRules(Dataset header) {
    this.checks = StreamChecks.of(header);
  }

  /** Checks a claim against the header and the claims before it, and remembers its id. */
  List<Violation> claim(Claim claim) {
    int index = claimCount;
    List<Violation> violations = new ArrayList<>();
    int earlier = claims.positionOf(claim.id().value());
    if (earlier >= 0) {
      violations.add(duplicate("claims", index, claim.id().value(), earlier));
    }
    violations.addAll(checks.claim(claim));
    if (violations.isEmpty()) {
      claims.add(claim.id().value(), index);
      claimCount++;
    }
    return violations;
  }

  /** Checks an event against the header and the claims read, and remembers its id. */
  List<Violation> event(Event event) {
    int index = eventCount;
    List<Violation> violations = new ArrayList<>();
    int earlier = events.positionOf(event.id().value());
    if (earlier >= 0) {
      violations.add(duplicate("events", index, event.id().value(), earlier));
    }
    violations.addAll(checks.event(event, this::claimRead));
    if (violations.isEmpty()) {
      events.add(event.id().value(), index);
      eventCount++;
    }
    return violations;
  }

  /** Remembers a relation, to be checked with the others at the end. */
  void relation(Relation relation) {
    relations.add(relation);
  }

  /** Checks the relations together: references, self-relations and cycles. */
  List<Violation> finish() {
    return checks.relations(relations, this::claimRead);
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
    return new Violation(collection + "[" + index + "].id", ViolationCode.DUPLICATE_ID,
        "the id '" + id + "' is already used by " + collection + "[" + earlier
            + "]; give each a distinct id");
  }
}
