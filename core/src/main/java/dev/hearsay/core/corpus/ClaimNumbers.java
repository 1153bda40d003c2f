package dev.hearsay.core.corpus;

import dev.hearsay.core.internal.GatheredVoices;
import dev.hearsay.core.internal.IndexVoices;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.query.ProvenanceIndex;
import java.util.HashMap;
import java.util.Map;

/**
 * The claims of a corpus numbered densely in the corpus's order, with each dataset's index: a
 * dataset's claims are numbered one after the other from the dataset's offset, so that a claim's
 * number is its dataset's offset plus its position in the dataset's list. A {@link ClaimRef} is
 * numbered through one map over the datasets and the claim table of its dataset's index, and a
 * number leads back to its dataset by a search over the offsets; nothing is kept or hashed per
 * claim.
 */
final class ClaimNumbers {
  private final Map<DatasetId, Integer> ordinals;
  private final DatasetId[] datasets;
  private final ProvenanceIndex[] indexes;

  /** By dataset ordinal, the number of its first claim; then the number of claims. */
  private final int[] offsets;

  /**
   * Indexes each dataset of a corpus and numbers its claims.
   *
   * @param corpus the corpus
   */
  ClaimNumbers(Corpus corpus) {
    Map<DatasetId, Dataset> all = corpus.datasets();
    int size = all.size();
    ordinals = new HashMap<>(size * 4 / 3 + 1);
    datasets = new DatasetId[size];
    indexes = new ProvenanceIndex[size];
    offsets = new int[size + 1];
    int d = 0;
    int claims = 0;
    for (Map.Entry<DatasetId, Dataset> entry : all.entrySet()) {
      ordinals.put(entry.getKey(), d);
      datasets[d] = entry.getKey();
      indexes[d] = ProvenanceIndex.of(entry.getValue());
      offsets[d] = claims;
      claims = Math.addExact(claims, entry.getValue().claims().size());
      d++;
    }
    offsets[size] = claims;
  }

  /** How many claims the corpus holds. */
  int size() {
    return offsets[datasets.length];
  }

  /** How many datasets the corpus holds. */
  int datasetCount() {
    return datasets.length;
  }

  /** The ordinal of a dataset, or -1 when the corpus has none with that id. */
  int ordinal(DatasetId dataset) {
    Integer d = ordinals.get(dataset);
    return d == null ? -1 : d;
  }

  /** The id of the dataset with an ordinal. */
  DatasetId dataset(int ordinal) {
    return datasets[ordinal];
  }

  /** The index of the dataset with an ordinal. */
  ProvenanceIndex index(int ordinal) {
    return indexes[ordinal];
  }

  /** The number of the dataset's first claim. */
  int offset(int ordinal) {
    return offsets[ordinal];
  }

  /** The number of a claim of the dataset with an ordinal, or -1 when it has no such claim. */
  int number(int ordinal, ClaimId claim) {
    int position = IndexVoices.claimPosition(indexes[ordinal], claim);
    return position < 0 ? -1 : offsets[ordinal] + position;
  }

  /** The number of a claim, or -1 when the corpus does not hold it. */
  int number(ClaimRef claim) {
    int d = ordinal(claim.dataset());
    return d < 0 ? -1 : number(d, claim.claim());
  }

  /**
   * The ordinal of the dataset a claim's number falls in: the last dataset whose offset is at or
   * below it, which passes over the datasets with no claim.
   */
  int ordinalOf(int number) {
    if (number < 0 || number >= size()) {
      throw new IndexOutOfBoundsException("no claim has the number " + number);
    }
    int low = 0;
    int high = datasets.length - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (offsets[middle] <= number) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  /** The voices on a claim, as its dataset's evidence counts them. */
  GatheredVoices voices(int number) {
    int d = ordinalOf(number);
    return IndexVoices.at(indexes[d], number - offsets[d]);
  }
}
