package dev.hearsay.core.model;

import dev.hearsay.core.internal.IdTable;
import dev.hearsay.core.time.ImpreciseTime;
import dev.hearsay.core.time.TemporalRelation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The rules a whole dataset keeps, checked together so that every violation is reported. */
final class DatasetRules {
  private static final DatasetPath ACTORS = DatasetPath.of("actors");
  private static final DatasetPath PLACES = DatasetPath.of("places");
  private static final DatasetPath SOURCES = DatasetPath.of("sources");
  private static final DatasetPath CLAIMS = DatasetPath.of("claims");
  private static final DatasetPath EVENTS = DatasetPath.of("events");
  private static final DatasetPath RELATIONS = DatasetPath.of("relations");

  private final Dataset dataset;
  private final int maxViolations;
  private final Tally violations;
  private final IdTable<ActorId> actors;
  private final IdTable<PlaceId> places;
  private final IdTable<SourceId> sources;
  private final Predicate<ClaimId> claimExists;

  /** Where the value being checked is: one, reused, so that a valid value costs no path. */
  private final At at = new At();

  /** Ids used more than once; values with these ids are named by index in paths. */
  private final Set<Object> duplicated = new HashSet<>();

  private final Steps steps = new Steps();

  DatasetRules(Dataset dataset) {
    this(dataset, Dataset.DEFAULT_MAX_VIOLATIONS);
  }

  /** Rules that keep at most {@code maxViolations} violations, and count them all. */
  DatasetRules(Dataset dataset, int maxViolations) {
    this.dataset = dataset;
    this.maxViolations = maxViolations;
    this.violations = new Tally(maxViolations);
    this.actors = ids("actors", dataset.actors(), Actor::id);
    this.places = ids("places", dataset.places(), Place::id);
    this.sources = ids("sources", dataset.sources(), Source::id);
    this.claimExists = ids("claims", dataset.claims(), Claim::id)::contains;
    ids("events", dataset.events(), Event::id);
  }

  /** Rules for one value at a time, with the id sets of {@code header}; claims known elsewhere. */
  private DatasetRules(DatasetRules header, Predicate<ClaimId> claimExists) {
    this.dataset = header.dataset;
    this.maxViolations = header.maxViolations;
    this.violations = new Tally(header.maxViolations);
    this.actors = header.actors;
    this.places = header.places;
    this.sources = header.sources;
    this.claimExists = claimExists;
  }

  /** The violations of one claim checked against the header that {@code header} was made for. */
  static Violations ofClaim(DatasetRules header, Claim claim) {
    DatasetRules rules = new DatasetRules(header, header.claimExists);
    rules.checkClaim(rules.at.fixed(CLAIMS.id(claim.id().value())), claim);
    return rules.violations.result();
  }

  /** The violations of one event, with {@code claimExists} telling which claims exist. */
  static Violations ofEvent(DatasetRules header, Event event, Predicate<ClaimId> claimExists) {
    DatasetRules rules = new DatasetRules(header, claimExists);
    rules.checkEvent(rules.at.fixed(EVENTS.id(event.id().value())), event);
    return rules.violations.result();
  }

  /** The violations of relations, with {@code known} telling which claims exist. */
  static Violations ofRelations(
      DatasetRules header, List<Relation> relations, Predicate<ClaimId> known) {
    Tally found = new Tally(header.maxViolations);
    relationViolations(header.dataset.schemaVersion(), relations, known, found, new Steps());
    return found.result();
  }

  /** The steps the checks have taken so far. */
  long steps() {
    return steps.taken();
  }

  Violations violations() {
    Optional<SourceId> encodes = dataset.metadata().encodes();
    if (encodes.isPresent() && !sources.contains(encodes.get())) {
      unresolved(DatasetPath.of("metadata").field("encodes"), "source", encodes.get().value());
    }
    List<Actor> actorList = dataset.actors();
    for (int i = 0; i < actorList.size(); i++) {
      checkActor(at.of(ACTORS, i, actorList.get(i).id()), actorList.get(i));
    }
    List<Place> placeList = dataset.places();
    for (int i = 0; i < placeList.size(); i++) {
      identifiersInVersion(at.of(PLACES, i, placeList.get(i).id()), placeList.get(i).identifiers());
    }
    List<Source> sourceList = dataset.sources();
    for (int i = 0; i < sourceList.size(); i++) {
      checkSource(at.of(SOURCES, i, sourceList.get(i).id()), sourceList.get(i));
    }
    List<Claim> claimList = dataset.claims();
    for (int i = 0; i < claimList.size(); i++) {
      checkClaim(at.of(CLAIMS, i, claimList.get(i).id()), claimList.get(i));
    }
    List<Event> eventList = dataset.events();
    for (int i = 0; i < eventList.size(); i++) {
      checkEvent(at.of(EVENTS, i, eventList.get(i).id()), eventList.get(i));
    }
    relationViolations(
        dataset.schemaVersion(), dataset.relations(), claimExists, violations, steps);
    assessmentViolations(
        dataset.schemaVersion(),
        dataset.assessments(),
        actors::contains,
        sources::contains,
        claimExists,
        violations,
        steps);
    return violations.result();
  }

  /** The violations of assessments, with {@code known} telling which claims exist. */
  static Violations ofAssessments(
      DatasetRules header, List<Assessment> assessments, Predicate<ClaimId> known) {
    Tally found = new Tally(header.maxViolations);
    assessmentViolations(
        header.dataset.schemaVersion(),
        assessments,
        header.actors::contains,
        header.sources::contains,
        known,
        found,
        new Steps());
    return found.result();
  }

  /**
   * Adds to {@code found} the violations of the rules for assessments in a dataset of schema
   * version {@code version}: references, duplicates, rating values off their scale, and the
   * version.
   */
  private static void assessmentViolations(
      String version,
      List<Assessment> assessments,
      Predicate<ActorId> actorKnown,
      Predicate<SourceId> sourceKnown,
      Predicate<ClaimId> known,
      Tally found,
      Steps steps) {
    Map<List<Object>, Integer> first = new HashMap<>();
    for (int i = 0; i < assessments.size(); i++) {
      steps.take();
      Assessment assessment = assessments.get(i);
      DatasetPath path = DatasetPath.of("assessments").index(i);
      if (version.equals("1.0")) {
        found.add(
            new Violation(
                path,
                ViolationCode.NOT_IN_VERSION,
                "assessments are new in schema version 1.1, and the dataset declares 1.0; declare"
                    + " 1.1"));
      }
      if (!known.test(assessment.claim())) {
        found.add(unknown(path.field("claim"), "claim", assessment.claim().value()));
      }
      if (!actorKnown.test(assessment.assessor())) {
        found.add(unknown(path.field("assessor"), "actor", assessment.assessor().value()));
      }
      if (!sourceKnown.test(assessment.source())) {
        found.add(unknown(path.field("source"), "source", assessment.source().value()));
      }
      if (!assessment.onScale()) {
        found.add(
            new Violation(
                path.field("ratingValue"),
                ViolationCode.RATING_OUT_OF_SCALE,
                ""
                    + assessment.ratingValue().get().toPlainString()
                    + " lies outside the scale from "
                    + assessment.worstRating().get().toPlainString()
                    + " (worst) to "
                    + assessment.bestRating().get().toPlainString()
                    + " (best); check the three"
                    + " numbers"));
      }
      Integer earlier =
          first.putIfAbsent(
              List.of(assessment.claim(), assessment.assessor(), assessment.source()), i);
      if (earlier != null) {
        found.add(
            new Violation(
                path,
                ViolationCode.DUPLICATE_ASSESSMENT,
                "'"
                    + assessment.assessor()
                    + "' assesses the claim '"
                    + assessment.claim()
                    + "' in the source '"
                    + assessment.source()
                    + "' already in assessments["
                    + earlier
                    + "]; keep one"));
      }
    }
  }

  private <T, K> IdTable<K> ids(String collection, List<T> values, Function<T, K> id) {
    return IdTable.of(
        values,
        id,
        (i, earlier) -> {
          K key = id.apply(values.get(i));
          duplicated.add(key);
          add(
              DatasetPath.of(collection).index(i).field("id"),
              ViolationCode.DUPLICATE_ID,
              "the id '"
                  + key
                  + "' is already used by "
                  + collection
                  + "["
                  + earlier
                  + "]; give each a distinct id");
        });
  }

  /**
   * Where a value is in its collection, its path made when a violation names it: by id, such as
   * {@code claims[c-trucks]}, or by index, such as {@code claims[3]}, when its id is used twice.
   * Ids start with a letter, so the two forms cannot be confused.
   */
  private final class At {
    private DatasetPath list;
    private int index;
    private Object id;
    private DatasetPath path;

    At of(DatasetPath list, int index, Object id) {
      this.list = list;
      this.index = index;
      this.id = id;
      this.path = null;
      return this;
    }

    At fixed(DatasetPath path) {
      this.path = path;
      return this;
    }

    DatasetPath path() {
      if (path == null) {
        path = duplicated.contains(id) ? list.index(index) : list.id(id.toString());
      }
      return path;
    }
  }

  private void checkActor(At at, Actor actor) {
    identifiersInVersion(at, actor.identifiers());
    List<Affiliation> affiliations = actor.affiliations();
    for (int i = 0; i < affiliations.size(); i++) {
      ActorId organization = affiliations.get(i).organization();
      if (organization.equals(actor.id())) {
        add(
            at.path().field("affiliations").index(i).field("organization"),
            ViolationCode.SELF_AFFILIATION,
            "an actor cannot be affiliated with itself");
      } else if (!actors.contains(organization)) {
        unresolved(
            at.path().field("affiliations").index(i).field("organization"),
            "actor",
            organization.value());
      }
    }
  }

  private void checkSource(At at, Source source) {
    identifiersInVersion(at, source.identifiers());
    if (!source.notes().isEmpty() && dataset.schemaVersion().equals("1.0")) {
      add(
          at.path().field("notes"),
          ViolationCode.NOT_IN_VERSION,
          "a source's 'notes' are new in schema version 1.1, and the dataset declares 1.0;"
              + " declare 1.1");
    }
    Optional<ActorId> publisher = source.publisher();
    if (publisher.isPresent() && !actors.contains(publisher.get())) {
      unresolved(at.path().field("publisher"), "actor", publisher.get().value());
    }
    each(at, "authors", source.authors(), actors, "actor");
    List<SourceId> cites = source.cites();
    for (int i = 0; i < cites.size(); i++) {
      SourceId cited = cites.get(i);
      if (cited.equals(source.id())) {
        add(
            at.path().field("cites").index(i),
            ViolationCode.SELF_CITATION,
            "a source cannot cite itself");
      } else if (!sources.contains(cited)) {
        unresolved(at.path().field("cites").index(i), "source", cited.value());
      }
    }
  }

  /** Identifiers are new in schema version 1.1. */
  private void identifiersInVersion(At at, List<Identifier> identifiers) {
    if (!identifiers.isEmpty() && dataset.schemaVersion().equals("1.0")) {
      add(
          at.path().field("identifiers"),
          ViolationCode.NOT_IN_VERSION,
          "'identifiers' are new in schema version 1.1, and the dataset declares 1.0; declare"
              + " 1.1");
    }
  }

  private void checkClaim(At at, Claim claim) {
    Optional<Quote> quote = claim.quote();
    if (quote.isPresent() && !sources.contains(quote.get().source())) {
      unresolved(at.path().field("quote").field("source"), "source", quote.get().source().value());
    }
    each(at, "actors", claim.actors(), actors, "actor");
    each(at, "places", claim.places(), places, "place");
    List<Chain> attribution = claim.attribution();
    for (int c = 0; c < attribution.size(); c++) {
      List<Hop> hops = attribution.get(c).hops();
      // The time of the nearest hop outside the current one that has a time, carried inwards.
      TimeMention outerTime = null;
      for (int h = 0; h < hops.size(); h++) {
        Hop hop = hops.get(h);
        Optional<TimeMention> time = hop.time();
        checkHop(at, c, h, hop, h == 0 ? null : hops.get(h - 1), time, outerTime);
        if (time.isPresent()) {
          outerTime = time.get();
        }
      }
    }
  }

  /**
   * Checks the hop {@code h} of the chain {@code c}, which {@code relay} relays (null for the
   * reporter); {@code relayed} is the time of the nearest hop outside it that has one (null for
   * none): who relayed it, and when.
   */
  private void checkHop(
      At at, int c, int h, Hop hop, Hop relay, Optional<TimeMention> time, TimeMention relayed) {
    steps.take();
    if (!actors.contains(hop.actor())) {
      unresolved(hopPath(at, c, h).field("actor"), "actor", hop.actor().value());
    }
    Optional<SourceId> source = hop.source();
    int s = -1;
    if (source.isPresent()) {
      s = sources.indexOf(source.get());
      if (s < 0) {
        unresolved(hopPath(at, c, h).field("source"), "source", source.get().value());
      }
    }
    if (relay != null) {
      if (relay.actor().equals(hop.actor())) {
        add(
            hopPath(at, c, h).field("actor"),
            ViolationCode.SELF_REPORTING,
            "the actor '" + hop.actor() + "' relays itself; merge the two hops into one");
      }
      if (time.isPresent() && relayed != null) {
        ImpreciseTime said = time.get().value();
        if (after(said, relayed.value())) {
          add(
              hopPath(at, c, h).field("time"),
              ViolationCode.TIME_ORDER,
              "said at "
                  + said
                  + ", after the hop that relays it at "
                  + relayed.value()
                  + "; check both times or the order of the hops");
        }
      }
    }
    if (time.isPresent() && s >= 0) {
      checkPublication(at, c, h, time.get(), dataset.sources().get(s));
    }
  }

  private static DatasetPath hopPath(At at, int c, int h) {
    return at.path().field("attribution").index(c).index(h);
  }

  private void checkPublication(At at, int c, int h, TimeMention time, Source source) {
    Optional<TimeMention> published = source.published();
    if (published.isEmpty()) {
      return;
    }
    ImpreciseTime said = time.value();
    if (after(said, published.get().value())) {
      add(
          hopPath(at, c, h).field("time"),
          ViolationCode.TIME_ORDER,
          "said at "
              + said
              + ", after its source '"
              + source.id()
              + "' was published at "
              + published.get().value()
              + "; check both times");
    }
  }

  /** Whether {@code a} definitely comes after {@code b}, as {@link ImpreciseTime} decides it. */
  private static boolean after(ImpreciseTime a, ImpreciseTime b) {
    return a.relationTo(b) == TemporalRelation.AFTER;
  }

  private void checkEvent(At at, Event event) {
    each(at, "places", event.places(), places, "place");
    each(at, "participants", event.participants(), actors, "actor");
    List<ClaimId> claims = event.claims();
    for (int i = 0; i < claims.size(); i++) {
      if (!claimExists.test(claims.get(i))) {
        unresolved(at.path().field("claims").index(i), "claim", claims.get(i).value());
      }
    }
  }

  /**
   * Adds to {@code found} the violations of the rules for relations in a dataset of schema version
   * {@code version}, with {@code known} telling which claims exist.
   */
  private static void relationViolations(
      String version,
      List<Relation> relations,
      Predicate<ClaimId> known,
      Tally found,
      Steps steps) {
    for (int i = 0; i < relations.size(); i++) {
      steps.take();
      Relation relation = relations.get(i);
      DatasetPath path = RELATIONS.index(i);
      if (relation.kind() == RelationKind.UNDERMINES && version.equals("1.0")) {
        found.add(
            new Violation(
                path.field("kind"),
                ViolationCode.NOT_IN_VERSION,
                "'undermines' is new in schema version 1.1, and the dataset declares 1.0; declare"
                    + " 1.1"));
      }
      if (!known.test(relation.from())) {
        found.add(unknown(path.field("from"), "claim", relation.from().value()));
      }
      if (!known.test(relation.to())) {
        found.add(unknown(path.field("to"), "claim", relation.to().value()));
      }
      if (relation.from().equals(relation.to())) {
        found.add(
            new Violation(
                path,
                ViolationCode.SELF_RELATION,
                "a '"
                    + verb(relation.kind())
                    + "' relation cannot link the claim '"
                    + relation.from()
                    + "' to itself"));
      }
    }
    for (RelationKind kind : List.of(RelationKind.DERIVED_FROM, RelationKind.UPDATES)) {
      for (List<Integer> cycle : RelationCycles.find(relations, kind, steps)) {
        if (!found.keepsMore()) {
          found.count();
          continue;
        }
        String route =
            cycle.stream()
                .map(i -> relations.get(i).from().value())
                .collect(Collectors.joining(" -> "));
        found.add(
            new Violation(
                RELATIONS.index(cycle.get(0)),
                ViolationCode.RELATION_CYCLE,
                "'"
                    + verb(kind)
                    + "' relations form a cycle: "
                    + route
                    + " -> "
                    + relations.get(cycle.get(0)).from()
                    + "; remove one of them"));
      }
    }
  }

  private static String verb(RelationKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private <K> void each(At at, String field, List<K> ids, IdTable<K> known, String kind) {
    for (int i = 0; i < ids.size(); i++) {
      K id = ids.get(i);
      if (!known.contains(id)) {
        unresolved(at.path().field(field).index(i), kind, id.toString());
      }
    }
  }

  private void unresolved(DatasetPath path, String kind, String id) {
    resolve(path, false, kind, id);
  }

  private void resolve(DatasetPath path, boolean found, String kind, String id) {
    if (!found) {
      if (violations.keepsMore()) {
        violations.add(unknown(path, kind, id));
      } else {
        violations.count();
      }
    }
  }

  private static Violation unknown(DatasetPath path, String kind, String id) {
    return new Violation(
        path,
        ViolationCode.UNKNOWN_REFERENCE,
        "no " + kind + " has the id '" + id + "'; add the " + kind + " or correct the id");
  }

  private void add(DatasetPath path, ViolationCode code, String message) {
    if (violations.keepsMore()) {
      violations.add(new Violation(path, code, message));
    } else {
      violations.count();
    }
  }
}
