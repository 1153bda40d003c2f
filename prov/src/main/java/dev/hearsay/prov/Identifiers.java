package dev.hearsay.prov;

import org.openprovenance.prov.model.Identifiable;
import org.openprovenance.prov.model.QualifiedName;

/** The identifier of a statement, which may have none. */
final class Identifiers {
  private Identifiers() {}

  /**
   * The statement's identifier, or null when it has none. ProvToolbox's PROV-JSON-LD reader leaves
   * an entity, agent or activity without an {@code @id} in a state where {@code getId()} throws a
   * {@code NullPointerException} instead of returning null.
   */
  static QualifiedName of(Identifiable statement) {
    try {
      return statement.getId();
    } catch (NullPointerException e) {
      return null;
    }
  }
}
