package dev.hearsay.prov;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.EventLink;
import dev.hearsay.core.corpus.EventRef;
import dev.hearsay.core.corpus.Identity;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.model.Dataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.datatype.DatatypeFactory;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.model.Namespace;
import org.openprovenance.prov.model.ProvFactory;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.model.StatementOrBundle;

/**
 * A corpus written as PROV: each dataset a bundle named {@code datasets:<id>}, its names under the
 * bundle's, and at the top level the corpus, its identity statements, claim links and event links.
 */
final class CorpusExport {
  /** A dataset id that is a PROV-N prefix as it is, and needs no other. */
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  /**
   * The prefix of the bundles' names: not {@code dataset:}, which a bundle declares again for the
   * names of its own dataset.
   */
  private static final String BUNDLE_PREFIX = "datasets";

  private final ProvFactory factory;
  private final DatatypeFactory datatypes;
  private final Names top;
  private final Namespace namespace;
  private final Map<DatasetId, String> prefixes = new HashMap<>();
  private final Set<String> taken = new HashSet<>();
  private final List<StatementOrBundle> out = new ArrayList<>();

  CorpusExport(ProvFactory factory, DatatypeFactory datatypes) {
    this.factory = factory;
    this.datatypes = datatypes;
    this.top = new Names(factory);
    this.namespace = new Namespace();
    namespace.addKnownNamespaces();
    namespace.register("hearsay", Terms.HEARSAY);
    namespace.register("corpus", Terms.CORPUS_NAMESPACE);
    namespace.register(BUNDLE_PREFIX, Terms.Kind.DATASET.namespace);
  }

  Document write(Corpus corpus) {
    QualifiedName collection = corpusName(Terms.CORPUS_NAME);
    out.add(
        factory.newEntity(
            collection,
            attributes()
                .hearsayType(Terms.CORPUS)
                .type(top.prov("Collection"))
                .text(Terms.SCHEMA_VERSION, corpus.links().schemaVersion())
                .build()));
    List<QualifiedName> members = new ArrayList<>();
    for (Map.Entry<DatasetId, Dataset> entry : corpus.datasets().entrySet()) {
      QualifiedName bundle = bundle(entry.getKey());
      members.add(bundle);
      out.add(factory.newEntity(bundle, attributes().type(top.prov("Bundle")).build()));
    }
    if (!members.isEmpty()) {
      out.add(factory.newHadMember(collection, members));
    }
    for (Map.Entry<DatasetId, Dataset> entry : corpus.datasets().entrySet()) {
      Names names = new Names(factory, scope(entry.getKey()));
      Namespace declarations = names.declarations();
      // ProvToolbox's readers resolve a bundle's name in the bundle's own declarations.
      declarations.register(BUNDLE_PREFIX, Terms.Kind.DATASET.namespace);
      out.add(
          factory.newNamedBundle(
              bundle(entry.getKey()),
              declarations,
              new DatasetExport(factory, datatypes, names).statements(entry.getValue())));
    }
    List<IdentityStatement> identities = corpus.links().identities();
    for (int i = 0; i < identities.size(); i++) {
      identity(i, identities.get(i));
    }
    corpus.links().claims().forEach(this::claimLink);
    List<EventLink> events = corpus.links().events();
    for (int i = 0; i < events.size(); i++) {
      eventLink(i, events.get(i));
    }
    Document document = factory.newDocument();
    document.setNamespace(namespace);
    document.getStatementOrBundle().addAll(out);
    return document;
  }

  /** The base of a dataset's names: under its bundle's, {@code .../id/dataset/kyiv/}. */
  private static String scope(DatasetId dataset) {
    return Terms.Kind.DATASET.namespace + dataset.value() + "/";
  }

  private void identity(int index, IdentityStatement statement) {
    QualifiedName first = ref(statement.first());
    QualifiedName second = ref(statement.second());
    AttributeList attributes =
        attributes()
            .hearsayType(Terms.IDENTITY_STATEMENT)
            .text(Terms.IDENTITY, Terms.word(statement.identity()))
            .ref(Terms.FIRST, first)
            .ref(Terms.SECOND, second);
    statement.note().ifPresent(n -> attributes.text(Terms.NOTE, n));
    out.add(factory.newEntity(corpusName("identity." + (index + 1)), attributes.build()));
    if (statement.identity() == Identity.SAME) {
      out.add(factory.newAlternateOf(first, second));
    }
  }

  private void claimLink(ClaimLink link) {
    QualifiedName from = claim(link.from());
    QualifiedName to = claim(link.to());
    out.add(RelationStatements.of(factory, from, link.kind(), to, link.note(), attributes()));
  }

  private void eventLink(int index, EventLink link) {
    QualifiedName first = event(link.first());
    QualifiedName second = event(link.second());
    AttributeList attributes =
        attributes()
            .hearsayType(Terms.EVENT_LINK)
            .ref(Terms.FIRST, first)
            .ref(Terms.SECOND, second);
    link.note().ifPresent(n -> attributes.text(Terms.NOTE, n));
    out.add(factory.newEntity(corpusName("event." + (index + 1)), attributes.build()));
    out.add(factory.newAlternateOf(first, second));
  }

  private QualifiedName ref(EntityRef ref) {
    Terms.Kind kind =
        switch (ref.kind()) {
          case ACTOR -> Terms.Kind.ACTOR;
          case SOURCE -> Terms.Kind.SOURCE;
          case PLACE -> Terms.Kind.PLACE;
        };
    return scoped(ref.dataset(), kind, ref.id());
  }

  private QualifiedName claim(ClaimRef ref) {
    return scoped(ref.dataset(), Terms.Kind.CLAIM, ref.claim().value());
  }

  private QualifiedName event(EventRef ref) {
    return scoped(ref.dataset(), Terms.Kind.EVENT, ref.event().value());
  }

  /**
   * A name of a dataset's value at the top level, with a prefix of the dataset's and the kind's:
   * {@code kyiv-actor:nyt}, declared on first use.
   */
  private QualifiedName scoped(DatasetId dataset, Terms.Kind kind, String id) {
    Names names = new Names(factory, scope(dataset));
    String prefix = prefix(dataset) + "-" + kind.prefix;
    namespace.register(prefix, names.namespace(kind));
    return names.of(kind, id, prefix);
  }

  /** The dataset's id, or {@code dataset} and a number where the id is no PROV-N prefix. */
  private String prefix(DatasetId dataset) {
    return prefixes.computeIfAbsent(
        dataset,
        d -> {
          String candidate = PREFIX.matcher(d.value()).matches() ? d.value() : "dataset";
          String prefix = candidate;
          for (int n = 2; !taken.add(prefix); n++) {
            prefix = candidate + n;
          }
          return prefix;
        });
  }

  private QualifiedName bundle(DatasetId dataset) {
    return top.of(Terms.Kind.DATASET, dataset.value(), BUNDLE_PREFIX);
  }

  private QualifiedName corpusName(String local) {
    return factory.newQualifiedName(Terms.CORPUS_NAMESPACE, Names.escape(local), "corpus");
  }

  private AttributeList attributes() {
    return new AttributeList(factory, top);
  }
}
