/**
 * Hearsay datasets and corpora as W3C PROV through ProvToolbox: export to PROV-JSON-LD and PROV-N,
 * and import back, or from PROV that others wrote as far as it maps.
 *
 * <p>ProvToolbox's PROV-N reader, module {@code prov.notation}, requires {@code antlr.runtime}, the
 * name that the module path derives from {@code antlr-runtime-3.5.3.jar}; this module drives that
 * parser too, and so requires it by the same name.
 */
module dev.hearsay.prov {
  requires transitive dev.hearsay.core;
  requires transitive prov.model;
  requires prov.jsonld;
  requires prov.notation;
  requires antlr.runtime;
  requires java.xml;

  exports dev.hearsay.prov;
}
