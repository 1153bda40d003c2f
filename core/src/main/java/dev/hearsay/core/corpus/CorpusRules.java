package dev.hearsay.core.corpus;

import static dev.hearsay.core.corpus.CorpusViolations.inCorpus;
import static dev.hearsay.core.corpus.CorpusViolations.inDataset;
import static dev.hearsay.core.corpus.CorpusViolations.inLinks;
import static dev.hearsay.core.corpus.CorpusViolations.key;

import dev.hearsay.core.internal.Digraph;
import dev.hearsay.core.internal.UnionFind;
import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Identifier;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.ViolationCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a corpus, checked together so that every violation is reported, and the
 * resolution of identity that they need: entities numbered in the corpus's order, merged by
 * shared identifiers and {@code SAME} statements.
 */
final class CorpusRules {
  /** How many violations of merged entities name the route that merges them. */
  private static final int ROUTES_SHOWN = 20;

  private final List<DatasetId> ids;
  private final List<Dataset> datasets;
  private final Links links;
  private final Tally tally;
  private final Map<DatasetId, Dataset> byId = new HashMap<>();
  private final List<Map.Entry<DatasetId, Dataset>> ordered = new ArrayList<>();
  private EntityNumbers numbers;
  private final BitSet anonymous = new BitSet();
  private UnionFind sets;

  /**
   * The merges made, as edges between entities, each with what made it, for the routes: {@code
   * {a, b, by}}, where {@code by} is the index of a statement, or {@code -1 - i} for the {@code
   * i}th of {@link #mergingCauses}; the words are made only for the routes shown.
   */
  private final List<int[]> merges = new ArrayList<>();

  /**
   * What made the merges that are not statements: an {@link Identifier} two entities share, or
   * the group key of identity resolved over a larger corpus.
   */
  private final List<Object> mergingCauses = new ArrayList<>();

  /** The group keys of identity resolved over a larger corpus, or null. */
  private Map<EntityRef, String> resolvedGroups;

  /** The unresolved actors of that larger corpus, or null. */
  private Set<EntityRef> resolvedUnresolved;

  private int routesShown;

  /** The steps taken, counted so that tests can tell how the work grows, without timing it. */
  private long steps;

  private long pairProbes;

  /** The first {@code same} statement that merged into each group, made when first needed. */
  private Map<Integer, Integer> firstStatement;

  /** A statement whose entities both exist, with their numbers. */
  private record Resolved(int index, IdentityStatement statement, int first, int second) {}

  CorpusRules(List<DatasetId> ids, List<Dataset> datasets, Links links, int maxViolations) {
    this.ids = ids;
    this.datasets = datasets;
    this.links = links;
    this.tally = new Tally(maxViolations);
  }

  /** Takes identity as a larger corpus resolved it, of which this one is a part. */
  CorpusRules resolvedOver(Map<EntityRef, String> groups, Set<EntityRef> unresolved) {
    this.resolvedGroups = groups;
    this.resolvedUnresolved = unresolved;
    return this;
  }

  /** Checks every rule; returns the identities, or throws with every violation. */
  Identities check() {
    datasetIds();
    version();
    number();
    resolvedGroups();
    List<Resolved> statements = statements();
    merged(statements);
    claimLinks();
    eventLinks();
    cycles(RelationKind.DERIVED_FROM);
    cycles(RelationKind.UPDATES);
    if (!tally.isEmpty()) {
      throw tally.exception();
    }
    return identities(statements);
  }

  /**
   * The steps that {@link #check()} took: one per dataset, entity, identifier, statement and
   * link it went through, and one per slot of its tables that it looked at past the first.
   */
  long steps() {
    return steps + (numbers == null ? 0 : numbers.probes()) + pairProbes;
  }

  private void datasetIds() {
    Map<DatasetId, Integer> first = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      steps++;
      DatasetId id = ids.get(i);
      Integer earlier = first.putIfAbsent(id, i);
      if (earlier == null) {
        byId.put(id, datasets.get(i));
        ordered.add(Map.entry(id, datasets.get(i)));
      } else {
        int at = i;
        tally.add(
            () ->
                inCorpus(
                    ViolationCode.DUPLICATE_ID,
                    "the dataset id '"
                        + id
                        + "' is already used by datasets["
                        + earlier
                        + "]; give each dataset its own id",
                    "datasets",
                    at,
                    "id"));
      }
    }
  }

  private void version() {
    if (links.schemaVersion().equals("1.0")) {
      tally.add(
          () ->
              inLinks(
                  ViolationCode.NOT_IN_VERSION,
                  "links are new in schema version"
                      + " 1.1, and the document declares 1.0; declare 1.1",
                  "schemaVersion"));
    }
  }

  /**
   * Numbers every entity (datasets in order, in each its actors, sources, places) and, in the
   * same pass, merges entities of different datasets that carry one identifier; two values of one
   * dataset that do are a violation in that dataset. Entities are numbered dataset by dataset, so
   * the holders of an identifier come in the datasets' order: per identifier of a kind, the first
   * holder in the corpus and the first in the latest dataset that holds it are enough.
   */
  private void number() {
    int expected = 0;
    List<DatasetId> datasetIds = new ArrayList<>(ordered.size());
    for (Map.Entry<DatasetId, Dataset> entry : ordered) {
      Dataset dataset = entry.getValue();
      datasetIds.add(entry.getKey());
      expected += dataset.actors().size() + dataset.sources().size() + dataset.places().size();
    }
    numbers = new EntityNumbers(datasetIds, expected);
    sets = new UnionFind(expected);
    List<Map<Identifier, int[]>> holders = new ArrayList<>(3);
    for (int k = 0; k < EntityKind.values().length; k++) {
      holders.add(new HashMap<>());
    }
    for (int d = 0; d < ordered.size(); d++) {
      Dataset dataset = ordered.get(d).getValue();
      for (Actor actor : dataset.actors()) {
        steps++;
        int n = numbers.add(d, EntityKind.ACTOR, actor.id().value());
        if (actor.anonymous()) {
          anonymous.set(n);
        }
        identified(holders.get(EntityKind.ACTOR.ordinal()), n, actor.identifiers());
      }
      for (Source source : dataset.sources()) {
        steps++;
        int n = numbers.add(d, EntityKind.SOURCE, source.id().value());
        identified(holders.get(EntityKind.SOURCE.ordinal()), n, source.identifiers());
      }
      for (Place place : dataset.places()) {
        steps++;
        int n = numbers.add(d, EntityKind.PLACE, place.id().value());
        identified(holders.get(EntityKind.PLACE.ordinal()), n, place.identifiers());
      }
    }
  }

  /** The datasets under their ids, the first of each id, in the order added. */
  private List<Map.Entry<DatasetId, Dataset>> ordered() {
    return ordered;
  }

  /**
   * Merges the entity with the first of another dataset that carries one of its identifiers, or
   * reports the first of its own dataset that does; {@code holders} keeps, per identifier, the
   * number of its first holder in the corpus and of its first holder in the latest dataset.
   */
  private void identified(
      Map<Identifier, int[]> holders, int entity, List<Identifier> identifiers) {
    for (int k = 0; k < identifiers.size(); k++) {
      steps++;
      Identifier identifier = identifiers.get(k);
      int[] held = holders.get(identifier);
      if (held == null) {
        holders.put(identifier, new int[] {entity, entity});
        continue;
      }
      if (numbers.datasetOf(held[1]) == numbers.datasetOf(entity)) {
        int earlier = held[1];
        int at = k;
        tally.add(() -> sharedIdentifier(earlier, entity, identifier, at));
        continue;
      }
      held[1] = entity;
      if (sets.union(held[0], entity)) {
        mergingCauses.add(identifier);
        merges.add(new int[] {held[0], entity, -mergingCauses.size()});
      }
    }
  }

  private CorpusViolation sharedIdentifier(int earlier, int entity, Identifier identifier, int at) {
    EntityRef ref = numbers.ref(entity);
    String collection = ref.kind().word() + "s";
    return inDataset(
        ref.dataset(),
        ViolationCode.SHARED_IDENTIFIER,
        "the identifier "
            + identifier
            + " is carried by "
            + collection
            + "["
            + numbers.idOf(earlier)
            + "] too; within one"
            + " dataset different ids are different "
            + collection
            + ": merge the two or"
            + " correct the identifier",
        collection,
        key(ref.id()),
        "identifiers",
        at);
  }

  /** Merges the entities that the larger corpus's identity gives one group key. */
  private void resolvedGroups() {
    if (resolvedGroups == null) {
      return;
    }
    Map<String, Integer> first = new HashMap<>();
    for (int e = 0; e < numbers.size(); e++) {
      steps++;
      String key = resolvedGroups.get(numbers.ref(e));
      if (key == null) {
        continue;
      }
      Integer holder = first.putIfAbsent(key, e);
      if (holder != null && sets.union(holder, e)) {
        mergingCauses.add(key);
        merges.add(new int[] {holder, e, -mergingCauses.size()});
      }
    }
  }

  /** What made a merge, in words. */
  private String mergedBy(int m) {
    int by = merges.get(m)[2];
    if (by >= 0) {
      return "identities[" + by + "]";
    }
    Object cause = mergingCauses.get(-1 - by);
    return cause instanceof Identifier identifier
        ? "the identifier " + identifier
        : "the identity resolved over the larger corpus (group '" + cause + "')";
  }

  /**
   * Checks each statement on its own and against the earlier ones on the same pair; merges by
   * the valid {@code SAME} statements. Returns the statements whose entities exist and that break
   * no rule of their own.
   */
  private List<Resolved> statements() {
    List<IdentityStatement> statements = links.identities();
    PairTable firstOnPair = new PairTable(statements.size());
    List<Resolved> resolved = new ArrayList<>(statements.size());
    for (int i = 0; i < statements.size(); i++) {
      steps++;
      IdentityStatement s = statements.get(i);
      int a = entity(s.first(), "identities", i, "first");
      int b = entity(s.second(), "identities", i, "second");
      if (a < 0 || b < 0) {
        continue;
      }
      int at = i;
      if (s.first().kind() != s.second().kind()) {
        tally.add(
            () ->
                inLinks(
                    ViolationCode.KIND_MISMATCH,
                    "an identity statement relates the "
                        + s.first().kind().word()
                        + " "
                        + s.first()
                        + " to the "
                        + s.second().kind().word()
                        + " "
                        + s.second()
                        + "; relate values of one kind",
                    "identities",
                    at));
        continue;
      }
      if (a == b) {
        tally.add(
            () ->
                inLinks(
                    ViolationCode.SELF_IDENTITY,
                    "the statement relates " + s.first() + " to itself; name two entities",
                    "identities",
                    at));
        continue;
      }
      if (s.identity() != Identity.DISTINCT && s.first().dataset().equals(s.second().dataset())) {
        tally.add(
            () ->
                inLinks(
                    ViolationCode.SAME_WITHIN_DATASET,
                    s.first()
                        + " and "
                        + s.second()
                        + " are two ids of the dataset '"
                        + s.first().dataset()
                        + "', which are"
                        + " different entities; merge them in the dataset instead of saying '"
                        + s.identity().word()
                        + "'",
                    "identities",
                    at));
        continue;
      }
      int earlier = firstOnPair.putIfAbsent(a, b, i);
      if (earlier >= 0) {
        Identity before = statements.get(earlier).identity();
        if (before != s.identity()) {
          tally.add(
              () ->
                  inLinks(
                      ViolationCode.CONFLICTING_STATEMENTS,
                      "identities["
                          + earlier
                          + "] says '"
                          + before.word()
                          + "' of "
                          + s.first()
                          + " and "
                          + s.second()
                          + ", and this says '"
                          + s.identity().word()
                          + "'; keep one of the two",
                      "identities",
                      at));
        }
        continue;
      }
      resolved.add(new Resolved(i, s, a, b));
      if (s.identity() == Identity.SAME && sets.union(a, b)) {
        merges.add(new int[] {a, b, i});
      }
    }
    pairProbes = firstOnPair.probes();
    return resolved;
  }

  /** The entity's number, or -1 after reporting its dataset or itself missing. */
  private int entity(EntityRef ref, Object... path) {
    int d = numbers.ordinal(ref.dataset());
    if (d < 0) {
      tally.add(() -> missingDataset(ref.dataset(), path));
      return -1;
    }
    int n = numbers.number(d, ref.kind(), ref.id());
    if (n < 0) {
      String kind = ref.kind().word();
      tally.add(
          () ->
              inLinks(
                  ViolationCode.UNKNOWN_REFERENCE,
                  "the dataset '"
                      + ref.dataset()
                      + "' has no "
                      + kind
                      + " with the id '"
                      + ref.id()
                      + "'; add the "
                      + kind
                      + " or correct the id",
                  with(path, kind)));
      return -1;
    }
    return n;
  }

  private CorpusViolation missingDataset(DatasetId id, Object... path) {
    return inLinks(
        ViolationCode.UNKNOWN_REFERENCE,
        "no dataset has the id '" + id + "'; add the" + " dataset to the corpus or correct the id",
        with(path, "dataset"));
  }

  private static Object[] with(Object[] path, Object last) {
    Object[] longer = Arrays.copyOf(path, path.length + 1);
    longer[path.length] = last;
    return longer;
  }

  /**
   * Reports the {@code DISTINCT} statements whose entities ended up merged, and the ids of one
   * dataset that did.
   */
  private void merged(List<Resolved> statements) {
    for (Resolved r : statements) {
      steps++;
      if (r.statement().identity() == Identity.POSSIBLY_SAME
          && sets.find(r.first()) == sets.find(r.second())) {
        EntityRef a = r.statement().first();
        EntityRef b = r.statement().second();
        tally.add(
            () ->
                inLinks(
                    ViolationCode.CONFLICTING_STATEMENTS,
                    a
                        + " and "
                        + b
                        + " are said to be possibly the same, but "
                        + route(r.first(), r.second())
                        + "; remove this statement or what merges them",
                    "identities",
                    r.index()));
      }
    }
    for (Resolved r : statements) {
      steps++;
      if (r.statement().identity() == Identity.DISTINCT
          && sets.find(r.first()) == sets.find(r.second())) {
        EntityRef a = r.statement().first();
        EntityRef b = r.statement().second();
        tally.add(
            () ->
                inLinks(
                    ViolationCode.DISTINCT_MERGED,
                    "the "
                        + a.kind().word()
                        + " '"
                        + a.id()
                        + "' of the dataset '"
                        + a.dataset()
                        + "' and the "
                        + b.kind().word()
                        + " '"
                        + b.id()
                        + "' of the dataset '"
                        + b.dataset()
                        + "' are said to be distinct, but "
                        + route(r.first(), r.second())
                        + "; remove this statement or what merges them",
                    "identities",
                    r.index()));
      }
    }
    // Entities are numbered dataset by dataset, so a group's members of one dataset come one
    // after another: per group, the first member of the latest dataset seen is enough.
    int size = numbers.size();
    int[] firstOfDataset = new int[size];
    Arrays.fill(firstOfDataset, -1);
    for (int e = 0; e < size; e++) {
      steps++;
      int root = sets.find(e);
      int other = firstOfDataset[root];
      if (other >= 0 && numbers.datasetOf(other) == numbers.datasetOf(e)) {
        int second = e;
        tally.add(() -> withinDataset(other, second));
      } else {
        firstOfDataset[root] = e;
      }
    }
  }

  private int[] groupSizes() {
    int[] groupSize = new int[numbers.size()];
    for (int e = 0; e < numbers.size(); e++) {
      steps++;
      groupSize[sets.find(e)]++;
    }
    return groupSize;
  }

  private CorpusViolation withinDataset(int first, int second) {
    EntityRef a = numbers.ref(first);
    EntityRef b = numbers.ref(second);
    String route = route(first, second);
    String message =
        "the "
            + a.kind().word()
            + "s '"
            + a.id()
            + "' and '"
            + b.id()
            + "' of the"
            + " dataset '"
            + a.dataset()
            + "' are different entities, but "
            + route
            + "; remove what merges them";
    int statement = firstStatementOf(sets.find(first));
    if (statement >= 0) {
      return inLinks(ViolationCode.SAME_WITHIN_DATASET, message, "identities", statement);
    }
    String collection = b.kind().word() + "s";
    return inDataset(
        b.dataset(),
        ViolationCode.SAME_WITHIN_DATASET,
        message,
        collection,
        key(b.id()),
        "identifiers");
  }

  /** The route by which two merged entities became one, as words. */
  private String route(int from, int to) {
    if (routesShown >= ROUTES_SHOWN) {
      return "'same' statements and shared identifiers make them one";
    }
    routesShown++;
    List<Integer> steps = routeOf(from, to);
    List<String> by = new ArrayList<>();
    for (int m : steps) {
      String label = mergedBy(m);
      if (!by.contains(label)) {
        by.add(label);
      }
    }
    return "they are made one by " + String.join(", ", by);
  }

  /** The first {@code same} statement that merged into the group, or -1 when none did. */
  private int firstStatementOf(int root) {
    if (firstStatement == null) {
      firstStatement = new HashMap<>();
      for (int m = 0; m < merges.size(); m++) {
        int by = merges.get(m)[2];
        if (by >= 0) {
          firstStatement.putIfAbsent(sets.find(merges.get(m)[0]), by);
        }
      }
    }
    return firstStatement.getOrDefault(root, -1);
  }

  /** The merges on a shortest route between two merged entities, found breadth first. */
  private List<Integer> routeOf(int from, int to) {
    Map<Integer, List<Integer>> around = new HashMap<>();
    for (int m = 0; m < merges.size(); m++) {
      int[] edge = merges.get(m);
      if (sets.find(edge[0]) == sets.find(from)) {
        around.computeIfAbsent(edge[0], k -> new ArrayList<>(2)).add(m);
        around.computeIfAbsent(edge[1], k -> new ArrayList<>(2)).add(m);
      }
    }
    Map<Integer, Integer> reachedBy = new HashMap<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(from);
    reachedBy.put(from, -1);
    while (!queue.isEmpty() && !reachedBy.containsKey(to)) {
      int at = queue.poll();
      for (int m : around.getOrDefault(at, List.of())) {
        int[] edge = merges.get(m);
        int next = edge[0] == at ? edge[1] : edge[0];
        if (reachedBy.putIfAbsent(next, m) == null) {
          queue.add(next);
        }
      }
    }
    List<Integer> steps = new ArrayList<>();
    for (int at = to; reachedBy.getOrDefault(at, -1) >= 0; ) {
      int m = reachedBy.get(at);
      steps.add(0, m);
      int[] edge = merges.get(m);
      at = edge[0] == at ? edge[1] : edge[0];
    }
    return steps;
  }

  private void claimLinks() {
    List<ClaimLink> claimLinks = links.claims();
    for (int i = 0; i < claimLinks.size(); i++) {
      steps++;
      ClaimLink link = claimLinks.get(i);
      boolean from = claim(link.from(), "claims", i, "from");
      boolean to = claim(link.to(), "claims", i, "to");
      if (from && to && link.from().equals(link.to())) {
        int at = i;
        tally.add(
            () ->
                inLinks(
                    ViolationCode.SELF_RELATION,
                    "a '"
                        + verb(link.kind())
                        + "' link cannot link the claim "
                        + link.from()
                        + " to itself",
                    "claims",
                    at));
      }
    }
  }

  private boolean claim(ClaimRef ref, Object... path) {
    Dataset dataset = byId.get(ref.dataset());
    if (dataset == null) {
      tally.add(() -> missingDataset(ref.dataset(), path));
      return false;
    }
    if (dataset.claim(ref.claim()).isEmpty()) {
      tally.add(
          () ->
              inLinks(
                  ViolationCode.UNKNOWN_REFERENCE,
                  "the dataset '"
                      + ref.dataset()
                      + "' has no claim with the id '"
                      + ref.claim()
                      + "'; add the claim or correct the id",
                  with(path, "claim")));
      return false;
    }
    return true;
  }

  private void eventLinks() {
    List<EventLink> eventLinks = links.events();
    for (int i = 0; i < eventLinks.size(); i++) {
      steps++;
      EventLink link = eventLinks.get(i);
      boolean first = event(link.first(), "events", i, "first");
      boolean second = event(link.second(), "events", i, "second");
      if (first && second && link.first().equals(link.second())) {
        int at = i;
        tally.add(
            () ->
                inLinks(
                    ViolationCode.SELF_IDENTITY,
                    "the link relates the event " + link.first() + " to itself; name two events",
                    "events",
                    at));
      }
    }
  }

  private boolean event(EventRef ref, Object... path) {
    Dataset dataset = byId.get(ref.dataset());
    if (dataset == null) {
      tally.add(() -> missingDataset(ref.dataset(), path));
      return false;
    }
    if (dataset.event(ref.event()).isEmpty()) {
      tally.add(
          () ->
              inLinks(
                  ViolationCode.UNKNOWN_REFERENCE,
                  "the dataset '"
                      + ref.dataset()
                      + "' has no event with the id '"
                      + ref.event()
                      + "'; add the event or correct the id",
                  with(path, "event")));
      return false;
    }
    return true;
  }

  /**
   * Reports cycles of relations of one kind that pass through links: one per strongly connected
   * set of claims, at the first link on it. Cycles within one dataset cannot be, since its own
   * rules refuse them.
   */
  private void cycles(RelationKind kind) {
    List<ClaimLink> claimLinks = links.claims();
    boolean any = false;
    for (ClaimLink link : claimLinks) {
      steps++;
      any |= link.kind() == kind && linked(link);
    }
    if (!any) {
      return;
    }
    Digraph<ClaimRef> graph = new Digraph<>();
    for (Map.Entry<DatasetId, Dataset> entry : ordered()) {
      steps += entry.getValue().relations().size();
      entry.getValue().relations().stream()
          .filter(r -> r.kind() == kind)
          .forEach(
              r ->
                  graph.edge(
                      new ClaimRef(entry.getKey(), r.from()),
                      new ClaimRef(entry.getKey(), r.to()),
                      -1));
    }
    for (int i = 0; i < claimLinks.size(); i++) {
      steps++;
      ClaimLink link = claimLinks.get(i);
      if (link.kind() == kind && linked(link) && !link.from().equals(link.to())) {
        graph.edge(link.from(), link.to(), i);
      }
    }
    for (Digraph.Cycle<ClaimRef> cycle : graph.cyclePerComponent()) {
      int at = cycle.through();
      List<ClaimRef> claims = cycle.nodes();
      String route = String.join(" -> ", claims.stream().map(ClaimRef::toString).toList());
      tally.add(
          () ->
              inLinks(
                  ViolationCode.RELATION_CYCLE,
                  "'"
                      + verb(kind)
                      + "' relations"
                      + " and links form a cycle: "
                      + route
                      + " -> "
                      + claims.get(0)
                      + "; remove one of them",
                  "claims",
                  at));
    }
  }

  private boolean linked(ClaimLink link) {
    return exists(link.from()) && exists(link.to());
  }

  private boolean exists(ClaimRef ref) {
    Dataset dataset = byId.get(ref.dataset());
    return dataset != null && dataset.claim(ref.claim()).isPresent();
  }

  private static String verb(RelationKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private Identities identities(List<Resolved> statements) {
    List<IdentityStatement> possiblySame = new ArrayList<>();
    List<IdentityStatement> distinct = new ArrayList<>();
    BitSet named = new BitSet(numbers.size());
    for (Resolved r : statements) {
      steps++;
      named.set(r.first());
      named.set(r.second());
      if (r.statement().identity() == Identity.POSSIBLY_SAME) {
        possiblySame.add(r.statement());
      } else if (r.statement().identity() == Identity.DISTINCT) {
        distinct.add(r.statement());
      }
    }
    int[] groupSize = groupSizes();
    boolean[] unresolved = new boolean[numbers.size()];
    if (resolvedUnresolved != null) {
      for (int e = 0; e < numbers.size(); e++) {
        steps++;
        unresolved[e] = resolvedUnresolved.contains(numbers.ref(e));
      }
    } else if (byId.size() > 1) {
      for (int e = anonymous.nextSetBit(0); e >= 0; e = anonymous.nextSetBit(e + 1)) {
        steps++;
        unresolved[e] = !named.get(e) && groupSize[sets.find(e)] == 1;
      }
    }
    return new Identities(numbers, sets, possiblySame, distinct, unresolved);
  }
}
