package dev.hearsay.benchmarks;

import dev.hearsay.prov.ProvMapping;
import java.util.List;
import java.util.Set;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.model.Entity;
import org.openprovenance.prov.model.HasOther;
import org.openprovenance.prov.model.StatementOrBundle;
import org.openprovenance.prov.vanilla.ProvFactory;

/**
 * The PROV document of {@link ProvMapping} without what only a lossless import needs: the entities
 * for the dataset's metadata, places, events and quantities, and the attributes that point at them.
 * What is left is the provenance proper (agents, sources, claims, utterances, attribution,
 * derivation, quotation, generation, relations between claims), the same statements that the
 * benchmarks' PROV document held before the mapping became lossless, so that ProvToolbox can be
 * measured on a document of the earlier size as well as on the lossless one.
 */
public final class ProvenanceOnly {
  private static final String HEARSAY = "https://hearsay.dev/ns/prov#";
  private static final Set<String> IMPORT_ONLY_TYPES =
      Set.of("ClaimDataset", "Place", "Event", "Quantity");
  private static final List<String> IMPORT_ONLY_ATTRIBUTES = List.of("aboutPlace", "quantity");

  private ProvenanceOnly() {}

  /**
   * A copy of the document without the statements and attributes only an import back needs.
   *
   * @param lossless a document written by {@link ProvMapping#toProv(dev.hearsay.core.model.Dataset)}
   * @return the provenance proper, as a new document with the same namespace
   */
  public static Document of(Document lossless) {
    ProvFactory factory = ProvFactory.getFactory();
    Document out = factory.newDocument();
    out.setNamespace(lossless.getNamespace());
    for (StatementOrBundle statement : lossless.getStatementOrBundle()) {
      if (statement instanceof Entity entity && importOnly(entity)) {
        continue;
      }
      if (statement instanceof HasOther attributed) {
        attributed.getOther().removeIf(a -> pointsAtImportOnly(a.getElementName()));
      }
      out.getStatementOrBundle().add(statement);
    }
    return out;
  }

  private static boolean importOnly(Entity entity) {
    return entity.getType().stream()
        .anyMatch(
            t ->
                t.getValue() instanceof org.openprovenance.prov.model.QualifiedName name
                    && HEARSAY.equals(name.getNamespaceURI())
                    && IMPORT_ONLY_TYPES.contains(name.getLocalPart()));
  }

  private static boolean pointsAtImportOnly(org.openprovenance.prov.model.QualifiedName name) {
    if (!HEARSAY.equals(name.getNamespaceURI())) {
      return false;
    }
    String local = name.getLocalPart();
    for (String prefix : IMPORT_ONLY_ATTRIBUTES) {
      if (local.startsWith(prefix) && local.substring(prefix.length()).matches("_?[0-9]*")) {
        return true;
      }
    }
    return false;
  }
}
