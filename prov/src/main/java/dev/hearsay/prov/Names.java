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

  Names(ProvFactory factory) {
    this.factory = factory;
  }

  /** The namespace declarations a mapped document uses, with PROV's and XML Schema's prefixes. */
  static Namespace namespace() {
    Namespace namespace = new Namespace();
    namespace.addKnownNamespaces();
    namespace.register("hearsay", Terms.HEARSAY);
    for (Terms.Kind kind : Terms.Kind.values()) {
      namespace.register(kind.prefix, kind.namespace);
    }
    return namespace;
  }

  QualifiedName of(Terms.Kind kind, String local) {
    return factory.newQualifiedName(kind.namespace, escape(local), kind.prefix);
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
