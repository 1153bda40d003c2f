package dev.hearsay.core.corpus;

import dev.hearsay.core.internal.UnionFind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Which entities of a corpus are one, resolved once when the corpus is built: the actors, sources
 * and places of all its datasets, merged into groups by {@link Identity#SAME} statements and by
 * shared identifiers (same scheme and value, same kind). Names never merge anything, nor do
 * aliases. Within one dataset, different ids are distinct; across datasets, entities with no
 * shared identifier and no statement are distinct too, and the anonymous actors among them are
 * {@linkplain #unresolved() unresolved}: every answer that counts them lists them, so that the
 * assumption is in view. {@link Identity#POSSIBLY_SAME} statements merge nothing here; they widen
 * counts into intervals.
 *
 * <pre>{@code
 * Identities identities = corpus.identities();
 * identities.same(EntityRef.actor("kyiv", "nyt"), EntityRef.actor("ooda", "nyt-1"));   // true
 * identities.unresolved();   // [kursk/actor/american-officials, ...]
 * }</pre>
 *
 * <p><b>Cost.</b> Resolving takes time linear in the number of entities, identifiers and
 * statements. {@link #same} and {@link #representative} answer in about constant time, {@link
 * #group} in the size of the group; the lists are kept.
 */
public final class Identities {
  private final EntityNumbers numbers;

  /** Each entity's group, as the number of its first member. */
  private final int[] group;

  /** The next member of each entity's group in corpus order, or -1 after the last. */
  private final int[] next;

  private final List<IdentityStatement> possiblySame;
  private final List<IdentityStatement> distinct;
  private final List<EntityRef> unresolved;
  private final boolean[] isUnresolved;

  Identities(
      EntityNumbers numbers,
      UnionFind sets,
      List<IdentityStatement> possiblySame,
      List<IdentityStatement> distinct,
      boolean[] unresolved) {
    this.numbers = numbers;
    int size = numbers.size();
    this.group = new int[size];
    this.next = new int[size];
    int[] last = new int[size];
    for (int e = 0; e < size; e++) {
      int root = sets.find(e);
      group[e] = root;
      next[e] = -1;
      if (root != e) {
        next[last[root]] = e;
      }
      last[root] = e;
    }
    this.possiblySame = List.copyOf(possiblySame);
    this.distinct = List.copyOf(distinct);
    this.isUnresolved = unresolved;
    List<EntityRef> list = new ArrayList<>();
    for (int e = 0; e < size; e++) {
      if (unresolved[e]) {
        list.add(numbers.ref(e));
      }
    }
    this.unresolved = Collections.unmodifiableList(list);
  }

  /**
   * Whether the corpus holds the entity.
   *
   * @param entity the entity
   * @return true when its dataset holds a value of its kind and id
   */
  public boolean contains(EntityRef entity) {
    return numbers.number(Objects.requireNonNull(entity, "entity")) >= 0;
  }

  /**
   * Whether two entities are one: merged by {@code SAME} statements and shared identifiers.
   *
   * @param a one entity
   * @param b the other
   * @return true when they are in one group
   * @throws IllegalArgumentException when the corpus does not hold one of them
   */
  public boolean same(EntityRef a, EntityRef b) {
    return group[number(a)] == group[number(b)];
  }

  /**
   * The entities that are one with the given one, it included.
   *
   * @param entity the entity
   * @return the group's members, in the corpus's order (datasets in their order; in each, actors,
   *     sources, places, each in the dataset's order)
   * @throws IllegalArgumentException when the corpus does not hold the entity
   */
  public List<EntityRef> group(EntityRef entity) {
    List<EntityRef> members = new ArrayList<>(2);
    for (int e = group[number(entity)]; e >= 0; e = next[e]) {
      members.add(numbers.ref(e));
    }
    return List.copyOf(members);
  }

  /**
   * The first member of the entity's group, which stands for the group in answers.
   *
   * @param entity the entity
   * @return the first member, in the corpus's order
   * @throws IllegalArgumentException when the corpus does not hold the entity
   */
  public EntityRef representative(EntityRef entity) {
    return numbers.ref(group[number(entity)]);
  }

  /**
   * The groups of two or more entities.
   *
   * @return the groups, each in the corpus's order, in the order of their first members
   */
  public List<List<EntityRef>> merged() {
    List<List<EntityRef>> groups = new ArrayList<>();
    for (int e = 0; e < group.length; e++) {
      if (group[e] == e && next[e] >= 0) {
        groups.add(group(numbers.ref(e)));
      }
    }
    return List.copyOf(groups);
  }

  /**
   * The {@code POSSIBLY_SAME} statements of the links, which widen counts into intervals.
   *
   * @return the statements, in the links' order
   */
  public List<IdentityStatement> possiblySame() {
    return possiblySame;
  }

  /**
   * The {@code DISTINCT} statements of the links, which bound how far possibly-same entities can
   * be merged.
   *
   * @return the statements, in the links' order
   */
  public List<IdentityStatement> distinct() {
    return distinct;
  }

  /**
   * The anonymous actors that are assumed distinct from every entity of the other datasets
   * without anything said about them: in a corpus of two or more datasets, an actor marked
   * anonymous that shares no identifier with another and is named by no identity statement.
   *
   * @return the actors, in the corpus's order
   */
  public List<EntityRef> unresolved() {
    return unresolved;
  }

  /**
   * Whether an entity is {@linkplain #unresolved() unresolved}.
   *
   * @param entity the entity
   * @return true when it is an unresolved anonymous actor
   * @throws IllegalArgumentException when the corpus does not hold the entity
   */
  public boolean isUnresolved(EntityRef entity) {
    return isUnresolved[number(entity)];
  }

  /** How many entities the corpus holds. */
  int size() {
    return numbers.size();
  }

  /** The entity's number, in the corpus's order. */
  int number(EntityRef entity) {
    int n = numbers.number(Objects.requireNonNull(entity, "entity"));
    if (n < 0) {
      throw new IllegalArgumentException(
          "the corpus has no "
              + entity.kind().word()
              + " '"
              + entity.id()
              + "' in a dataset '"
              + entity.dataset()
              + "'");
    }
    return n;
  }

  /**
   * The group of an entity given by its parts, found without making a ref.
   *
   * @throws IllegalArgumentException when the corpus does not hold the entity
   */
  int groupOf(DatasetId dataset, EntityKind kind, String id) {
    return group[number(dataset, kind, id)];
  }

  /**
   * The number of an entity given by its parts, found without making a ref.
   *
   * @throws IllegalArgumentException when the corpus does not hold the entity
   */
  int number(DatasetId dataset, EntityKind kind, String id) {
    return number(ordinal(dataset), dataset, kind, id);
  }

  /**
   * The number of an entity given by its parts and its dataset's {@linkplain #ordinal ordinal},
   * for callers that look up many entities of one dataset.
   *
   * @throws IllegalArgumentException when the corpus does not hold the entity
   */
  int number(int datasetOrdinal, DatasetId dataset, EntityKind kind, String id) {
    int n = numbers.number(datasetOrdinal, kind, id);
    return n < 0 ? number(new EntityRef(dataset, kind, id)) : n;
  }

  /**
   * The number of an entity given also by its position among its dataset's entities of its kind,
   * which finds it near the dataset's other entities.
   *
   * @throws IllegalArgumentException when the corpus does not hold the entity
   */
  int number(int datasetOrdinal, DatasetId dataset, EntityKind kind, String id, int position) {
    int n = numbers.number(datasetOrdinal, kind, id, position);
    return n < 0 ? number(new EntityRef(dataset, kind, id)) : n;
  }

  /** The position of a dataset in the corpus, or -1 when the corpus does not hold it. */
  int ordinal(DatasetId dataset) {
    return numbers.ordinal(dataset);
  }

  /** Whether the numbered entity is {@linkplain #unresolved() unresolved}. */
  boolean isUnresolved(int entity) {
    return isUnresolved[entity];
  }

  /** The number of the first member of an entity's group. */
  int groupOf(int entity) {
    return group[entity];
  }

  EntityRef ref(int entity) {
    return numbers.ref(entity);
  }
}
