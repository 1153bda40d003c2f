package dev.hearsay.prov;

import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.model.Statement;
import org.openprovenance.prov.model.WasDerivedFrom;
import org.openprovenance.prov.model.WasInfluencedBy;

/**
 * Relations between claims: a derivation is "derived from", a revision "updates", and an influence
 * typed with a relation kind ({@code hearsay:Supports}, ...) is that relation.
 */
final class RelationReader {
  private final ImportContext context;

  RelationReader(ImportContext context) {
    this.context = context;
  }

  List<Relation> read() {
    List<Relation> relations = new ArrayList<>();
    for (Statement statement : context.index.relations) {
      if (context.wasRead(statement)) {
        continue;
      }
      if (statement instanceof WasDerivedFrom derivation) {
        derived(derivation).ifPresent(relations::add);
      } else if (statement instanceof WasInfluencedBy influence) {
        influenced(influence).ifPresent(relations::add);
      }
    }
    return relations;
  }

  private Optional<Relation> derived(WasDerivedFrom derivation) {
    if (!betweenClaims(derivation.getGeneratedEntity(), derivation.getUsedEntity())) {
      return Optional.empty();
    }
    NodeAttributes attributes = new NodeAttributes(derivation);
    boolean revision = attributes.hasType(Terms.PROV + "Revision");
    attributes.readType(Terms.PROV + "Revision");
    return Optional.of(
        relation(
            attributes,
            derivation,
            derivation.getGeneratedEntity(),
            revision ? RelationKind.UPDATES : RelationKind.DERIVED_FROM,
            derivation.getUsedEntity()));
  }

  private Optional<Relation> influenced(WasInfluencedBy influence) {
    if (!betweenClaims(influence.getInfluencee(), influence.getInfluencer())) {
      return Optional.empty();
    }
    NodeAttributes attributes = new NodeAttributes(influence);
    Optional<RelationKind> kind = HearsayTypes.of(attributes, RelationKind.values());
    if (kind.isEmpty()) {
      context.omit(
          influence,
          "an influence between claims without a relation kind, such as" + " hearsay:Supports");
      return Optional.empty();
    }
    return Optional.of(
        relation(
            attributes,
            influence,
            influence.getInfluencee(),
            kind.get(),
            influence.getInfluencer()));
  }

  private Relation relation(
      NodeAttributes attributes,
      Statement statement,
      QualifiedName from,
      RelationKind kind,
      QualifiedName to) {
    Relation.Builder relation =
        new Relation.Builder().from(context.claim(from)).kind(kind).to(context.claim(to));
    attributes.text(Terms.NOTE).ifPresent(v -> relation.note(v));
    Relation built = attributes.check(() -> relation.build());
    context.read(statement);
    context.omitAll(attributes.unread("a relation between claims"));
    return built;
  }

  private boolean betweenClaims(QualifiedName from, QualifiedName to) {
    return context.index.role(from) == DocumentIndex.Role.CLAIM
        && context.index.role(to) == DocumentIndex.Role.CLAIM;
  }
}
