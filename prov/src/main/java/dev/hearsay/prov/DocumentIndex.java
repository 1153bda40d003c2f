package dev.hearsay.prov;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openprovenance.prov.model.Agent;
import org.openprovenance.prov.model.Bundle;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.model.Entity;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.model.Statement;
import org.openprovenance.prov.model.StatementOrBundle;
import org.openprovenance.prov.model.Type;
import org.openprovenance.prov.model.WasAttributedTo;
import org.openprovenance.prov.model.WasDerivedFrom;
import org.openprovenance.prov.model.WasGeneratedBy;
import org.openprovenance.prov.model.WasInfluencedBy;

/**
 * A document's statements sorted for the import: the entities and agents by name, what each entity
 * is to Hearsay, and the relations that the mapping reads, each list in the document's order.
 * Every other statement is an omission from the start.
 */
final class DocumentIndex {
  /** What an entity is in Hearsay. */
  enum Role {
    DATASET(Terms.CLAIM_DATASET),
    CLAIM(Terms.CLAIM),
    UTTERANCE(Terms.UTTERANCE),
    QUANTITY(Terms.QUANTITY),
    PLACE(Terms.PLACE),
    EVENT(Terms.EVENT),
    ASSESSMENT(Terms.ASSESSMENT),
    SOURCE(null);

    final String type;

    Role(String type) {
      this.type = type;
    }
  }

  final Map<String, Entity> entities = new LinkedHashMap<>();
  final Map<String, Agent> agents = new LinkedHashMap<>();
  final Map<String, Role> roles = new HashMap<>();

  /** Names that no statement declares, but a relation shows to be an entity or an agent. */
  final Map<String, QualifiedName> implicitEntities = new LinkedHashMap<>();

  final Map<String, QualifiedName> implicitAgents = new LinkedHashMap<>();

  /** The relations that the import reads, in the document's order. */
  final List<Statement> relations = new ArrayList<>();

  /** Each entity's attributions, derivations (as the derived entity) and generations. */
  final Map<String, List<WasAttributedTo>> attributionsOf = new HashMap<>();

  final Map<String, List<WasDerivedFrom>> derivationsOf = new HashMap<>();
  final Map<String, List<WasGeneratedBy>> generationsOf = new HashMap<>();
  final List<Omission> omissions = new ArrayList<>();

  DocumentIndex(Document document) {
    List<StatementOrBundle> statements = document.getStatementOrBundle();
    for (StatementOrBundle statement :
        statements == null ? List.<StatementOrBundle>of() : statements) {
      if (statement != null) {
        sort(statement);
      }
    }
    for (Entity entity : entities.values()) {
      roles.put(entity.getId().getUri(), role(entity));
    }
    for (Statement relation : relations) {
      implied(relation);
    }
  }

  Role role(QualifiedName name) {
    return name == null ? null : roles.get(name.getUri());
  }

  private void sort(StatementOrBundle statement) {
    if (statement instanceof Entity entity) {
      declare(entity, Identifiers.of(entity), entities);
    } else if (statement instanceof Agent agent) {
      declare(agent, Identifiers.of(agent), agents);
    } else if (statement instanceof WasAttributedTo attribution) {
      relation(attribution, attribution.getEntity(), attribution.getAgent(), attributionsOf);
    } else if (statement instanceof WasDerivedFrom derivation) {
      relation(
          derivation, derivation.getGeneratedEntity(), derivation.getUsedEntity(), derivationsOf);
    } else if (statement instanceof WasGeneratedBy generation) {
      relation(generation, generation.getEntity(), generation.getEntity(), generationsOf);
    } else if (statement instanceof WasInfluencedBy influence) {
      relation(influence, influence.getInfluencee(), influence.getInfluencer(), new HashMap<>());
    } else if (statement instanceof Bundle bundle) {
      int size = bundle.getStatement() == null ? 0 : bundle.getStatement().size();
      omit(
          statement,
          "Hearsay does not read bundles; the bundle's " + size + " statements are left out");
    } else {
      omit(statement, Unmapped.reason(statement));
    }
  }

  private <T extends Statement> void relation(
      T statement, QualifiedName subject, QualifiedName object, Map<String, List<T>> bySubject) {
    if (subject == null || object == null) {
      omit(statement, "a name it relates is missing");
      return;
    }
    relations.add(statement);
    bySubject.computeIfAbsent(subject.getUri(), k -> new ArrayList<>()).add(statement);
  }

  /**
   * Declares what a relation implies of names that no statement declares: the subject of an
   * attribution or a generation is an entity and its agent an agent; a derivation between entities
   * that are sources or undeclared is between sources.
   */
  private void implied(Statement relation) {
    if (relation instanceof WasAttributedTo attribution) {
      QualifiedName entity = attribution.getEntity();
      entityIfUndeclared(entity);
      Role subject = role(entity);
      if (subject == Role.SOURCE || subject == Role.UTTERANCE || subject == Role.ASSESSMENT) {
        QualifiedName agent = attribution.getAgent();
        if (!agents.containsKey(agent.getUri())) {
          implicitAgents.putIfAbsent(agent.getUri(), agent);
        }
      }
    } else if (relation instanceof WasGeneratedBy generation) {
      entityIfUndeclared(generation.getEntity());
    } else if (relation instanceof WasDerivedFrom derivation) {
      QualifiedName generated = derivation.getGeneratedEntity();
      QualifiedName used = derivation.getUsedEntity();
      if (sourceOrUndeclared(generated) && sourceOrUndeclared(used)) {
        entityIfUndeclared(generated);
        entityIfUndeclared(used);
      }
    }
  }

  private boolean sourceOrUndeclared(QualifiedName name) {
    Role role = role(name);
    return role == null || role == Role.SOURCE;
  }

  private void entityIfUndeclared(QualifiedName name) {
    if (!entities.containsKey(name.getUri())) {
      implicitEntities.putIfAbsent(name.getUri(), name);
      roles.put(name.getUri(), Role.SOURCE);
    }
  }

  List<WasAttributedTo> attributionsOf(QualifiedName entity) {
    return attributionsOf.getOrDefault(entity.getUri(), List.of());
  }

  List<WasDerivedFrom> derivationsOf(QualifiedName entity) {
    return derivationsOf.getOrDefault(entity.getUri(), List.of());
  }

  List<WasGeneratedBy> generationsOf(QualifiedName entity) {
    return generationsOf.getOrDefault(entity.getUri(), List.of());
  }

  private <T extends Statement> void declare(T statement, QualifiedName id, Map<String, T> byId) {
    if (id == null) {
      omit(statement, "it has no identifier, and Hearsay's values need one");
    } else if (byId.containsKey(id.getUri())) {
      omit(statement, "declared again; Hearsay reads the first declaration of a name");
    } else {
      byId.put(id.getUri(), statement);
    }
  }

  private Role role(Entity entity) {
    Role found = Role.SOURCE;
    for (Type type : entity.getType()) {
      if (type == null || !(type.getValue() instanceof QualifiedName name)) {
        continue;
      }
      for (Role role : Role.values()) {
        if (role.type != null && name.getUri().equals(Terms.HEARSAY + role.type)) {
          if (found != Role.SOURCE && found != role) {
            throw new ProvImportException(
                StatementText.of(entity)
                    + ": typed both hearsay:"
                    + found.type
                    + " and hearsay:"
                    + role.type);
          }
          found = role;
        }
      }
    }
    return found;
  }

  private void omit(StatementOrBundle statement, String reason) {
    omissions.add(new Omission(StatementText.of(statement), reason));
  }
}
