package dev.hearsay.prov;

import org.openprovenance.prov.model.Namespace;
import org.openprovenance.prov.model.ProvFactory;
import org.openprovenance.prov.model.QualifiedName;

/**
 * Qualified names of Hearsay's values and terms, with local parts that both PROV-N and
 * PROV-JSON-LD carry through ProvToolbox.
 */
final class Names {
  private final ProvFactory factory;
  private final String base;

  /** Names in Hearsay's namespaces of ids, {@code https://hearsay.dev/id/actor/} and the rest. */
  Names(ProvFactory factory) {
    this(factory, Terms.ID);
  }

  /**
   * Names in namespaces under {@code base}: {@code base + "actor/"} and the rest, as the datasets
   * of a corpus have, each under its bundle's name.
   */
  Names(ProvFactory factory, String base) {
    this.factory = factory;
    this.base = base;
  }

  /** The namespace declarations a mapped document uses, with PROV's and XML Schema's prefixes. */
  static Namespace namespace() {
    return new Names(null).declarations();
  }

  /** The declarations of PROV's, XML Schema's and Hearsay's prefixes, ids under this base. */
  Namespace declarations() {
    Namespace namespace = new Namespace();
    namespace.addKnownNamespaces();
    namespace.register("hearsay", Terms.HEARSAY);
    for (Terms.Kind kind : Terms.Kind.values()) {
      namespace.register(kind.prefix, namespace(kind));
    }
    return namespace;
  }

  /** The namespace of a kind of id under this base. */
  String namespace(Terms.Kind kind) {
    return base + kind.prefix + "/";
  }

  QualifiedName of(Terms.Kind kind, String local) {
    return factory.newQualifiedName(namespace(kind), escape(local), kind.prefix);
  }

  /** A name of a kind of id under this base, with another prefix, for a document's top level. */
  QualifiedName of(Terms.Kind kind, String local, String prefix) {
    return factory.newQualifiedName(namespace(kind), escape(local), prefix);
  }

  /** A term of PROV's own namespace, such as {@code prov:Location}, the class of PROV-O. */
  QualifiedName prov(String term) {
    return factory.newQualifiedName(Terms.PROV, term, "prov");
  }

  QualifiedName hearsay(String term) {
    return factory.newQualifiedName(Terms.HEARSAY, term, "hearsay");
  }

  /**
   * The local part as PROV-N writes it: ProvToolbox keeps local parts escaped. A ':' is escaped as
   * ProvToolbox escapes it; a '.' is escaped where PROV-N forbids it bare (at the end) and where
   * ProvToolbox's PROV-N lexer cannot read it bare (before an escaped character, as in
   * {@code a\.\:}). Hearsay's ids have no other character that PROV-N escapes.
   */
  static String escape(String local) {
    StringBuilder out = new StringBuilder(local.length() + 4);
    boolean nextEscaped = false;
    for (int i = local.length() - 1; i >= 0; i--) {
      char c = local.charAt(i);
      boolean escaped = c == ':' || (c == '.' && (i == local.length() - 1 || nextEscaped));
      out.append(c);
      if (escaped) {
        out.append('\\');
      }
      nextEscaped = escaped;
    }
    return out.reverse().toString();
  }
}
