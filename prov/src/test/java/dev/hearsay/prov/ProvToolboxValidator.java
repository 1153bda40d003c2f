package dev.hearsay.prov;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.validation.Config;
import org.openprovenance.prov.validation.ObjectMaker;
import org.openprovenance.prov.validation.Unknown;
import org.openprovenance.prov.validation.Validate;
import org.openprovenance.prov.validation.VarQName;
import org.openprovenance.prov.validation.report.ValidationReport;
import org.openprovenance.prov.vanilla.ProvFactory;

/**
 * ProvToolbox's validator (prov-validation), set up as ProvToolbox's validation service sets it
 * up: every rule of PROV-CONSTRAINTS that it implements.
 */
final class ProvToolboxValidator {
  private ProvToolboxValidator() {}

  /** The validator's report on a copy of the document, which the validator changes as it goes. */
  static ValidationReport validate(Document document) {
    Document copy = ProvFormat.JSON_LD.read(ProvFormat.JSON_LD.toBytes(document));
    ProvFactory factory = ProvFactory.getFactory();
    try {
      return new Validate(Config.newYesToAllConfig(factory, new Variables())).validate(copy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The existential variables and unknowns that the validator makes, as the service makes them. */
  private static final class Variables implements ObjectMaker {
    @Override
    public VarQName makeVarQName(String namespaceUri, String localPart, String prefix) {
      return new Variable(namespaceUri, localPart, prefix);
    }

    @Override
    public VarQName makeVarQName(QualifiedName name) {
      return new Variable(name.getNamespaceURI(), name.getLocalPart(), name.getPrefix());
    }

    @Override
    public Unknown makeUnknown(String namespaceUri, String prefix) {
      return new UnknownName(namespaceUri, prefix);
    }
  }

  private static final class Variable extends org.openprovenance.prov.vanilla.QualifiedName
      implements VarQName {
    Variable(String namespaceUri, String localPart, String prefix) {
      super(namespaceUri, localPart, prefix);
    }
  }

  private static final class UnknownName extends org.openprovenance.prov.vanilla.QualifiedName
      implements Unknown {
    UnknownName(String namespaceUri, String prefix) {
      super(namespaceUri, "UNKNOWN", prefix);
    }
  }
}
