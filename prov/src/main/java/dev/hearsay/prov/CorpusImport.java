package dev.hearsay.prov;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusValidationException;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.corpus.EntityKind;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.EventLink;
import dev.hearsay.core.corpus.EventRef;
import dev.hearsay.core.corpus.Identity;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.model.RelationKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openprovenance.prov.model.AlternateOf;
import org.openprovenance.prov.model.Bundle;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.model.Entity;
import org.openprovenance.prov.model.HadMember;
import org.openprovenance.prov.model.ProvFactory;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.model.Statement;
import org.openprovenance.prov.model.StatementOrBundle;
import org.openprovenance.prov.model.WasDerivedFrom;
import org.openprovenance.prov.model.WasInfluencedBy;

/**
 * A PROV document of a corpus, as {@link CorpusExport} writes it, read back: each bundle named
 * {@code datasets:<id>} a dataset, and the identity statements, claim links and event links at the
 * top level.
 */
final class CorpusImport {
  private static final String DATASETS = Terms.Kind.DATASET.namespace;

  private final Document document;
  private final ProvFactory factory;
  private final List<Omission> omissions = new ArrayList<>();

  /** The pairs of names that an identity statement "same" or an event link records. */
  private final Set<List<String>> alternates = new HashSet<>();

  CorpusImport(Document document, ProvFactory factory) {
    this.document = document;
    this.factory = factory;
  }

  /** Whether the document has a bundle named as a dataset's. */
  static boolean describesCorpus(Document document) {
    List<StatementOrBundle> statements = document.getStatementOrBundle();
    return statements != null
        && statements.stream()
            .anyMatch(
                s -> s instanceof Bundle bundle && uri(bundleName(bundle)).startsWith(DATASETS));
  }

  ProvCorpusImport read() {
    Corpus.Builder corpus = new Corpus.Builder();
    Links.Builder links = new Links.Builder();
    List<AlternateOf> alternateStatements = new ArrayList<>();
    List<StatementOrBundle> statements =
        document.getStatementOrBundle() == null ? List.of() : document.getStatementOrBundle();
    for (StatementOrBundle statement : statements) {
      if (statement instanceof Bundle bundle) {
        bundle(bundle, corpus);
      } else if (statement instanceof Entity entity) {
        entity(entity, links);
      } else if (statement instanceof AlternateOf alternate) {
        alternateStatements.add(alternate);
      } else if (statement instanceof HadMember member && isCorpus(member.getCollection())) {
        continue;
      } else if (statement instanceof WasDerivedFrom derivation) {
        claimLink(derivation, derivation.getGeneratedEntity(), derivation.getUsedEntity(), links);
      } else if (statement instanceof WasInfluencedBy influence) {
        claimLink(influence, influence.getInfluencee(), influence.getInfluencer(), links);
      } else if (statement != null) {
        omit(statement, "a corpus's top level holds its datasets' bundles and its links");
      }
    }
    for (AlternateOf alternate : alternateStatements) {
      List<String> pair = List.of(uri(alternate.getAlternate1()), uri(alternate.getAlternate2()));
      if (!alternates.contains(pair)) {
        omit(
            alternate,
            "no hearsay:IdentityStatement or hearsay:EventLink records this"
                + " alternate, and Hearsay keeps an alternate only as one of them");
      }
    }
    try {
      return new ProvCorpusImport(corpus.links(links.build()).build(), omissions);
    } catch (CorpusValidationException e) {
      throw new ProvImportException(
          "the document describes a corpus that breaks a rule: " + e.getMessage());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ProvImportException("the document's corpus cannot be built: " + e.getMessage());
    }
  }

  private void bundle(Bundle bundle, Corpus.Builder corpus) {
    QualifiedName name = bundleName(bundle);
    String uri = uri(name);
    String id = uri.startsWith(DATASETS) ? uri.substring(DATASETS.length()) : "";
    if (id.isEmpty() || id.contains("/")) {
      omissions.add(
          new Omission(
              StatementText.of(bundle),
              "a bundle not named under "
                  + DATASETS
                  + ", which is not one of the corpus's datasets"));
      return;
    }
    DatasetId dataset = check(StatementText.of(bundle), () -> DatasetId.of(id));
    Document inner = factory.newDocument();
    inner.setNamespace(bundle.getNamespace());
    if (bundle.getStatement() != null) {
      inner.getStatementOrBundle().addAll(bundle.getStatement());
    }
    ProvImport imported;
    try {
      imported = new DatasetImport(inner, DATASETS + id + "/").read();
    } catch (ProvImportException e) {
      throw new ProvImportException(
          "bundle " + StatementText.name(name) + ": " + e.getMessage(), e.violations());
    }
    for (Omission omission : imported.omissions()) {
      omissions.add(
          new Omission(
              "bundle " + StatementText.name(name) + ": " + omission.statement(),
              omission.reason()));
    }
    corpus.add(dataset, imported.dataset());
  }

  private void entity(Entity entity, Links.Builder links) {
    QualifiedName name = Identifiers.of(entity);
    if (name == null) {
      omit(entity, "it has no identifier");
      return;
    }
    NodeAttributes attributes = new NodeAttributes(entity);
    if (isCorpus(name)) {
      attributes.readType(Terms.HEARSAY + Terms.CORPUS);
      attributes.readType(Terms.PROV + "Collection");
      attributes.text(Terms.SCHEMA_VERSION).ifPresent(links::schemaVersion);
      omissions.addAll(attributes.unread("the corpus"));
    } else if (attributes.hasType(Terms.PROV + "Bundle")) {
      attributes.readType(Terms.PROV + "Bundle");
      omissions.addAll(attributes.unread("a dataset's bundle"));
    } else if (attributes.hasType(Terms.HEARSAY + Terms.IDENTITY_STATEMENT)) {
      attributes.readType(Terms.HEARSAY + Terms.IDENTITY_STATEMENT);
      Identity identity =
          HearsayTypes.word(
              attributes,
              Terms.IDENTITY,
              attributes.requiredText(Terms.IDENTITY),
              Identity.values());
      QualifiedName first = required(attributes, Terms.FIRST);
      QualifiedName second = required(attributes, Terms.SECOND);
      IdentityStatement statement =
          attributes.check(
              () -> {
                IdentityStatement made =
                    IdentityStatement.of(
                        identity, entityRef(attributes, first), entityRef(attributes, second));
                return attributes.text(Terms.NOTE).map(made::withNote).orElse(made);
              });
      if (identity == Identity.SAME) {
        alternates.add(List.of(uri(first), uri(second)));
      }
      links.addIdentities(statement);
      omissions.addAll(attributes.unread("an identity statement"));
    } else if (attributes.hasType(Terms.HEARSAY + Terms.EVENT_LINK)) {
      attributes.readType(Terms.HEARSAY + Terms.EVENT_LINK);
      QualifiedName first = required(attributes, Terms.FIRST);
      QualifiedName second = required(attributes, Terms.SECOND);
      EventLink link =
          attributes.check(
              () -> {
                EventLink made =
                    EventLink.of(eventRef(attributes, first), eventRef(attributes, second));
                return attributes.text(Terms.NOTE).map(made::withNote).orElse(made);
              });
      alternates.add(List.of(uri(first), uri(second)));
      links.addEvents(link);
      omissions.addAll(attributes.unread("an event link"));
    } else {
      omit(
          entity,
          "an entity at a corpus's top level that is neither a dataset's bundle nor a" + " link");
    }
  }

  private void claimLink(
      Statement statement, QualifiedName from, QualifiedName to, Links.Builder links) {
    Optional<Scoped> source = scoped(from, Terms.Kind.CLAIM);
    Optional<Scoped> target = scoped(to, Terms.Kind.CLAIM);
    if (source.isEmpty() || target.isEmpty()) {
      omit(
          statement,
          "not between two datasets' claims, which is the only relation a corpus"
              + " has at its top level");
      return;
    }
    NodeAttributes attributes = new NodeAttributes(statement);
    RelationKind kind;
    if (statement instanceof WasDerivedFrom) {
      boolean revision = attributes.hasType(Terms.PROV + "Revision");
      attributes.readType(Terms.PROV + "Revision");
      kind = revision ? RelationKind.UPDATES : RelationKind.DERIVED_FROM;
    } else {
      Optional<RelationKind> typed = HearsayTypes.of(attributes, RelationKind.values());
      if (typed.isEmpty()) {
        omit(
            statement,
            "an influence between claims without a relation kind, such as" + " hearsay:Supports");
        return;
      }
      kind = typed.get();
    }
    ClaimLink link =
        attributes.check(
            () -> {
              ClaimLink made =
                  ClaimLink.of(
                      new ClaimRef(source.get().dataset(), ClaimId.of(source.get().id())),
                      kind,
                      new ClaimRef(target.get().dataset(), ClaimId.of(target.get().id())));
              return attributes.text(Terms.NOTE).map(made::withNote).orElse(made);
            });
    links.addClaims(link);
    omissions.addAll(attributes.unread("a claim link"));
  }

  /** A name of a dataset's value: its dataset and id, under {@code datasets:<id>/<kind>/}. */
  private record Scoped(DatasetId dataset, String id) {}

  private static Optional<Scoped> scoped(QualifiedName name, Terms.Kind kind) {
    String uri = uri(name);
    if (!uri.startsWith(DATASETS)) {
      return Optional.empty();
    }
    String rest = uri.substring(DATASETS.length());
    String middle = "/" + kind.prefix + "/";
    int at = rest.indexOf(middle);
    if (at <= 0 || rest.substring(0, at).contains("/")) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Scoped(DatasetId.of(rest.substring(0, at)), rest.substring(at + middle.length())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static EntityRef entityRef(NodeAttributes attributes, QualifiedName name) {
    for (EntityKind kind : EntityKind.values()) {
      Terms.Kind terms =
          switch (kind) {
            case ACTOR -> Terms.Kind.ACTOR;
            case SOURCE -> Terms.Kind.SOURCE;
            case PLACE -> Terms.Kind.PLACE;
          };
      Optional<Scoped> scoped = scoped(name, terms);
      if (scoped.isPresent()) {
        return EntityRef.of(scoped.get().dataset(), kind, scoped.get().id());
      }
    }
    throw attributes.fail(
        "names "
            + StatementText.name(name)
            + ", which is not an actor, a"
            + " source or a place of one of the corpus's datasets");
  }

  private static EventRef eventRef(NodeAttributes attributes, QualifiedName name) {
    Scoped scoped =
        scoped(name, Terms.Kind.EVENT)
            .orElseThrow(
                () ->
                    attributes.fail(
                        "names "
                            + StatementText.name(name)
                            + ", which is not an event of one of the corpus's datasets"));
    return new EventRef(scoped.dataset(), EventId.of(scoped.id()));
  }

  private static QualifiedName required(NodeAttributes attributes, String term) {
    return attributes.ref(term).orElseThrow(() -> attributes.fail("has no hearsay:" + term));
  }

  /** The bundle's name, or null when it has none (ProvToolbox's model may throw instead). */
  private static QualifiedName bundleName(Bundle bundle) {
    try {
      return bundle.getId();
    } catch (NullPointerException e) {
      return null;
    }
  }

  private static boolean isCorpus(QualifiedName name) {
    return uri(name).equals(Terms.CORPUS_NAMESPACE + Terms.CORPUS_NAME);
  }

  private static String uri(QualifiedName name) {
    if (name == null) {
      return "";
    }
    try {
      return name.getUri();
    } catch (IllegalArgumentException e) {
      // ProvToolbox undoes a local name's escapes when asked for its URI, and throws on a bad one.
      throw new ProvImportException(
          "the name '"
              + name.getPrefix()
              + ":"
              + name.getLocalPart()
              + "' has an escape that is not one: '\\u' takes four hexadecimal digits",
          e);
    }
  }

  private static <T> T check(String statement, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new ProvImportException(statement + ": " + e.getMessage());
    }
  }

  private void omit(StatementOrBundle statement, String reason) {
    omissions.add(new Omission(StatementText.of(statement), reason));
  }
}
