package dev.hearsay.prov;

import dev.hearsay.core.model.Dataset;
import java.util.List;
import java.util.Objects;

/**
 * What a PROV document gave: a dataset, and what of the document it left out.
 *
 * @param dataset the dataset, valid by every rule of the model
 * @param omissions each statement or attribute that has no place in the dataset, with why; empty
 *     for a document that {@link ProvMapping#toProv} wrote
 */
public record ProvImport(Dataset dataset, List<Omission> omissions) {
  /** Checks that both parts are given, and keeps the omissions unmodifiable. */
  public ProvImport {
    Objects.requireNonNull(dataset, "dataset");
    omissions = List.copyOf(omissions);
  }

  /**
   * Whether nothing of the document was left out.
   *
   * @return true when there are no omissions
   */
  public boolean complete() {
    return omissions.isEmpty();
  }
}
