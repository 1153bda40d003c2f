package dev.hearsay.jackson;

import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The relations of a stream as the rules need them at its end: each one's kind and the numbers of
 * the claims at its ends, in arrays of ints, the claim ids themselves each stored once (as in
 * {@link IdPositions}). About 9 bytes a relation plus about 17 bytes and the id's length for each
 * claim that a relation names, against some 130 bytes a relation held as an object.
 *
 * <p>Seen as a list, it gives each relation back as a new {@link Relation} of its kind and its
 * two ends, without its note: what the rules check, not the relation as it was written.
 */
final class RelationTable extends AbstractList<Relation> implements RandomAccess {
  private static final RelationKind[] KINDS = RelationKind.values();

  private final IdPositions numbers = new IdPositions();
  private int[] idOffsets = new int[16];
  private int[] ends = new int[32];
  private byte[] kinds = new byte[16];
  private int size;

  /** Notes a relation's kind and ends. */
  void note(Relation relation) {
    if (size == kinds.length) {
      kinds = Arrays.copyOf(kinds, size * 2);
      ends = Arrays.copyOf(ends, size * 4);
    }
    kinds[size] = (byte) relation.kind().ordinal();
    ends[2 * size] = number(relation.from());
    ends[2 * size + 1] = number(relation.to());
    size++;
  }

  private int number(ClaimId id) {
    int known = numbers.positionOf(id.value());
    if (known >= 0) {
      return known;
    }
    int number = numbers.size();
    if (number == idOffsets.length) {
      idOffsets = Arrays.copyOf(idOffsets, number * 2);
    }
    idOffsets[number] = numbers.add(id.value(), number);
    return number;
  }

  @Override
  public Relation get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return new Relation.Builder()
        .from(claim(ends[2 * index]))
        .kind(KINDS[kinds[index]])
        .to(claim(ends[2 * index + 1]))
        .build();
  }

  private ClaimId claim(int number) {
    return ClaimId.of(numbers.idAt(idOffsets[number]));
  }

  @Override
  public int size() {
    return size;
  }
}
