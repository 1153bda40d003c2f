package dev.hearsay.prov;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.model.PlaceId;
import dev.hearsay.core.model.SourceId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.model.Statement;

/** What the parts of one import share: the index, the ids, what was read and what was left out. */
final class ImportContext {
  final DocumentIndex index;
  final Ids ids;
  final List<Omission> omissions = new ArrayList<>();
  private final Set<Statement> read = Collections.newSetFromMap(new IdentityHashMap<>());

  ImportContext(DocumentIndex index, String base) {
    this.index = index;
    this.ids = new Ids(base);
    omissions.addAll(index.omissions);
  }

  void read(Statement statement) {
    read.add(statement);
  }

  boolean wasRead(Statement statement) {
    return read.contains(statement);
  }

  void omit(Statement statement, String reason) {
    read.add(statement);
    omissions.add(new Omission(StatementText.of(statement), reason));
  }

  void omitAll(List<Omission> left) {
    omissions.addAll(left);
  }

  ActorId actor(QualifiedName name) {
    return id(Terms.Kind.ACTOR, name, ActorId::of);
  }

  SourceId source(QualifiedName name) {
    return id(Terms.Kind.SOURCE, name, SourceId::of);
  }

  ClaimId claim(QualifiedName name) {
    return id(Terms.Kind.CLAIM, name, ClaimId::of);
  }

  PlaceId place(QualifiedName name) {
    return id(Terms.Kind.PLACE, name, PlaceId::of);
  }

  EventId event(QualifiedName name) {
    return id(Terms.Kind.EVENT, name, EventId::of);
  }

  private <T> T id(Terms.Kind kind, QualifiedName name, Function<String, T> of) {
    return of.apply(ids.of(kind, name));
  }
}
