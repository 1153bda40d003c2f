package dev.hearsay.prov;

import dev.hearsay.core.model.RelationKind;
import java.util.Optional;
import org.openprovenance.prov.model.ProvFactory;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.model.Statement;
import org.openprovenance.prov.model.WasDerivedFrom;

/**
 * A relation between two claims as PROV, for a dataset's relations and a corpus's claim links
 * alike: derived from as {@code wasDerivedFrom}, updates as a revision ({@code wasDerivedFrom}
 * typed {@code prov:Revision}), and the others as {@code wasInfluencedBy} typed with the kind.
 */
final class RelationStatements {
  private RelationStatements() {}

  static Statement of(
      ProvFactory factory,
      QualifiedName from,
      RelationKind kind,
      QualifiedName to,
      Optional<String> note,
      AttributeList attributes) {
    note.ifPresent(n -> attributes.text(Terms.NOTE, n));
    return switch (kind) {
      case DERIVED_FROM ->
          factory.newWasDerivedFrom(null, from, to, null, null, null, attributes.build());
      case UPDATES -> {
        WasDerivedFrom revision =
            factory.newWasDerivedFrom(null, from, to, null, null, null, attributes.build());
        factory.addRevisionType(revision);
        yield revision;
      }
      default ->
          factory.newWasInfluencedBy(
              null, from, to, attributes.hearsayType(Terms.typeName(kind)).build());
    };
  }
}
