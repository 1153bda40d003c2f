package dev.hearsay.core.corpus;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities of a corpus numbered densely in the corpus's order, and the way back from an
 * entity to its number: the datasets by ordinal, and for each entity its dataset's ordinal, its
 * kind and its id text, in arrays, found again through one open-addressing table of ints. Nothing
 * is boxed and no key object is made per entity; an {@link EntityRef} is made only when asked for.
 */
final class EntityNumbers {
  private static final EntityKind[] KINDS = EntityKind.values();

  private final List<DatasetId> datasets;
  private final Map<DatasetId, Integer> ordinals;
  private int size;
  private int[] dataset;
  private byte[] kind;
  private String[] id;

  /**
   * By dataset ordinal and kind ({@code ordinal * kinds + kind}), the number of the dataset's first
   * entity of that kind, or -1: a dataset's entities of a kind are numbered one after the other.
   */
  private final int[] firstOf;

  /** Entity number plus one in each slot; 0 for an empty slot. Its length is a power of two. */
  private int[] slots;

  /** The slots looked at, counted so that tests can tell how the work grows. */
  private long probes;

  /** The refs made so far, by number; filled when asked for. */
  private volatile EntityRef[] refs;

  /**
   * Starts with no entity.
   *
   * @param datasets the corpus's datasets, each id once, in order
   * @param expected how many entities are expected, to size the arrays once
   */
  EntityNumbers(List<DatasetId> datasets, int expected) {
    this.datasets = List.copyOf(datasets);
    this.ordinals = new HashMap<>(datasets.size() * 4 / 3 + 1);
    for (int d = 0; d < datasets.size(); d++) {
      ordinals.put(datasets.get(d), d);
    }
    int capacity = Math.max(expected, 16);
    dataset = new int[capacity];
    kind = new byte[capacity];
    id = new String[capacity];
    slots = new int[tableSize(capacity)];
    firstOf = new int[datasets.size() * KINDS.length];
    Arrays.fill(firstOf, -1);
  }

  private static int tableSize(int entities) {
    return Integer.highestOneBit(Math.max(entities, 8) * 2 - 1) << 1;
  }

  /** The ordinal of a dataset of the corpus, or -1. */
  int ordinal(DatasetId id) {
    Integer d = ordinals.get(id);
    return d == null ? -1 : d;
  }

  /** Numbers the next entity; the triple must be new. */
  int add(int datasetOrdinal, EntityKind entityKind, String entityId) {
    if (size == id.length) {
      int grown = size * 2;
      dataset = Arrays.copyOf(dataset, grown);
      kind = Arrays.copyOf(kind, grown);
      id = Arrays.copyOf(id, grown);
    }
    if ((size + 1) * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    int n = size++;
    if (firstOf[datasetOrdinal * KINDS.length + entityKind.ordinal()] < 0) {
      firstOf[datasetOrdinal * KINDS.length + entityKind.ordinal()] = n;
    }
    dataset[n] = datasetOrdinal;
    kind[n] = (byte) entityKind.ordinal();
    id[n] = entityId;
    int mask = slots.length - 1;
    int at = hash(datasetOrdinal, entityKind.ordinal(), entityId) & mask;
    while (slots[at] != 0) {
      probes++;
      at = (at + 1) & mask;
    }
    slots[at] = n + 1;
    return n;
  }

  private void rehash(int length) {
    slots = new int[length];
    int mask = length - 1;
    for (int n = 0; n < size; n++) {
      int at = hash(dataset[n], kind[n], id[n]) & mask;
      while (slots[at] != 0) {
        at = (at + 1) & mask;
      }
      slots[at] = n + 1;
    }
  }

  /** The number of an entity, or -1 when the corpus does not hold it. */
  int number(int datasetOrdinal, EntityKind entityKind, String entityId) {
    if (datasetOrdinal < 0) {
      return -1;
    }
    int k = entityKind.ordinal();
    int mask = slots.length - 1;
    int at = hash(datasetOrdinal, k, entityId) & mask;
    for (int slot = slots[at]; slot != 0; slot = slots[at]) {
      probes++;
      int n = slot - 1;
      if (dataset[n] == datasetOrdinal && kind[n] == k && id[n].equals(entityId)) {
        return n;
      }
      at = (at + 1) & mask;
    }
    return -1;
  }

  /**
   * The number of an entity that is the {@code position}th of its kind in its dataset's list, as
   * the datasets' entities are numbered, or else found as {@link #number(int, EntityKind, String)}
   * finds it: near the dataset's other entities instead of anywhere in the table.
   */
  int number(int datasetOrdinal, EntityKind entityKind, String entityId, int position) {
    if (datasetOrdinal >= 0 && position >= 0) {
      int first = firstOf[datasetOrdinal * KINDS.length + entityKind.ordinal()];
      int n = first + position;
      if (first >= 0
          && n < size
          && dataset[n] == datasetOrdinal
          && kind[n] == entityKind.ordinal()
          && id[n].equals(entityId)) {
        return n;
      }
    }
    return number(datasetOrdinal, entityKind, entityId);
  }

  /** The number of an entity, or -1 when the corpus does not hold it. */
  int number(DatasetId datasetId, EntityKind entityKind, String entityId) {
    return number(ordinal(datasetId), entityKind, entityId);
  }

  /** The number of an entity, or -1 when the corpus does not hold it. */
  int number(EntityRef ref) {
    return number(ordinal(ref.dataset()), ref.kind(), ref.id());
  }

  /**
   * Mixes the parts into well-spread bits (the finalizer of MurmurHash3), so that neighbouring
   * ordinals and ids of one pattern do not fall into neighbouring slots.
   */
  private static int hash(int datasetOrdinal, int entityKind, String entityId) {
    int h = entityId.hashCode() * 31 + datasetOrdinal * 3 + entityKind;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /** The slots looked at past the first, in adding and finding entities. */
  long probes() {
    return probes;
  }

  /** How many entities there are. */
  int size() {
    return size;
  }

  /** The ordinal of an entity's dataset. */
  int datasetOf(int n) {
    return dataset[n];
  }

  /** An entity's kind. */
  EntityKind kindOf(int n) {
    return KINDS[kind[n]];
  }

  /** An entity's id text. */
  String idOf(int n) {
    return id[n];
  }

  /** An entity as a ref, made once. */
  EntityRef ref(int n) {
    EntityRef[] made = refs;
    if (made == null) {
      made = new EntityRef[size];
      refs = made;
    }
    EntityRef ref = made[n];
    if (ref == null) {
      ref = new EntityRef(datasets.get(dataset[n]), KINDS[kind[n]], id[n]);
      made[n] = ref;
    }
    return ref;
  }
}
