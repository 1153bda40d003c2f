package dev.hearsay.jackson;

import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.model.Dataset;
import java.util.Objects;

/**
 * One line of a corpus in JSON Lines, as {@link DatasetLinesReader} reads it: {@code {"id":
 * "kursk", "dataset": {...}}}.
 *
 * @param line the line's number in the file, from 1
 * @param id the dataset's id in the corpus
 * @param dataset the dataset, whole and valid
 */
public record DatasetLine(int line, DatasetId id, Dataset dataset) {
  /**
   * Checks that every part is present.
   *
   * @throws NullPointerException when a part is null
   */
  public DatasetLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(dataset, "dataset");
  }
}
